//! The dataset's types. Field names match the JSON file; unknown fields are rejected.

use bincode::{Decode, Encode};
use serde::{Deserialize, Serialize};

/// The whole dataset: one plan document, its indicators, its tasks and the departments they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub document: Document,
    pub indicators: Vec<Indicator>,
    pub sections: Vec<Section>,
    pub departments: Vec<Department>,
}

/// Facts about the published notice itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The official title of the notice.
    pub title: String,
    /// The title of the attached plan (主要目标和重点任务分工).
    pub plan_title: String,
    /// A short name for headlines.
    pub short_title: String,
    /// 发文字号.
    pub number: String,
    /// The body that issued the notice.
    pub issuer: String,
    /// 发布机构 as the publication page names it.
    pub publisher: String,
    /// 索引号.
    pub index_number: String,
    /// 成文日期, `YYYY-MM-DD`.
    pub written: String,
    /// 发布日期, `YYYY-MM-DD`.
    pub published: String,
    pub period_start: u16,
    pub period_end: u16,
    /// The year of the baseline column (2022年).
    pub baseline_year: u16,
    /// The city plan this one implements.
    pub parent_plan: String,
}

/// One row of the 主要目标 table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// 序号, from 1.
    pub id: u32,
    /// 类别, where the plan groups its indicators (such as 托育服务供给).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The indicator's name without its unit.
    pub name: String,
    /// A short name for cards and gauges.
    pub short_name: String,
    /// The unit the document puts in brackets after the name, such as `个` or `%`.
    pub unit: String,
    /// A level (the figure in a year) or a cumulative count over the plan period (累计).
    #[serde(default, skip_serializing_if = "Measure::is_level")]
    pub measure: Measure,
    /// The baseline-year value; `None` where the document prints "—".
    pub baseline: Option<f64>,
    /// The target for the plan's last year.
    pub target: Target,
    /// 属性, such as 预期性; `None` where the plan gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<Attribute>,
    /// Tasks whose text names this indicator.
    pub tasks: Vec<u32>,
    /// Yearly milestones stated in a task's text.
    pub milestones: Vec<Milestone>,
    /// Sentences of task texts that state this indicator's target.
    pub quotes: Vec<Quote>,
    /// Published results, each for one year, where a source has published them.
    pub results: Vec<PublishedResult>,
}

/// A target, in one of the shapes plans print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// A figure with a comparator: `60`, `>90`, `≥95`, `≤30`, `<5`, `60左右`.
    Value { comparator: Comparator, value: f64 },
    /// A band: `85—95`.
    Range { min: f64, max: f64 },
    /// A change from the baseline: 比2022年提高5个百分点, 下降10%, 增加200个.
    Change {
        direction: Direction,
        amount: f64,
        amount_unit: ChangeUnit,
    },
    /// A reference that is not a number: `≥全市平均水平`, 高于全市平均水平, 与经济增长同步.
    Reference {
        comparator: Comparator,
        reference: String,
    },
    /// A target set by a higher level: 完成市下达目标.
    Assigned { by: String },
    /// A target in words only: 基本消除, 全覆盖.
    Text { text: String },
}

/// How a target's figure is to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Encode, Decode)]
pub enum Comparator {
    /// The document prints the figure alone: reach it.
    #[serde(rename = "=")]
    Reach,
    /// `>`: exceed it.
    #[serde(rename = ">")]
    Exceed,
    /// `≥`: at least it.
    #[serde(rename = "≥")]
    AtLeast,
    /// `≤`: at most it (不高于, 控制在…以内).
    #[serde(rename = "≤")]
    AtMost,
    /// `<`: below it (低于, 控制在…以下).
    #[serde(rename = "<")]
    Below,
    /// `≈`: about it (左右).
    #[serde(rename = "≈")]
    About,
    /// In step with a reference (与…同步); only for a reference.
    #[serde(rename = "同步")]
    InStep,
}

