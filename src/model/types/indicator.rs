//! An indicator's types: one row of the 主要目标 table, its target, milestones, quotes and results.

use serde::{Deserialize, Serialize};

use super::super::target::{self, Aim};
use super::super::Comparator;
use super::Target;

/// One row of the 主要目标 table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// 牵头单位 of the indicator itself, where the plan names them on its row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    /// 责任单位 of the indicator itself, where the plan names them on its row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<String>,
    /// Posts named as owners (牵头领导：常务副区长), never departments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub officials: Vec<super::Official>,
    /// What the plan says on the row that the model cannot hold (progress columns, a second
    /// target year), kept as the plan words it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Whether an indicator's figure is a level or a count since the plan began.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What a missing baseline (printed "—") means, in words.
pub const MISSING_BASELINE: &str = "原文件未列基数";

impl Indicator {
    /// The departments the indicator's own row names in one role (牵头 or 责任; never 配合).
    pub fn departments(&self, role: super::Role) -> &[String] {
        match role {
            super::Role::Lead => &self.lead,
            super::Role::Responsible => &self.responsible,
            super::Role::Cooperating => &[],
        }
    }

    /// The role a department has in this indicator's own row, if any.
    pub fn role_of(&self, department: &str) -> Option<super::Role> {
        super::Role::ALL.into_iter().find(|role| {
            self.departments(*role)
                .iter()
                .any(|name| name == department)
        })
    }

    /// Whether the indicator's own row names departments.
    pub fn has_roles(&self) -> bool {
        !self.lead.is_empty() || !self.responsible.is_empty()
    }

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

    // How the target reads and what it implies: written in `model::target` (and `model::wording`).
    /// The target as the document prints it: `60`, `>90`, `≤30`, `60左右`, `85—95`,
    /// `比2022年提高5个百分点`, `≥全市平均水平`, `完成市下达目标`, `基本消除`; `累计` before a
    /// cumulative figure.
    pub fn target_as_printed(&self, baseline_year: u16) -> String {
        target::target_as_printed(self, baseline_year)
    }

    /// The target in words with its unit: `达到60%`, `超过90%`, `不高于30/10万`, `约60%`,
    /// `在85%—95%之间`, `比2022年提高5个百分点（即达到55%）`, `不低于全市平均水平`,
    /// `完成市下达的目标任务`, `基本消除`.
    pub fn target_in_words(&self, baseline_year: u16) -> String {
        target::target_in_words(self, baseline_year)
    }

    /// The figure a target implies, where it has one: a value's figure, or the baseline moved by
    /// a change. A band, a reference and words imply none.
    pub fn implied_target(&self) -> Option<f64> {
        target::implied_target(self)
    }

    /// Which way the indicator has to move to meet its target.
    pub fn aim(&self) -> Aim {
        target::aim(self)
    }

    /// The comparator that judges a figure against the implied target: a change is met at or
    /// beyond the figure it implies.
    pub fn target_comparator(&self) -> Option<Comparator> {
        target::target_comparator(self)
    }

    /// Whether the target is a figure a dial can show (a value, a band or a change).
    pub fn has_dial(&self) -> bool {
        target::has_dial(self)
    }

    /// Why a result is not judged: the target is no figure, or there is none (`-`).
    pub fn not_judged_in_words(&self) -> String {
        target::not_judged_in_words(self)
    }

    /// Where progress is counted from: zero for a cumulative count, else the baseline.
    pub fn start_value(&self) -> Option<f64> {
        target::start_value(self)
    }
}
