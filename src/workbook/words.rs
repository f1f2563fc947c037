//! The words a cell uses for each of the dataset's enums, both ways, and the drop-down lists.

use crate::model::{
    Attribute, ChangeUnit, Comparator, Direction, Measure, RangeMark, Target, Wording,
};

/// The kinds of target, by the word in the 目标类型 column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Value,
    Range,
    Change,
    Reference,
    Assigned,
    Text,
    NotApplicable,
}

pub const TARGET_KINDS: [(TargetKind, &str); 7] = [
    (TargetKind::Value, "数值"),
    (TargetKind::Range, "区间"),
    (TargetKind::Change, "变化"),
    (TargetKind::Reference, "参照"),
    (TargetKind::Assigned, "上级下达"),
    (TargetKind::Text, "文字"),
    (TargetKind::NotApplicable, "无"),
];

/// A value target's wording, by the word in the 写法 column (the plain one is left empty).
pub const WORDINGS: [(Wording, &str); 9] = [
    (Wording::Plain, "符号"),
    (Wording::NotBelow, "不低于"),
    (Wording::NotFewer, "不少于"),
    (Wording::OrMore, "以上"),
    (Wording::Strive, "力争达到"),
    (Wording::StriveOrMore, "力争…以上"),
    (Wording::FromTo, "从…到"),
    (Wording::Bracketed, "〔〕"),
    (Wording::Growth, "增长"),
];

/// A band's separator, by the mark itself.
pub const RANGE_MARKS: [(RangeMark, &str); 7] = [
    (RangeMark::Dash, "—"),
    (RangeMark::Hyphen, "-"),
    (RangeMark::To, "到"),
    (RangeMark::Until, "至"),
    (RangeMark::Tilde, "~"),
    (RangeMark::WideTilde, "～"),
    (RangeMark::WideHyphen, "－"),
];

/// Comparators by the symbol the dataset and the document use.
pub const COMPARATORS: [(Comparator, &str); 7] = [
    (Comparator::Reach, "="),
    (Comparator::Exceed, ">"),
    (Comparator::AtLeast, "≥"),
    (Comparator::AtMost, "≤"),
    (Comparator::Below, "<"),
    (Comparator::About, "≈"),
    (Comparator::InStep, "同步"),
];

/// Other ways of typing a comparator whose meaning is certain: ASCII pairs and full-width forms
/// (an `=` typed alone starts a formula in WPS and Excel, so `＝` stands in for it).
const COMPARATOR_ALIASES: [(Comparator, &str); 7] = [
    (Comparator::Reach, "＝"),
    (Comparator::Exceed, "＞"),
    (Comparator::AtLeast, ">="),
    (Comparator::AtLeast, "≧"),
    (Comparator::AtMost, "<="),
    (Comparator::AtMost, "≦"),
    (Comparator::Below, "＜"),
];

pub const MEASURES: [(Measure, &str); 2] =
    [(Measure::Level, "水平"), (Measure::Cumulative, "累计")];

pub const DIRECTIONS: [(Direction, &str); 2] = [(Direction::Up, "提高"), (Direction::Down, "下降")];

pub const CHANGE_UNITS: [(ChangeUnit, &str); 3] = [
    (ChangeUnit::Points, "个百分点"),
    (ChangeUnit::Percent, "%"),
    (ChangeUnit::Absolute, "指标单位"),
];

pub const ATTRIBUTES: [(Attribute, &str); 3] = [
    (Attribute::Expected, "预期性"),
    (Attribute::Binding, "约束性"),
    (Attribute::Advocated, "倡导性"),
];

/// The word for a value.
pub fn word<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(candidate, _)| *candidate == value)
        .map(|(_, word)| *word)
        .expect("every value of an enum has a word in its table")
}

/// The value a word names, or a message listing the words allowed.
pub fn parse<T: Copy>(table: &[(T, &'static str)], text: &str) -> Result<T, String> {
    table
        .iter()
        .find(|(_, word)| *word == text)
        .map(|(value, _)| *value)
        .ok_or_else(|| format!("未知的“{text}”，应为 {}", words(table).join("、")))
}

/// A comparator from its symbol or one of its aliases.
pub fn parse_comparator(text: &str) -> Result<Comparator, String> {
    match COMPARATOR_ALIASES.iter().find(|(_, alias)| *alias == text) {
        Some((comparator, _)) => Ok(*comparator),
        None => parse(&COMPARATORS, text),
    }
}

/// The words of a table, in order: a drop-down list.
pub fn words<T>(table: &[(T, &'static str)]) -> Vec<&'static str> {
    table.iter().map(|(_, word)| *word).collect()
}

/// The drop-down list of a column, by the field it holds, if it takes one of a few words.
pub fn choices(field: &str) -> Option<Vec<&'static str>> {
    match field {
        "measure" => Some(words(&MEASURES)),
        "target" => Some(words(&TARGET_KINDS)),
        "target.comparator" => Some(words(&COMPARATORS)),
        "target.direction" => Some(words(&DIRECTIONS)),
        "target.amount_unit" => Some(words(&CHANGE_UNITS)),
        "attribute" => Some(words(&ATTRIBUTES)),
        "target.wording" => Some(words(&WORDINGS)),
        "target.separator" => Some(words(&RANGE_MARKS)),
        _ => None,
    }
}

impl TargetKind {
    pub fn of(target: &Target) -> TargetKind {
        match target {
            Target::Value { .. } => TargetKind::Value,
            Target::Range { .. } => TargetKind::Range,
            Target::Change { .. } => TargetKind::Change,
            Target::Reference { .. } => TargetKind::Reference,
            Target::Assigned { .. } => TargetKind::Assigned,
            Target::Text { .. } => TargetKind::Text,
            Target::NotApplicable => TargetKind::NotApplicable,
        }
    }

    /// The target columns (fields below `target.`) this kind fills; the others stay empty.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            TargetKind::Value => &["comparator", "value", "wording"],
            TargetKind::Range => &["min", "max", "separator"],
            TargetKind::Change => &["direction", "amount", "amount_unit"],
            TargetKind::Reference => &["comparator", "reference"],
            TargetKind::Assigned => &["by"],
            TargetKind::Text => &["text"],
            TargetKind::NotApplicable => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_both_ways() {
        for (comparator, symbol) in COMPARATORS {
            assert_eq!(word(&COMPARATORS, comparator), symbol);
            assert_eq!(parse_comparator(symbol), Ok(comparator));
        }
        assert_eq!(parse_comparator("＝"), Ok(Comparator::Reach));
        assert_eq!(parse_comparator(">="), Ok(Comparator::AtLeast));
        assert_eq!(
            parse(&MEASURES, "平均"),
            Err::<Measure, _>("未知的“平均”，应为 水平、累计".to_owned())
        );
    }
}
