//! The name a notice gives its table of targets, read from the heading printed above it:
//! `主要目标(2023—2025年)` → `主要目标`, `附表1 主要指标表` → `主要指标`. The pages call the table by it
//! (《主要目标》表), so no plan's name is printed for another's.

use super::numbering::{numbered, trailing_bracket, unmarked};
use crate::notation::is_digit;

/// The longest heading read as a table's name; a longer paragraph is a sentence, not a name.
const MAX_NAME_CHARS: usize = 40;

/// The table's name in the heading just above it, or `None` where that paragraph is no such name
/// (a sentence, or a heading that speaks of neither 目标 nor 指标).
pub fn targets_table_name(heading: &str) -> Option<String> {
    let mut name = unmarked(heading).trim_end_matches("**").trim();
    // 附件1 / 附表1 / 表1, with or without a separator after the number.
    for label in ["附件", "附表", "表"] {
        if let Some(rest) = name.strip_prefix(label) {
            let rest = rest.trim_start_matches(is_digit);
            name = rest.trim_start_matches([':', '：', '、', '.', '．', ' ', '\u{3000}']);
        }
    }
    if let Some((_, _, rest)) = numbered(name) {
        name = rest;
    }
    // The period after the name: (2023—2025年).
    while let Some((before, inner)) = trailing_bracket(name) {
        if !inner.chars().any(is_digit) {
            break;
        }
        name = before.trim_end();
    }
    let name = name
        .strip_suffix("一览表")
        .or_else(|| name.strip_suffix('表'))
        .unwrap_or(name)
        .trim();
    let is_sentence = name.contains(['。', '，', ',', '；', ';', '：', ':']);
    let names_targets = name.contains("目标") || name.contains("指标");
    (names_targets && !is_sentence && name.chars().count() <= MAX_NAME_CHARS)
        .then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::targets_table_name;

    #[test]
    fn reads_the_name_in_the_heading_above_the_table() {
        for (heading, name) in [
            ("主要目标(2023—2025年)", "主要目标"),
            ("主要目标（2023—2025年）", "主要目标"),
            ("附表1 主要指标表", "主要指标"),
            ("附件２：“十四五”时期主要目标一览表", "“十四五”时期主要目标"),
            ("表1　发展指标", "发展指标"),
            ("一、主要目标", "主要目标"),
            ("**主要预期目标**", "主要预期目标"),
        ] {
            assert_eq!(
                targets_table_name(heading).as_deref(),
                Some(name),
                "{heading}"
            );
        }
    }

    #[test]
    fn a_sentence_or_another_heading_is_no_name() {
        for heading in [
            "到2025年，托位数达到4.5个。",
            "大足区婴幼儿照护服务能力提升三年行动",
            "重庆市大足区人民政府办公室",
            "",
        ] {
            assert_eq!(targets_table_name(heading), None, "{heading}");
        }
    }
}
