//! The target cells' readings, by shape.

use super::*;

fn check(text: &str, unit: &str, expected: Target, noted: bool) {
    let (target, note) = target(text, unit);
    assert_eq!(target, expected, "{text}");
    assert_eq!(note.is_some(), noted, "{text}: {note:?}");
}

fn value(comparator: Comparator, value: f64) -> Target {
    Target::Value {
        comparator,
        value,
        wording: Wording::Plain,
    }
}

fn words(text: &str) -> Target {
    Target::Text {
        text: text.to_owned(),
    }
}

#[test]
fn shapes() {
    check("4.5", "个", value(Comparator::Reach, 4.5), false);
    check(">90", "%", value(Comparator::Exceed, 90.0), false);
    check("≥95%", "%", value(Comparator::AtLeast, 95.0), false);
    check("６０左右", "%", value(Comparator::About, 60.0), false);
    let or_more = Target::Value {
        comparator: Comparator::AtLeast,
        value: 90.0,
        wording: Wording::OrMore,
    };
    check("90以上", "%", or_more, true);
    check(
        "85—95",
        "%",
        Target::Range {
            min: 85.0,
            max: 95.0,
            separator: RangeMark::Dash,
        },
        false,
    );
    for (text, unit, separator) in [
        ("3-5家", "家", RangeMark::Hyphen),
        ("1到2个", "个", RangeMark::To),
        ("1至2", "个", RangeMark::Until),
    ] {
        let (min, max) = if separator == RangeMark::Hyphen {
            (3.0, 5.0)
        } else {
            (1.0, 2.0)
        };
        let range = Target::Range {
            min,
            max,
            separator,
        };
        check(text, unit, range, false);
    }
    check("6。5", "%", value(Comparator::Reach, 6.5), false);
    check("≥9。75", "%", value(Comparator::AtLeast, 9.75), false);
    check("-", "%", Target::NotApplicable, true);
    check(
        "≥全市平均水平",
        "%",
        Target::Reference {
            comparator: Comparator::AtLeast,
            reference: "全市平均水平".into(),
        },
        false,
    );
    check(
        "提高5个百分点",
        "%",
        Target::Change {
            direction: Direction::Up,
            amount: 5.0,
            amount_unit: ChangeUnit::Points,
        },
        false,
    );
    check(
        "完成市下达目标",
        "%",
        Target::Assigned { by: "市".into() },
        false,
    );
    check("增长6.2%左右", "张", words("增长6.2%左右"), true);
    check("3-5家", "个", words("3-5家"), true);
    check("基本消除", "%", words("基本消除"), true);
    check("—", "%", Target::NotApplicable, true);
}

#[test]
fn names_and_baselines() {
    assert_eq!(
        name_and_unit("托位使用率(%)"),
        Some(("托位使用率".into(), "%".into()))
    );
    assert_eq!(
        name_and_unit("托位数（个）"),
        Some(("托位数".into(), "个".into()))
    );
    assert_eq!(name_and_unit("托位数"), None);
    assert_eq!(baseline("—", "%"), Ok(None));
    assert_eq!(baseline("30", "%"), Ok(Some(30.0)));
    assert!(baseline("约30", "%").is_err());
}
