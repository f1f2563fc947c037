//! A target's shapes: the kinds, comparators and the plan's wordings.

use serde::{Deserialize, Serialize};

/// A target, in one of the shapes plans print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// A figure with a comparator: `60`, `>90`, `≥95`, `≤30`, `<5`, `60左右`; in words where
    /// the plan words it (`wording`): `不低于95`, `增长6.2%左右`, `〔18〕`.
    Value {
        comparator: Comparator,
        value: f64,
        #[serde(default, skip_serializing_if = "Wording::is_plain")]
        wording: Wording,
    },
    /// A band: `85—95`, `3-5`, `1到2`.
    Range {
        min: f64,
        max: f64,
        #[serde(default, skip_serializing_if = "RangeMark::is_dash")]
        separator: RangeMark,
    },
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
    /// No target: the plan prints `-` in the target column. No dial and no verdict.
    NotApplicable,
}

/// How the plan words a value target, where not by the symbol alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Wording {
    /// The figure with its symbol: `≥95`, `60左右`.
    #[default]
    #[serde(rename = "符号")]
    Plain,
    /// `不低于95` (with `≥`).
    #[serde(rename = "不低于")]
    NotBelow,
    /// `不少于95` (with `≥`).
    #[serde(rename = "不少于")]
    NotFewer,
    /// `95以上` (with `≥`).
    #[serde(rename = "以上")]
    OrMore,
    /// `力争达到95` (with `=`: met at the figure or beyond).
    #[serde(rename = "力争达到")]
    Strive,
    /// `力争达到95%以上` (with `≥`).
    #[serde(rename = "力争…以上")]
    StriveOrMore,
    /// `从15.9万张增加到17.8万张`: the baseline and the target in one phrase (with `=` or `≥`).
    #[serde(rename = "从…到")]
    FromTo,
    /// `〔18〕`: a cumulative figure in brackets (with `=`, for a cumulative indicator).
    #[serde(rename = "〔〕")]
    Bracketed,
    /// `增长6.2%左右`, `增长6%以上`, `增长6%`: the figure is a growth rate (with `≈`, `≥` or `=`).
    #[serde(rename = "增长")]
    Growth,
}

impl Wording {
    pub fn is_plain(&self) -> bool {
        *self == Wording::Plain
    }
}

/// What stands between a band's ends as the plan prints it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RangeMark {
    #[default]
    #[serde(rename = "—")]
    Dash,
    #[serde(rename = "-")]
    Hyphen,
    #[serde(rename = "到")]
    To,
    #[serde(rename = "至")]
    Until,
    #[serde(rename = "~")]
    Tilde,
    #[serde(rename = "～")]
    WideTilde,
    #[serde(rename = "－")]
    WideHyphen,
}

impl RangeMark {
    pub const ALL: [RangeMark; 7] = [
        RangeMark::Dash,
        RangeMark::Hyphen,
        RangeMark::To,
        RangeMark::Until,
        RangeMark::Tilde,
        RangeMark::WideTilde,
        RangeMark::WideHyphen,
    ];

    pub fn is_dash(&self) -> bool {
        *self == RangeMark::Dash
    }

    /// The mark as printed.
    pub fn mark(self) -> &'static str {
        match self {
            RangeMark::Dash => "—",
            RangeMark::Hyphen => "-",
            RangeMark::To => "到",
            RangeMark::Until => "至",
            RangeMark::Tilde => "~",
            RangeMark::WideTilde => "～",
            RangeMark::WideHyphen => "－",
        }
    }
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
