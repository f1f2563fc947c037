//! How each target shape reads: its printed form, its words, and the figure it implies.

use super::wording::{falls_to_target, value_as_printed, value_in_words};
use super::{
    format_number, ChangeUnit, Comparator, Direction, Indicator, Measure, Target, Wording,
};

/// Which way an indicator has to move to meet its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aim {
    /// Higher is better: `60`, `>90`, `≥95`, 提高.
    Up,
    /// Lower is better: `≤30`, `<5`, 下降.
    Down,
    /// Near a figure: `60左右`.
    Near,
    /// Inside a band: `85—95`.
    Within,
    /// No figure to move towards: a reference, an assigned or a text target.
    None,
}

impl Comparator {
    /// The symbol the document prints before a figure (`左右` and `同步` are printed as words).
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Reach | Comparator::About | Comparator::InStep => "",
            Comparator::Exceed => ">",
            Comparator::AtLeast => "≥",
            Comparator::AtMost => "≤",
            Comparator::Below => "<",
        }
    }

    /// The comparator in words, before the figure.
    pub fn word(self) -> &'static str {
        match self {
            Comparator::Reach => "达到",
            Comparator::Exceed => "超过",
            Comparator::AtLeast => "不低于",
            Comparator::AtMost => "不高于",
            Comparator::Below => "低于",
            Comparator::About => "约",
            Comparator::InStep => "与",
        }
    }

    /// Whether a figure meets a target figure under this comparator. `左右` is met within 5%.
    pub fn is_met(self, value: f64, target: f64) -> bool {
        match self {
            Comparator::Reach | Comparator::AtLeast => value >= target,
            Comparator::Exceed => value > target,
            Comparator::AtMost => value <= target,
            Comparator::Below => value < target,
            Comparator::About | Comparator::InStep => {
                (value - target).abs() <= ABOUT_TOLERANCE * target.abs()
            }
        }
    }

    fn aim(self) -> Aim {
        match self {
            Comparator::Reach | Comparator::Exceed | Comparator::AtLeast => Aim::Up,
            Comparator::AtMost | Comparator::Below => Aim::Down,
            Comparator::About | Comparator::InStep => Aim::Near,
        }
    }
}

/// A target the plan leaves out (`-`), in words.
pub const NOT_APPLICABLE: &str = "原文未设目标值";

/// How far from a `左右` target a figure may be and still meet it: 5% of the target.
pub const ABOUT_TOLERANCE: f64 = 0.05;

impl Direction {
    /// The verb plans use for a change in this direction, for a rate or for a count.
    pub(super) fn verb(self, unit: ChangeUnit) -> &'static str {
        match (self, unit) {
            (Direction::Up, ChangeUnit::Absolute) => "增加",
            (Direction::Down, ChangeUnit::Absolute) => "减少",
            (Direction::Up, _) => "提高",
            (Direction::Down, _) => "下降",
        }
    }
}

/// The target as the document prints it: `60`, `>90`, `≤30`, `60左右`, `85—95`,
/// `比2022年提高5个百分点`, `≥全市平均水平`, `完成市下达目标`, `基本消除`; `累计` before a
/// cumulative figure.
pub(crate) fn target_as_printed(indicator: &Indicator, baseline_year: u16) -> String {
    let printed = match &indicator.target {
        Target::Value {
            wording: Wording::Bracketed,
            value,
            ..
        } => return format!("〔{}〕", format_number(*value)),
        Target::Value {
            comparator,
            value,
            wording,
        } => value_as_printed(indicator, *comparator, *value, *wording),
        Target::Range {
            min,
            max,
            separator,
        } => format!(
            "{}{}{}",
            format_number(*min),
            separator.mark(),
            format_number(*max)
        ),
        Target::Change {
            direction,
            amount,
            amount_unit,
        } => format!(
            "比{baseline_year}年{}{}",
            direction.verb(*amount_unit),
            amount_with_unit(indicator, *amount, *amount_unit)
        ),
        Target::Reference {
            comparator,
            reference,
        } => match comparator {
            Comparator::InStep => format!("与{reference}同步"),
            Comparator::About => format!("{reference}左右"),
            _ => format!("{}{reference}", comparator.symbol()),
        },
        Target::Assigned { by } => format!("完成{by}下达目标"),
        Target::Text { text } => text.clone(),
        Target::NotApplicable => "-".to_owned(),
    };
    cumulative_prefix(indicator, printed)
}