/// Whether a change target raises or lowers the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Encode, Decode)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 提高, 增加.
    Up,
    /// 下降, 减少.
    Down,
}

/// What a change target's amount counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Encode, Decode)]
#[serde(rename_all = "snake_case")]
pub enum ChangeUnit {
    /// 个百分点, added to a percentage.
    Points,
    /// %, of the baseline.
    Percent,
    /// The indicator's own unit.
    Absolute,
}

/// Whether an indicator's figure is a level or a count since the plan began.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Encode, Decode)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// The figure in a year (a rate, a count held).
    #[default]
    Level,
    /// 累计: counted from zero since the plan began.
    Cumulative,
}

impl Measure {
    pub fn is_level(&self) -> bool {
        *self == Measure::Level
    }
}

/// 属性: how binding an indicator is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Encode, Decode)]
pub enum Attribute {
    #[serde(rename = "预期性")]
    Expected,
    #[serde(rename = "约束性")]
    Binding,
    #[serde(rename = "倡导性")]
    Advocated,
}

impl Attribute {
    pub const ALL: [Attribute; 3] = [
        Attribute::Expected,
        Attribute::Binding,
        Attribute::Advocated,
    ];

    /// The attribute as plans print it.
    pub fn label(self) -> &'static str {
        match self {
            Attribute::Expected => "预期性",
            Attribute::Binding => "约束性",
            Attribute::Advocated => "倡导性",
        }
    }
}

/// A yearly milestone, such as 2024年 35%.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub year: u16,
    pub value: f64,
    /// The task whose text states it.
    pub task: u32,
}

/// A sentence quoted from a task's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub task: u32,
    pub text: String,
}

/// A published result for one year, with where it was published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct PublishedResult {
    pub year: u16,
    pub value: f64,
    /// The publication date, `YYYY-MM-DD`.
    pub date: String,
    /// A citation of the publication.
    pub source: String,
    /// A link to the publication, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One of the numbered parts of the 重点任务分工 table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: u32,
    /// The heading as the document prints it, such as `一、扩大普惠性托育服务供给`.
    pub title: String,
    pub tasks: Vec<Task>,
}

/// One key task with the departments that lead it and share it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// 序号, from 1, across sections.
    pub id: u32,
    /// The full text as the document prints it.
    pub text: String,
    /// 牵头单位, by name.
    pub lead: Vec<String>,
    /// 责任单位, by name; empty where the document leaves the cell empty.
    pub responsible: Vec<String>,
    /// 配合单位, by name, where the plan names a third role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cooperating: Vec<String>,
    /// 完成时限 as the plan prints it, such as `2025年底前` or `持续推进`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// A department named by the tasks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub name: String,
    /// A short, stable ASCII id for URLs.
    pub slug: String,
}

/// A department's part in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// 牵头.
    Lead,
    /// 责任.
    Responsible,
    /// 配合.
    Cooperating,
}

/// What a missing baseline (printed "—") means, in words.
pub const MISSING_BASELINE: &str = "原文件未列基数";

impl Indicator {
    /// Whether the indicator is a percentage, drawn on a 0–100 scale.
    pub fn is_percent(&self) -> bool {
        self.unit == "%"
    }

    /// The name with its unit in brackets, as the document prints it.
    pub fn name_with_unit(&self) -> String {
        format!("{}({})", self.name, self.unit)
    }

    /// A figure with this indicator's unit, such as `4.5个` or `60%`.
    pub fn with_unit(&self, value: f64) -> String {
        format!("{}{}", super::format_number(value), self.unit)
    }

    /// The baseline with its unit, or the words for a missing one.
    pub fn baseline_in_words(&self) -> String {
        self.baseline
            .map(|value| self.with_unit(value))
            .unwrap_or_else(|| MISSING_BASELINE.to_owned())
    }

