//! Roles written in a task's paragraph: what a label or a verb gives a task, the lexicon of labels
//! (`牵头单位：X`, read in lines here and in brackets by `bracket`), the rule a notice may state for
//! its leads, and the roles found.

use super::units::{add_unique, marked_leads, units};
use crate::model::Official;

/// What a label or a verb gives a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Lead,
    Responsible,
    Cooperating,
    Deadline,
    /// A post (牵头领导：常务副区长), by the label the plan gives it.
    Post(&'static str),
}

/// How a notice says its brackets name their lead, where a bracket's verbs do not
/// (`clauses::lead_rule` reads it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadRule {
    /// `列第一位者为牵头单位`, `排在第一位的部门为牵头部门`: the first unit named leads.
    First,
    /// `列逗号之前的为牵头单位`: the units before the first comma lead, the others cooperate.
    BeforeComma,
}

impl LeadRule {
    /// The rule's words, as the notice prints them in substance, for the editor's note.
    pub fn words(self) -> &'static str {
        match self {
            LeadRule::First => "列第一位者为牵头单位",
            LeadRule::BeforeComma => "列逗号之前的为牵头单位",
        }
    }
}

/// The roles found in a bracket or in labelled lines, and the notes for the task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Roles {
    pub lead: Vec<String>,
    pub responsible: Vec<String>,
    pub cooperating: Vec<String>,
    pub deadline: Option<String>,
    /// Posts named as owners.
    pub officials: Vec<Official>,
    /// Each note with the field it is on.
    pub notes: Vec<(Field, String)>,
    /// Whether the bracket says `下同`: its roles hold for the tasks after it that name none.
    pub carry: bool,
    /// Units the bracket says are responsible for every task from here on (`以下均需A落实，不再列出`).
    pub standing: Vec<String>,
    /// The rule for reading leads the bracket states, which holds for the brackets after it.
    pub rule: Option<LeadRule>,
}

impl Roles {
    /// Adds a field's value: units for a role, the text for a deadline.
    pub fn add(&mut self, field: Field, value: &str) {
        let value = value.trim().trim_end_matches(['。', '；', ';']);
        let list = match field {
            Field::Lead => &mut self.lead,
            Field::Responsible => &mut self.responsible,
            Field::Cooperating => &mut self.cooperating,
            Field::Deadline => {
                self.deadline = Some(value.split_whitespace().collect());
                return;
            }
            Field::Post(role) => {
                let post: String = value.split_whitespace().collect();
                let reason =
                    format!("原文写的是职务“{role}：{post}”，按领导（不是部门）导入，请核对");
                self.notes.push((field, reason));
                self.officials.push(Official {
                    role: role.to_owned(),
                    post,
                });
                return;
            }
        };
        let mut read = units(value);
        let marked = marked_leads(&mut read.names);
        add_unique(list, read.names);
        if !marked.is_empty() {
            let reason = "原文在单位后注明“（牵头）”，按牵头单位导入，请核对".to_owned();
            self.notes.push((Field::Lead, reason));
            add_unique(&mut self.lead, marked);
        }
        self.notes
            .extend(read.notes.into_iter().map(|note| (field, note)));
    }
}

impl Roles {
    /// Adds the roles of another bracket of the same task: each unit once, the later deadline.
    pub fn merge(&mut self, other: Roles) {
        for (list, names) in [
            (&mut self.lead, other.lead),
            (&mut self.responsible, other.responsible),
            (&mut self.cooperating, other.cooperating),
        ] {
            add_unique(list, names);
        }
        self.officials.extend(other.officials);
        self.deadline = other.deadline.or(self.deadline.take());
        self.notes.extend(other.notes);
        self.carry |= other.carry;
        self.standing.extend(other.standing);
        self.rule = other.rule.or(self.rule);
    }
}

/// The field a label names: 牵头单位 → Lead, 完成时限 → Deadline, 牵头领导 → Post.
pub fn label(text: &str) -> Option<Field> {
    let text: String = text.split_whitespace().collect();
    match text.as_str() {
        "牵头单位" | "牵头部门" | "牵头" => Some(Field::Lead),
        "责任单位" | "责任部门" | "参与单位" | "参与部门" | "实施单位" | "责任" => {
            Some(Field::Responsible)
        }
        "配合单位" | "配合部门" | "协同单位" | "协办单位" | "支撑单位" | "支持单位" | "配合" => {
            Some(Field::Cooperating)
        }
        "完成时限" | "时限" | "完成时间" | "时间节点" | "时间" => {
            Some(Field::Deadline)
        }
        "牵头领导" => Some(Field::Post("牵头领导")),
        "责任领导" => Some(Field::Post("责任领导")),
        "分管领导" => Some(Field::Post("分管领导")),
        "责任人" => Some(Field::Post("责任人")),
        _ => worded_label(&text),
    }
}

/// A label the lexicon does not list but whose words say its role: a unit's label (单位, 部门)
/// that begins with a role word and says at most two more words (牵头考核单位, 落实部门).
fn worded_label(text: &str) -> Option<Field> {
    let stem = text
        .strip_suffix("单位")
        .or_else(|| text.strip_suffix("部门"))?;
    if stem.chars().count() > 4 {
        return None;
    }
    let roles = [
        (Field::Lead, &["牵头", "主责", "主办"][..]),
        (
            Field::Responsible,
            &["责任", "参与", "落实", "实施", "承办", "负责"][..],
        ),
        (
            Field::Cooperating,
            &["配合", "协同", "协办", "支撑", "支持", "协助"][..],
        ),
    ];
    roles
        .into_iter()
        .find(|(_, words)| words.iter().any(|word| stem.starts_with(word)))
        .map(|(field, _)| field)
}

/// A labelled line or field: `牵头单位：X` → (Lead, X).
pub fn labelled(text: &str) -> Option<(Field, &str)> {
    let (name, value) = text.split_once(['：', ':'])?;
    Some((label(name)?, value))
}

/// The dataset field a role fills.
pub fn field_name(field: Field) -> &'static str {
    match field {
        Field::Lead => "tasks.lead",
        Field::Post(_) => "tasks.officials",
        Field::Responsible => "tasks.responsible",
        Field::Cooperating => "tasks.cooperating",
        Field::Deadline => "tasks.deadline",
    }
}
