//! How a value target reads where the plan words it (`Wording`): `不少于95`, `力争达到95`,
//! `从15.9万张增加到17.8万张`, `增长6.2%左右`.

use super::{format_number, ChangeUnit, Comparator, Direction, Indicator, Target, Wording};

/// Whether the target is a `从…到` phrase that lowers the figure (从30减少到20): met at or
/// below it.
pub(crate) fn falls_to_target(indicator: &Indicator) -> bool {
    match (&indicator.target, indicator.baseline) {
        (
            Target::Value {
                wording: Wording::FromTo,
                value,
                ..
            },
            Some(baseline),
        ) => *value < baseline,
        _ => false,
    }
}

/// A value target as the plan prints it (a bracketed one is printed by the caller).
pub(crate) fn value_as_printed(
    indicator: &Indicator,
    comparator: Comparator,
    value: f64,
    wording: Wording,
) -> String {
    let figure = format_number(value);
    match wording {
        Wording::NotBelow => format!("不低于{figure}"),
        Wording::NotFewer => format!("不少于{figure}"),
        Wording::OrMore => format!("{figure}以上"),
        Wording::Strive => format!("力争达到{figure}"),
        Wording::StriveOrMore => format!("力争达到{figure}以上"),
        Wording::FromTo | Wording::Growth => value_in_words(indicator, comparator, value, wording),
        Wording::Plain | Wording::Bracketed => match comparator {
            Comparator::About => format!("{figure}左右"),
            _ => format!("{}{figure}", comparator.symbol()),
        },
    }
}

/// A value target in words with its unit: `达到60%`, `不少于95个`, `增长6.2%左右`.
pub(crate) fn value_in_words(
    indicator: &Indicator,
    comparator: Comparator,
    value: f64,
    wording: Wording,
) -> String {
    let figure = indicator.with_unit(value);
    match wording {
        Wording::NotFewer => format!("不少于{figure}"),
        Wording::OrMore => format!("{figure}以上"),
        Wording::Strive => format!("力争达到{figure}"),
        Wording::StriveOrMore => format!("力争达到{figure}以上"),
        Wording::FromTo => {
            let direction = if falls_to_target(indicator) {
                Direction::Down
            } else {
                Direction::Up
            };
            let unit = if indicator.is_percent() {
                ChangeUnit::Points
            } else {
                ChangeUnit::Absolute
            };
            format!(
                "从{}{}到{figure}",
                indicator.baseline_in_words(),
                direction.verb(unit)
            )
        }
        Wording::Growth => {
            let rate = format!("{}%", format_number(value));
            match comparator {
                Comparator::About => format!("增长{rate}左右"),
                Comparator::AtLeast | Comparator::Exceed => format!("增长{rate}以上"),
                _ => format!("增长{rate}"),
            }
        }
        Wording::Plain | Wording::NotBelow | Wording::Bracketed => {
            format!("{}{figure}", comparator.word())
        }
    }
}
