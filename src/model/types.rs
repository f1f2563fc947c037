//! The dataset's types. Field names match the JSON file; unknown fields are rejected.

use serde::{Deserialize, Serialize};

/// The whole dataset: one plan document, its indicators, its tasks and the departments they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub document: Document,
    pub indicators: Vec<Indicator>,
    pub sections: Vec<Section>,
    pub departments: Vec<Department>,
}

/// Facts about the published notice itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// 序号, from 1.
    pub id: u32,
    /// The indicator's name without its unit.
    pub name: String,
    /// A short name for cards and gauges.
    pub short_name: String,
    /// The unit the document puts in brackets after the name, such as `个` or `%`.
    pub unit: String,
    /// The baseline-year value; `None` where the document prints "—".
    pub baseline: Option<f64>,
    /// The target for the plan's last year.
    pub target: Target,
    /// 属性, such as 预期性.
    pub attribute: String,
    /// Tasks whose text names this indicator.
    pub tasks: Vec<u32>,
    /// Yearly milestones stated in a task's text.
    pub milestones: Vec<Milestone>,
    /// Sentences of task texts that state this indicator's target.
    pub quotes: Vec<Quote>,
    /// Published results, if any source has published them. Empty for every indicator of this plan.
    pub results: Vec<PublishedResult>,
}

/// A target: a number with a comparator, or a qualitative reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    /// A number, such as `60` or `>90`.
    Value { comparator: Comparator, value: f64 },
    /// A reference that is not a number, such as `≥全市平均水平`.
    Reference {
        comparator: Comparator,
        reference: String,
    },
}

/// How a target's figure is to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Comparator {
    /// The document prints the figure alone: reach it.
    #[serde(rename = "=")]
    Reach,
    /// The document prints `>`: exceed it.
    #[serde(rename = ">")]
    Exceed,
    /// The document prints `≥`: at least it.
    #[serde(rename = "≥")]
    AtLeast,
}

/// A yearly milestone, such as 2024年 35%.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub year: u16,
    pub value: f64,
    /// The task whose text states it.
    pub task: u32,
}

/// A sentence quoted from a task's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub task: u32,
    pub text: String,
}

/// A published result for one year, with where it was published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedResult {
    pub year: u16,
    pub value: f64,
    /// The publication date, `YYYY-MM-DD`.
    pub date: String,
    /// A citation of the publication.
    pub source: String,
    /// A link to the publication, where there is one.
    #[serde(default)]
    pub url: Option<String>,
}

/// One of the numbered parts of the 重点任务分工 table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: u32,
    /// The heading as the document prints it, such as `一、扩大普惠性托育服务供给`.
    pub title: String,
    pub tasks: Vec<Task>,
}

/// One key task with the departments that lead it and share it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
}

/// A department named by the tasks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
}

impl Target {
    /// The target as the document prints it: `60`, `>90`, `≥全市平均水平`.
    pub fn as_printed(&self) -> String {
        match self {
            Target::Value { comparator, value } => {
                format!("{}{}", comparator.symbol(), super::format_number(*value))
            }
            Target::Reference {
                comparator,
                reference,
            } => format!("{}{}", comparator.symbol(), reference),
        }
    }

    /// The target in words with its unit: `达到60%`, `超过90%`, `不低于全市平均水平`.
    pub fn in_words(&self, unit: &str) -> String {
        match self {
            Target::Value { comparator, value } => {
                format!(
                    "{}{}{}",
                    comparator.word(),
                    super::format_number(*value),
                    unit
                )
            }
            Target::Reference {
                comparator,
                reference,
            } => format!("{}{}", comparator.word(), reference),
        }
    }

    /// The target's number, if it has one.
    pub fn value(&self) -> Option<f64> {
        match self {
            Target::Value { value, .. } => Some(*value),
            Target::Reference { .. } => None,
        }
    }

    pub fn comparator(&self) -> Comparator {
        match self {
            Target::Value { comparator, .. } | Target::Reference { comparator, .. } => *comparator,
        }
    }
}

impl Comparator {
    /// The symbol the document prints before the figure.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Reach => "",
            Comparator::Exceed => ">",
            Comparator::AtLeast => "≥",
        }
    }

    /// The comparator in words.
    pub fn word(self) -> &'static str {
        match self {
            Comparator::Reach => "达到",
            Comparator::Exceed => "超过",
            Comparator::AtLeast => "不低于",
        }
    }

    /// Whether `value` meets a target figure under this comparator.
    pub fn is_met(self, value: f64, target: f64) -> bool {
        match self {
            Comparator::Reach | Comparator::AtLeast => value >= target,
            Comparator::Exceed => value > target,
        }
    }
}

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

    /// The role a department has in this task, if any.
    pub fn role_of(&self, department: &str) -> Option<Role> {
        if self.lead.iter().any(|name| name == department) {
            Some(Role::Lead)
        } else if self.responsible.iter().any(|name| name == department) {
            Some(Role::Responsible)
        } else {
            None
        }
    }
}

impl Role {
    /// The role as the document names it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Lead => "牵头",
            Role::Responsible => "责任",
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