    /// 属性 as the plan prints it, empty where it gives none.
    pub fn attribute_label(&self) -> &'static str {
        self.attribute.map_or("", Attribute::label)
    }

    /// The baseline as the document prints it, "—" where there is none.
    pub fn baseline_as_printed(&self) -> String {
        self.baseline
            .map(super::format_number)
            .unwrap_or_else(|| "—".to_owned())
    }
}

impl Task {
    /// The task's short title: its text before the first `。`.
    pub fn short_title(&self) -> &str {
        self.text.split('。').next().unwrap_or(&self.text)
    }

    /// The text after the short title.
    pub fn body(&self) -> &str {
        match self.text.split_once('。') {
            Some((_, rest)) => rest,
            None => "",
        }
    }

    /// The departments a task names in one role.
    pub fn departments(&self, role: Role) -> &[String] {
        match role {
            Role::Lead => &self.lead,
            Role::Responsible => &self.responsible,
            Role::Cooperating => &self.cooperating,
        }
    }

    /// The role a department has in this task, if any.
    pub fn role_of(&self, department: &str) -> Option<Role> {
        if self.lead.iter().any(|name| name == department) {
            Some(Role::Lead)
        } else if self.responsible.iter().any(|name| name == department) {
            Some(Role::Responsible)
        } else if self.cooperating.iter().any(|name| name == department) {
            Some(Role::Cooperating)
        } else {
            None
        }
    }
}

impl Role {
    /// Every role, in the order the document's columns give them.
    pub const ALL: [Role; 3] = [Role::Lead, Role::Responsible, Role::Cooperating];

    /// The role's name in class names and CSV headers: `lead`, `responsible`, `cooperating`.
    pub fn key(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Responsible => "responsible",
            Role::Cooperating => "cooperating",
        }
    }

    /// The column the document heads with this role: 牵头单位, 责任单位, 配合单位.
    pub fn column(self) -> &'static str {
        match self {
            Role::Lead => "牵头单位",
            Role::Responsible => "责任单位",
            Role::Cooperating => "配合单位",
        }
    }

    /// What a department does in a task of this role, in a count: 牵头3项, 参与2项, 配合1项.
    pub fn verb(self) -> &'static str {
        match self {
            Role::Lead => "牵头",
            Role::Responsible => "参与",
            Role::Cooperating => "配合",
        }
    }

    /// The role as the document names it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Lead => "牵头",
            Role::Responsible => "责任",
            Role::Cooperating => "配合",
        }
    }
}

impl Dataset {
    pub fn indicator(&self, id: u32) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }

    /// All tasks in document order.
    pub fn tasks(&self) -> impl Iterator<Item = &Task> {
        self.sections
            .iter()
            .flat_map(|section| section.tasks.iter())
    }

    pub fn task(&self, id: u32) -> Option<&Task> {
        self.tasks().find(|task| task.id == id)
    }

    /// The section a task belongs to.
    pub fn section_of(&self, task_id: u32) -> Option<&Section> {
        self.sections
            .iter()
            .find(|section| section.tasks.iter().any(|task| task.id == task_id))
    }

    pub fn department_by_slug(&self, slug: &str) -> Option<&Department> {
        self.departments
            .iter()
            .find(|department| department.slug == slug)
    }

    pub fn department_by_name(&self, name: &str) -> Option<&Department> {
        self.departments
            .iter()
            .find(|department| department.name == name)
    }

    /// The indicators whose text a task names.
    pub fn indicators_of_task(&self, task_id: u32) -> Vec<&Indicator> {
        self.indicators
            .iter()
            .filter(|indicator| indicator.tasks.contains(&task_id))
            .collect()
    }

    /// The tasks a department has the given role in, in document order.
    pub fn tasks_of(&self, department: &str, role: Role) -> Vec<&Task> {
        self.tasks()
            .filter(|task| task.role_of(department) == Some(role))
            .collect()
    }

    /// Whether the plan period has ended by the given year.
    pub fn period_ended_by(&self, year: u16) -> bool {
        year > self.document.period_end
    }
}
