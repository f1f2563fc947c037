//! An indicator's types: one row of the 主要目标 table, its target, milestones, quotes and results.

use serde::{Deserialize, Serialize};

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
}

/// A target, in one of the shapes plans print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 提高, 增加.
    Up,
    /// 下降, 减少.
    Down,
}

/// What a change target's amount counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
