//! Target cells the plan words around a figure: `不低于95`, `不少于3`, `力争达到18`, `力争达到95%以上`, `增长6.2%左右`,
//! `从15.9万张增加到17.8万张`, `〔18〕`. Each is read into a value target with its wording, and
//! each the importer cannot be sure of is noted for the 待核对 sheet.

use crate::model::{Comparator, Target, Wording};
use crate::notation::figure;

/// A worded target with its note, or `None` where the cell is not one of these shapes.
pub fn worded(text: &str, unit: &str) -> Option<(Target, Option<String>)> {
    let bare = |t: &str| figure(t.strip_suffix(unit).unwrap_or(t));
    let value = |comparator, value, wording| Target::Value {
        comparator,
        value,
        wording,
    };
    for (prefix, wording) in [("不低于", Wording::NotBelow), ("不少于", Wording::NotFewer)] {
        if let Some(figure) = text.strip_prefix(prefix).and_then(bare) {
            return Some((value(Comparator::AtLeast, figure, wording), None));
        }
    }
    let strive = text.strip_prefix("力争达到");
    if let Some(figure) = strive.and_then(|t| t.strip_suffix("以上")).and_then(bare) {
        let note = "“力争…以上”按“≥”导入（是否含本数请核对）";
        let target = value(Comparator::AtLeast, figure, Wording::StriveOrMore);
        return Some((target, Some(note.to_owned())));
    }
    if let Some(figure) = strive.and_then(bare) {
        return Some((value(Comparator::Reach, figure, Wording::Strive), None));
    }
    // A growth rate is a target of an indicator in %; in another unit it stays words.
    if let Some(rate) = text.strip_prefix("增长").filter(|_| unit == "%") {
        let (rest, comparator) = if let Some(rest) = rate.strip_suffix("左右") {
            (rest, Comparator::About)
        } else if let Some(rest) = rate.strip_suffix("以上") {
            (rest, Comparator::AtLeast)
        } else {
            return None;
        };
        let growth = figure(rest.strip_suffix('%')?)?;
        let note = "按增长率目标导入（目标值为增长率，公开结果也应为增长率），请核对";
        let target = value(comparator, growth, Wording::Growth);
        return Some((target, Some(note.to_owned())));
    }
    if let Some(inner) = text.strip_prefix('〔').and_then(|t| t.strip_suffix('〕')) {
        let figure = bare(inner)?;
        let note = "〔〕内为规划期累计数：计量方式应为“累计”，请核对";
        return Some((
            value(Comparator::Reach, figure, Wording::Bracketed),
            Some(note.to_owned()),
        ));
    }
    let (from, to) = from_to(text, unit)?;
    let note = format!(
        "“从…到”读作基数{}、目标{}：基数年份的数值请与基数列核对",
        crate::model::format_number(from),
        crate::model::format_number(to)
    );
    Some((value(Comparator::Reach, to, Wording::FromTo), Some(note)))
}

/// The two figures of `从15.9万张增加到17.8万张`.
fn from_to(text: &str, unit: &str) -> Option<(f64, f64)> {
    let text: String = text.split_whitespace().collect();
    let bare = |t: &str| figure(t.strip_suffix(unit).unwrap_or(t));
    let phrase = text.strip_prefix('从')?;
    let (from, to) = ["增加到", "提高到", "减少到", "下降到"]
        .iter()
        .find_map(|verb| phrase.split_once(verb))?;
    Some((bare(from)?, bare(to)?))
}

/// The baseline a `从…到` phrase gives.
pub fn from_figure(text: &str, unit: &str) -> Option<f64> {
    from_to(text, unit).map(|(from, _)| from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, unit: &str, expected: Option<(Comparator, f64, Wording)>) {
        let got = worded(text, unit).map(|(target, _)| target);
        let expected = expected.map(|(comparator, value, wording)| Target::Value {
            comparator,
            value,
            wording,
        });
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn worded_shapes() {
        use Comparator::*;
        check("不低于95", "%", Some((AtLeast, 95.0, Wording::NotBelow)));
        check("不少于3个", "个", Some((AtLeast, 3.0, Wording::NotFewer)));
        check("力争达到18", "%", Some((Reach, 18.0, Wording::Strive)));
        check(
            "力争达到95%以上",
            "%",
            Some((AtLeast, 95.0, Wording::StriveOrMore)),
        );
        check(
            "力争达到3个以上",
            "个",
            Some((AtLeast, 3.0, Wording::StriveOrMore)),
        );
        check("增长6.2%左右", "%", Some((About, 6.2, Wording::Growth)));
        check("增长6%以上", "%", Some((AtLeast, 6.0, Wording::Growth)));
        check("增长6。2%左右", "%", Some((About, 6.2, Wording::Growth)));
        check("〔18〕", "个", Some((Reach, 18.0, Wording::Bracketed)));
        check(
            "从15.9万张增加到17.8万张",
            "万张",
            Some((Reach, 17.8, Wording::FromTo)),
        );
        // Not these shapes: left to the other readers.
        check("增长6%", "%", None);
        check("60", "%", None);
        check("从严控制", "%", None);
    }
}
