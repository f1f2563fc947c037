//! Roles written in a task's paragraph: labelled lines (`牵头单位：X`), labelled brackets
//! (`（牵头单位：A；责任单位：B、C；2025年底前）`) and verb brackets (`（A、B牵头，C按职责分工负责）`).

use super::units::units;
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
        let read = units(value);
        for name in read.names {
            if !list.contains(&name) {
                list.push(name);
            }
        }
        self.notes
            .extend(read.notes.into_iter().map(|note| (field, note)));
    }
}

/// The field a label names: 牵头单位 → Lead, 完成时限 → Deadline, 牵头领导 → Post.
pub fn label(text: &str) -> Option<Field> {
    let text: String = text.split_whitespace().collect();
    match text.as_str() {
        "牵头单位" | "牵头部门" | "牵头" => Some(Field::Lead),
        "责任单位" | "责任部门" | "参与单位" | "责任" => Some(Field::Responsible),
        "配合单位" | "配合部门" | "协同单位" | "配合" => Some(Field::Cooperating),
        "完成时限" | "时限" | "完成时间" | "时间节点" | "时间" => {
            Some(Field::Deadline)
        }
        "牵头领导" => Some(Field::Post("牵头领导")),
        "责任领导" => Some(Field::Post("责任领导")),
        "分管领导" => Some(Field::Post("分管领导")),
        "责任人" => Some(Field::Post("责任人")),
        _ => None,
    }
}

/// A labelled line or field: `牵头单位：X` → (Lead, X).
pub fn labelled(text: &str) -> Option<(Field, &str)> {
    let (name, value) = text.split_once(['：', ':'])?;
    Some((label(name)?, value))
}

/// Whether a phrase reads as a deadline: 2025年底前, 持续推进, 长期坚持.
fn is_deadline(text: &str) -> bool {
    let dated = text.contains('年') && text.chars().any(|c| c.is_ascii_digit());
    dated
        || ["底前", "持续", "长期", "每年", "月底"]
            .iter()
            .any(|word| text.contains(word))
}

/// The roles in a bracket's text, labelled or with verbs; `None` if it names no role.
pub fn bracket(inner: &str) -> Option<Roles> {
    let parts: Vec<&str> = inner
        .split(['；', ';', '，', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut roles = Roles::default();
    let mut current: Option<Field> = None;
    let mut any_role = false;
    for (index, part) in parts.iter().enumerate() {
        let last = index + 1 == parts.len();
        if super::shared::is_carry(part) {
            roles.carry = true;
        } else if let Some((field, value)) = labelled(part) {
            any_role |= field != Field::Deadline;
            roles.add(field, value);
            current = Some(field);
        } else if let Some((field, names)) = verb(part) {
            any_role = true;
            roles.add(field, names);
            current = Some(field);
        } else if last && is_deadline(part) {
            roles.add(Field::Deadline, part);
        } else if let Some(field) =
            current.filter(|f| !matches!(f, Field::Deadline | Field::Post(_)))
        {
            // A list broken by a comma goes on: 牵头单位：A，B.
            roles.add(field, part);
        } else {
            roles
                .notes
                .push((Field::Lead, format!("括号中的“{part}”没有读懂，没有导入")));
        }
    }
    any_role.then_some(roles)
}

/// A clause with a verb: `A、B牵头` → (Lead, A、B); `C按职责分工负责`, `C参与` → Responsible;
/// `D配合` → Cooperating.
fn verb(part: &str) -> Option<(Field, &str)> {
    const VERBS: [(&str, Field); 7] = [
        ("牵头负责", Field::Lead),
        ("牵头", Field::Lead),
        ("按职责分工负责", Field::Responsible),
        ("按职责负责", Field::Responsible),
        ("负责", Field::Responsible),
        ("参与", Field::Responsible),
        ("配合", Field::Cooperating),
    ];
    VERBS.iter().find_map(|(verb, field)| {
        let names = part.strip_suffix(verb)?.trim();
        (!names.is_empty()).then_some((*field, names))
    })
}

/// A paragraph's trailing bracket: the text before it, its inner text, and what follows it.
pub fn trailing_bracket(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_end().trim_end_matches('。');
    let close = text.chars().last()?;
    let open = match close {
        '）' => '（',
        ')' => '(',
        '〕' => '〔',
        _ => return None,
    };
    let mut depth = 0;
    for (index, c) in text.char_indices().rev() {
        if c == ')' || c == '）' || c == '〕' {
            depth += 1;
        } else if c == '(' || c == '（' || c == '〔' {
            depth -= 1;
            if depth == 0 {
                let inner = &text[index + c.len_utf8()..text.len() - close.len_utf8()];
                return (c == open).then_some((&text[..index], inner));
            }
        }
    }
    None
}

/// A numbered paragraph: `1.…`, `1．…`, `1、…`, `（1）…` or `(1)…` → (1, the rest).
pub fn numbered(text: &str) -> Option<(u32, &str)> {
    let text = text.trim();
    let (number, rest) = if let Some(inner) = text.strip_prefix(['（', '(']) {
        inner.split_once(['）', ')'])?
    } else {
        let end = text.find(|c: char| !c.is_ascii_digit())?;
        let rest = text[end..].strip_prefix(['.', '．', '、'])?;
        (&text[..end], rest)
    };
    Some((number.parse().ok()?, rest.trim()))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        inner: &str,
        lead: &[&str],
        responsible: &[&str],
        deadline: Option<&str>,
        notes: usize,
    ) {
        let roles = bracket(inner).unwrap_or_default();
        assert_eq!(roles.lead, lead, "{inner}");
        assert_eq!(roles.responsible, responsible, "{inner}");
        assert_eq!(roles.deadline.as_deref(), deadline, "{inner}");
        assert_eq!(roles.notes.len(), notes, "{inner}: {:?}", roles.notes);
    }

    #[test]
    fn brackets() {
        check(
            "牵头单位：区教委；责任单位：区民政局、各街道",
            &["区教委"],
            &["区民政局", "各街道"],
            None,
            0,
        );
        check(
            "牵头单位：区教委;责任单位：区民政局，区财政局;2025年底前",
            &["区教委"],
            &["区民政局", "区财政局"],
            Some("2025年底前"),
            0,
        );
        check(
            "区教委、区卫生健康委牵头，各镇街按职责分工负责",
            &["区教委", "区卫生健康委"],
            &["各镇街"],
            None,
            0,
        );
        check(
            "牵头领导：常务副区长；牵头单位：区财政局",
            &["区财政局"],
            &[],
            None,
            1,
        );
        let roles = bracket("牵头领导：常务副区长；牵头单位：区财政局").unwrap_or_default();
        assert_eq!(
            roles.officials,
            [Official {
                role: "牵头领导".into(),
                post: "常务副区长".into()
            }]
        );
        check(
            "牵头单位：区教委，责任单位：各镇街，下同",
            &["区教委"],
            &["各镇街"],
            None,
            0,
        );
        assert!(bracket("牵头单位：区教委，下同").is_some_and(|roles| roles.carry));
        check("以下简称《方案》", &[], &[], None, 0);
        assert_eq!(
            trailing_bracket("做好工作。（牵头单位：区教委）"),
            Some(("做好工作。", "牵头单位：区教委"))
        );
        assert_eq!(
            trailing_bracket("做好工作〔区教委牵头〕。"),
            Some(("做好工作", "区教委牵头"))
        );
        assert_eq!(trailing_bracket("做好工作。"), None);
    }
}
