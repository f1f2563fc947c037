//! The cells of a 主要目标 row: a name with its unit in brackets, a baseline, a target in one of
//! the shapes the model holds. What the model cannot hold is kept as words, with a note.

use crate::model::{ChangeUnit, Comparator, Direction, RangeMark, Target, Wording};
use crate::notation::figure;

/// A name and the unit in its trailing brackets: 托位使用率(%) → (托位使用率, %).
pub fn name_and_unit(text: &str) -> Option<(String, String)> {
    let text: String = text.split_whitespace().collect();
    let open = text.rfind(['(', '（'])?;
    let inner = text[open..].strip_suffix([')', '）'])?;
    let unit = inner[inner.chars().next()?.len_utf8()..].trim();
    let name = text[..open].trim();
    (!unit.is_empty() && !name.is_empty()).then(|| (name.to_owned(), unit.to_owned()))
}

/// A baseline cell: a figure, `None` for a dash, or the reason it is neither.
pub fn baseline(text: &str, unit: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if matches!(text, "—" | "——" | "-" | "/" | "") {
        return Ok(None);
    }
    figure(text.strip_suffix(unit).unwrap_or(text))
        .map(Some)
        .ok_or_else(|| format!("基数“{text}”不是一个数，暂作无基数"))
}

/// The comparators a target may start with, longest first.
const PREFIXES: [(&str, Comparator); 14] = [
    (">=", Comparator::AtLeast),
    ("<=", Comparator::AtMost),
    ("≥", Comparator::AtLeast),
    ("≧", Comparator::AtLeast),
    ("≤", Comparator::AtMost),
    ("≦", Comparator::AtMost),
    (">", Comparator::Exceed),
    ("＞", Comparator::Exceed),
    ("<", Comparator::Below),
    ("＜", Comparator::Below),
    ("不低于", Comparator::AtLeast),
    ("不高于", Comparator::AtMost),
    ("高于", Comparator::Exceed),
    ("低于", Comparator::Below),
];

/// A target cell: the target, and a note where the shape is a guess or held as words.
pub fn target(text: &str, unit: &str) -> (Target, Option<String>) {
    let text: String = text.split_whitespace().collect();
    let words = |reason: &str| {
        let target = Target::Text { text: text.clone() };
        (target, Some(reason.to_owned()))
    };
    if text.is_empty() {
        return words("目标为空");
    }
    if matches!(text.as_str(), "—" | "-" | "－" | "/") {
        let note = "原文目标为“-”，按不设目标导入（无刻度、不作评判），请核对";
        return (Target::NotApplicable, Some(note.to_owned()));
    }
    if let Some(worded) = super::worded::worded(&text, unit) {
        return worded;
    }
    let bare = |t: &str| t.strip_suffix(unit).unwrap_or(t).trim().to_owned();
    let (comparator, rest) = PREFIXES
        .iter()
        .find_map(|(prefix, comparator)| Some((*comparator, text.strip_prefix(prefix)?)))
        .unwrap_or((Comparator::Reach, text.as_str()));
    if let Some(value) = figure(&bare(rest)) {
        return (
            Target::Value {
                comparator,
                value,
                wording: Wording::Plain,
            },
            None,
        );
    }
    if comparator == Comparator::Reach {
        if let Some(about) = rest.strip_suffix("左右").and_then(|t| figure(&bare(t))) {
            return (
                Target::Value {
                    comparator: Comparator::About,
                    value: about,
                    wording: Wording::Plain,
                },
                None,
            );
        }
        if let Some(at_least) = rest.strip_suffix("以上").and_then(|t| figure(&bare(t))) {
            let target = Target::Value {
                comparator: Comparator::AtLeast,
                value: at_least,
                wording: Wording::OrMore,
            };
            return (
                target,
                Some("“以上”按“≥”导入（是否含本数请核对）".to_owned()),
            );
        }
        if let Some((min, max, separator)) = range(&text, unit) {
            let target = Target::Range {
                min,
                max,
                separator,
            };
            return (target, None);
        }
        if let Some(change) = change(&text, unit) {
            return (change, None);
        }
        if text.starts_with("完成") && text.contains("下达") {
            let by = text
                .trim_start_matches("完成")
                .split("下达")
                .next()
                .unwrap_or("")
                .to_owned();
            if !by.is_empty() {
                return (Target::Assigned { by }, None);
            }
        }
        if text.ends_with("左右") || text.contains(['—', '-', '－', '~', '～', '至']) {
            return words(
                "目标的写法（带“左右”的增减或带单位的区间）现有数据结构无法表示，暂按文字目标导入",
            );
        }
        return words("目标不是数值，按文字目标导入，请核对");
    }
    if rest.chars().any(|c| c.is_ascii_digit()) {
        return words("目标的写法无法读成数值，暂按文字目标导入");
    }
    (
        Target::Reference {
            comparator,
            reference: rest.to_owned(),
        },
        None,
    )
}

/// A band `85—95`, `85-95`, `85－95`, `85~95`, `85～95`, `85到95` or `85至95`, in the indicator's
/// unit or none; its separator kept as printed.
fn range(text: &str, unit: &str) -> Option<(f64, f64, RangeMark)> {
    let (low, high) = text.split_once(['—', '-', '－', '~', '～', '至', '到'])?;
    let separator = match text[low.len()..].chars().next()? {
        '-' => RangeMark::Hyphen,
        '－' => RangeMark::WideHyphen,
        '~' => RangeMark::Tilde,
        '～' => RangeMark::WideTilde,
        '到' => RangeMark::To,
        '至' => RangeMark::Until,
        _ => RangeMark::Dash,
    };
    let low = figure(low.strip_suffix(unit).unwrap_or(low))?;
    let high = figure(
        high.trim_start_matches('—')
            .strip_suffix(unit)
            .unwrap_or(high),
    )?;
    (low < high).then_some((low, high, separator))
}

/// A change from the baseline: 提高5个百分点, 下降10%, 增加200(个).
fn change(text: &str, unit: &str) -> Option<Target> {
    let words = [
        ("提高", Direction::Up),
        ("增加", Direction::Up),
        ("增长", Direction::Up),
        ("下降", Direction::Down),
        ("减少", Direction::Down),
        ("降低", Direction::Down),
    ];
    let (direction, rest) = words.iter().find_map(|(word, direction)| {
        let after = text.split_once(word)?.1;
        Some((*direction, after))
    })?;
    let (amount, amount_unit) = if let Some(points) = rest.strip_suffix("个百分点") {
        (figure(points)?, ChangeUnit::Points)
    } else if let Some(percent) = rest.strip_suffix('%') {
        (figure(percent)?, ChangeUnit::Percent)
    } else {
        (
            figure(rest.strip_suffix(unit).unwrap_or(rest))?,
            ChangeUnit::Absolute,
        )
    };
    Some(Target::Change {
        direction,
        amount,
        amount_unit,
    })
}

#[cfg(test)]
mod tests;
