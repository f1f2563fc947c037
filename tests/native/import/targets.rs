//! The target shapes of tests/fixtures/notices/target-shapes.txt: `力争达到…以上` read as `≥` with its
//! wording, bands with `—`, `~`, `－` and `至` kept as printed; what stays words is listed in 待核对.

use yitu::import::import_text;
use yitu::model::{Comparator, RangeMark, Target, Wording};

use super::assert_flagged;
use super::forms::fixture;

#[test]
fn strive_or_more_and_bands_keep_their_printed_form() {
    let draft = import_text(&fixture("target-shapes.txt"));
    // The table's name is the heading above it, `主要目标(2024—2025年)`, without its period.
    assert_eq!(draft.dataset.document.targets_table, "主要目标");
    let targets: Vec<&Target> = draft.dataset.indicators.iter().map(|i| &i.target).collect();
    let band = |min, max, separator| Target::Range {
        min,
        max,
        separator,
    };
    let expected = [
        Target::Value {
            comparator: Comparator::AtLeast,
            value: 95.0,
            wording: Wording::StriveOrMore,
        },
        band(3.0, 5.0, RangeMark::Dash),
        band(2.0, 4.0, RangeMark::Tilde),
        band(2.0, 3.0, RangeMark::WideHyphen),
        band(6.0, 8.0, RangeMark::Until),
        Target::Text {
            text: "力争5%以上".into(),
        },
    ];
    assert_eq!(targets, expected.iter().collect::<Vec<_>>());
    let printed: Vec<String> = draft
        .dataset
        .indicators
        .iter()
        .map(|i| i.target_as_printed(2023))
        .collect();
    assert_eq!(
        printed[..5],
        ["力争达到95以上", "3—5", "2~4", "2－3", "6至8"]
    );
    assert_flagged(
        &draft,
        &[("主要目标!J3", "力争…以上"), ("主要目标!R8", "文字目标")],
    );
    // The bands are read as printed, with nothing to check.
    for row in 4..=7 {
        let cell = format!("主要目标!J{row}");
        assert!(!draft.review.iter().any(|item| item.cell == cell), "{cell}");
    }
}