/// The target in words with its unit: `达到60%`, `超过90%`, `不高于30/10万`, `约60%`,
/// `在85%—95%之间`, `比2022年提高5个百分点（即达到55%）`, `不低于全市平均水平`,
/// `完成市下达的目标任务`, `基本消除`.
pub(crate) fn target_in_words(indicator: &Indicator, baseline_year: u16) -> String {
    let words = match &indicator.target {
        Target::Value {
            comparator,
            value,
            wording,
        } => value_in_words(indicator, *comparator, *value, *wording),
        Target::Range { min, max, .. } => {
            format!(
                "在{}—{}之间",
                indicator.with_unit(*min),
                indicator.with_unit(*max)
            )
        }
        Target::Change { .. } => {
            let printed = target_as_printed(indicator, baseline_year);
            let printed = printed.trim_start_matches("累计").to_owned();
            match implied_target(indicator) {
                Some(value) => format!("{printed}（即达到{}）", indicator.with_unit(value)),
                None => printed,
            }
        }
        Target::Reference {
            comparator,
            reference,
        } => match comparator {
            Comparator::InStep => format!("与{reference}同步"),
            Comparator::About => format!("与{reference}相当"),
            _ => format!("{}{reference}", comparator.word()),
        },
        Target::Assigned { by } => format!("完成{by}下达的目标任务"),
        Target::Text { text } => text.clone(),
        Target::NotApplicable => return NOT_APPLICABLE.to_owned(),
    };
    cumulative_prefix(indicator, words)
}

/// The figure a target implies, where it has one: a value's figure, or the baseline moved by
/// a change. A band, a reference and words imply none.
pub(crate) fn implied_target(indicator: &Indicator) -> Option<f64> {
    match &indicator.target {
        Target::Value { value, .. } => Some(*value),
        Target::Change {
            direction,
            amount,
            amount_unit,
        } => {
            let baseline = indicator.baseline?;
            let sign = match direction {
                Direction::Up => 1.0,
                Direction::Down => -1.0,
            };
            Some(match amount_unit {
                ChangeUnit::Points | ChangeUnit::Absolute => baseline + sign * amount,
                ChangeUnit::Percent => baseline * (1.0 + sign * amount / 100.0),
            })
        }
        Target::Range { .. }
        | Target::Reference { .. }
        | Target::Assigned { .. }
        | Target::Text { .. }
        | Target::NotApplicable => None,
    }
}

/// Which way the indicator has to move to meet its target.
pub(crate) fn aim(indicator: &Indicator) -> Aim {
    if falls_to_target(indicator) {
        return Aim::Down;
    }
    match &indicator.target {
        Target::Value { comparator, .. } => comparator.aim(),
        Target::Change { direction, .. } => match direction {
            Direction::Up => Aim::Up,
            Direction::Down => Aim::Down,
        },
        Target::Range { .. } => Aim::Within,
        Target::Reference { .. }
        | Target::Assigned { .. }
        | Target::Text { .. }
        | Target::NotApplicable => Aim::None,
    }
}

/// The comparator that judges a figure against the implied target: a change is met at or
/// beyond the figure it implies.
pub(crate) fn target_comparator(indicator: &Indicator) -> Option<Comparator> {
    if falls_to_target(indicator) {
        return Some(Comparator::AtMost);
    }
    match &indicator.target {
        Target::Value { comparator, .. } => Some(*comparator),
        Target::Change { direction, .. } => Some(match direction {
            Direction::Up => Comparator::AtLeast,
            Direction::Down => Comparator::AtMost,
        }),
        _ => None,
    }
}

/// Whether the target is a figure a dial can show (a value, a band or a change).
pub(crate) fn has_dial(indicator: &Indicator) -> bool {
    !matches!(
        indicator.target,
        Target::Assigned { .. } | Target::Text { .. } | Target::NotApplicable
    )
}

/// Why a result is not judged: the target is no figure, or there is none (`-`).
pub(crate) fn not_judged_in_words(indicator: &Indicator) -> String {
    match indicator.target {
        Target::NotApplicable => format!("{NOT_APPLICABLE}，本页不作达标判断"),
        _ => "目标不是具体数值，本页不作达标判断".to_owned(),
    }
}

/// Where progress is counted from: zero for a cumulative count, else the baseline.
pub(crate) fn start_value(indicator: &Indicator) -> Option<f64> {
    // A growth rate does not move from the baseline's figure: there is no path to draw.
    if matches!(
        indicator.target,
        Target::Value {
            wording: Wording::Growth,
            ..
        }
    ) {
        return None;
    }
    match indicator.measure {
        Measure::Cumulative => Some(0.0),
        Measure::Level => indicator.baseline,
    }
}

pub(crate) fn amount_with_unit(indicator: &Indicator, amount: f64, unit: ChangeUnit) -> String {
    match unit {
        ChangeUnit::Points => format!("{}个百分点", format_number(amount)),
        ChangeUnit::Percent => format!("{}%", format_number(amount)),
        ChangeUnit::Absolute => indicator.with_unit(amount),
    }
}

pub(crate) fn cumulative_prefix(indicator: &Indicator, text: String) -> String {
    match indicator.measure {
        Measure::Cumulative => format!("累计{text}"),
        Measure::Level => text,
    }
}
