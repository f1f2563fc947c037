//! Results judged by shape and year, the verdicts' words and shapes, and the dials' bands.

use super::{plan_with, result};
use yitu::model::{assess, dial, BandKind, Verdict};

/// Checks the verdict and the progress of one result of an indicator.
fn check_verdict(
    indicator: serde_json::Value,
    year: u16,
    value: f64,
    verdict: Verdict,
    covered: Option<f64>,
) {
    let dataset = plan_with(indicator.clone());
    let published = result(year, value);
    let assessment = assess(&dataset.indicators[0], &published, &dataset);
    assert_eq!(assessment.verdict, verdict, "{indicator} {year}: {value}");
    match (assessment.covered, covered) {
        (Some(got), Some(want)) => assert!(
            (got - want).abs() < 1e-9,
            "{indicator}: covered {got}, want {want}"
        ),
        (got, want) => assert_eq!(got, want, "{indicator}: covered"),
    }
    // A verdict before the target year never says the target was missed.
    if year < 2025 {
        assert!(
            !matches!(assessment.verdict, Verdict::NotMet | Verdict::Met),
            "{indicator} {year}"
        );
    }
}

#[test]
fn results_are_judged_by_shape_and_year() {
    use serde_json::json;
    use Verdict::*;
    let rising =
        json!({"baseline": 50, "target": {"kind": "value", "comparator": ">", "value": 90}});
    // The straight path from 50 (2022) to 90 (2025) passes 63.33 in 2023 and 76.67 in 2024.
    check_verdict(rising.clone(), 2024, 80.0, Ahead, Some(0.75));
    check_verdict(rising.clone(), 2024, 70.0, Behind, Some(0.5));
    check_verdict(rising.clone(), 2025, 95.0, Met, Some(1.125));
    check_verdict(rising.clone(), 2025, 90.0, NotMet, Some(1.0));
    check_verdict(rising, 2026, 91.0, Met, Some(1.025));

    // A milestone for the year wins over the path: 53.1 against 2024's 52 is ahead of plan.
    let milestone = json!({"baseline": 40, "target": {"kind": "value", "comparator": "=", "value": 60},
        "milestones": [{"year": 2024, "value": 52, "task": 1}], "tasks": [1]});
    check_verdict(milestone.clone(), 2024, 53.1, Ahead, Some(0.655));
    check_verdict(milestone.clone(), 2024, 52.0, OnTrack, Some(0.6));
    check_verdict(milestone, 2024, 51.0, Behind, Some(0.55));

    // No baseline and no milestone: too early to judge before the target year.
    let unbased = json!({"target": {"kind": "value", "comparator": "=", "value": 100}});
    check_verdict(unbased.clone(), 2024, 93.0, TooEarly, None);
    check_verdict(unbased.clone(), 2025, 100.0, Met, None);
    check_verdict(unbased, 2025, 93.0, NotMet, None);

    // Lower is better: progress runs the other way.
    let falling =
        json!({"baseline": 40, "target": {"kind": "value", "comparator": "≤", "value": 30}});
    check_verdict(falling.clone(), 2024, 32.0, Ahead, Some(0.8));
    check_verdict(falling.clone(), 2024, 36.0, Behind, Some(0.4));
    check_verdict(falling.clone(), 2025, 30.0, Met, Some(1.0));
    check_verdict(falling, 2025, 31.0, NotMet, Some(0.9));
    let strictly =
        json!({"baseline": 40, "target": {"kind": "value", "comparator": "<", "value": 30}});
    check_verdict(strictly, 2025, 30.0, NotMet, Some(1.0));
    // A limit without a baseline is within or over the limit before the target year.
    let limit =
        json!({"unit": "/10万", "target": {"kind": "value", "comparator": "≤", "value": 30}});
    check_verdict(limit.clone(), 2024, 28.0, WithinLimit, None);
    check_verdict(limit.clone(), 2024, 31.0, OverLimit, None);
    check_verdict(limit, 2025, 31.0, NotMet, None);

    // 左右: within 5% of the figure.
    let about =
        json!({"baseline": 50, "target": {"kind": "value", "comparator": "≈", "value": 60}});
    check_verdict(about.clone(), 2025, 58.0, Met, None);
    check_verdict(about.clone(), 2025, 66.0, NotMet, None);
    check_verdict(about, 2024, 58.0, Ahead, None);

    // A band: below, within or above before the target year; met only inside it in the year.
    let band = json!({"baseline": 50, "target": {"kind": "range", "min": 60, "max": 80}});
    check_verdict(band.clone(), 2024, 55.0, BelowBand, None);
    check_verdict(band.clone(), 2024, 70.0, InBand, None);
    check_verdict(band.clone(), 2024, 85.0, AboveBand, None);
    check_verdict(band.clone(), 2025, 70.0, Met, None);
    check_verdict(band, 2025, 85.0, NotMet, None);

    // A change is judged against the figure it implies.
    let up = json!({"baseline": 50, "target": {"kind": "change", "direction": "up", "amount": 6, "amount_unit": "points"}});
    check_verdict(up.clone(), 2024, 55.0, Ahead, Some(5.0 / 6.0));
    check_verdict(up.clone(), 2025, 56.0, Met, Some(1.0));
    check_verdict(up, 2025, 55.0, NotMet, Some(5.0 / 6.0));
    let down = json!({"baseline": 50, "target": {"kind": "change", "direction": "down", "amount": 20, "amount_unit": "percent"}});
    check_verdict(down.clone(), 2025, 40.0, Met, Some(1.0));
    check_verdict(down, 2025, 45.0, NotMet, Some(0.5));

    // A cumulative count runs from zero, whatever the baseline.
    let cumulative = json!({"unit": "户", "measure": "cumulative", "target": {"kind": "value", "comparator": "≥", "value": 600}});
    check_verdict(cumulative.clone(), 2023, 150.0, Behind, Some(0.25));
    check_verdict(cumulative.clone(), 2024, 420.0, Ahead, Some(0.7));
    check_verdict(cumulative, 2025, 600.0, Met, Some(1.0));

    // Targets that are not figures are shown, never judged.
    for target in [
        json!({"kind": "reference", "comparator": "≥", "reference": "全市平均水平"}),
        json!({"kind": "assigned", "by": "市"}),
        json!({"kind": "text", "text": "基本消除"}),
    ] {
        check_verdict(
            json!({"baseline": 30, "target": target.clone()}),
            2024,
            45.0,
            NotJudged,
            None,
        );
        check_verdict(
            json!({"baseline": 30, "target": target}),
            2025,
            45.0,
            NotJudged,
            None,
        );
    }
}

#[test]
fn every_verdict_has_words_and_a_shape() {
    let all = Verdict::ALL;
    // ALL holds each verdict once, in the enum's order, up to the last one.
    for (index, verdict) in all.iter().enumerate() {
        assert_eq!(*verdict as usize, index, "{verdict:?}");
    }
    assert_eq!(
        Verdict::NotJudged as usize + 1,
        all.len(),
        "NotJudged is the last verdict"
    );
    let labels: std::collections::HashSet<&str> =
        all.iter().map(|verdict| verdict.label()).collect();
    assert_eq!(labels.len(), all.len(), "each verdict reads differently");
    for verdict in all {
        assert!(!verdict.mark().is_empty() && !verdict.mark().chars().any(char::is_alphanumeric));
    }
}

#[test]
fn dials_band_each_shape() {
    use serde_json::json;
    use BandKind::*;
    let bands = |indicator: serde_json::Value| -> Vec<(f64, BandKind)> {
        let dataset = plan_with(indicator);
        dial(&dataset.indicators[0])
            .map(|dial| {
                dial.bands
                    .iter()
                    .map(|band| ((band.to * 1000.0).round() / 1000.0, band.kind))
                    .collect()
            })
            .unwrap_or_default()
    };
    let value = |baseline: serde_json::Value, comparator: &str, value: f64| json!({"baseline": baseline, "target": {"kind": "value", "comparator": comparator, "value": value}});
    assert_eq!(
        bands(value(json!(50), ">", 90.0)),
        [(0.5, Baseline), (0.9, Gap), (1.0, Goal)]
    );
    assert_eq!(
        bands(value(json!(50), "=", 90.0)),
        [(0.5, Baseline), (0.9, Gap), (1.0, Track)]
    );
    assert_eq!(
        bands(value(json!(40), "≤", 30.0)),
        [(0.3, Goal), (0.4, Gap), (1.0, Track)]
    );
    assert_eq!(
        bands(value(json!(null), "<", 30.0)),
        [(0.3, Goal), (1.0, Track)]
    );
    assert_eq!(
        bands(value(json!(50), "≈", 60.0)),
        [(0.5, Baseline), (0.57, Gap), (0.63, Goal), (1.0, Track)]
    );
    assert_eq!(
        bands(json!({"baseline": 50, "target": {"kind": "range", "min": 60, "max": 80}})),
        [(0.5, Baseline), (0.6, Gap), (0.8, Goal), (1.0, Track)]
    );
    assert_eq!(
        bands(
            json!({"baseline": 30, "target": {"kind": "reference", "comparator": "≥", "reference": "全市平均水平"}})
        ),
        [(0.3, Baseline), (1.0, Track)]
    );
    assert_eq!(
        bands(json!({"target": {"kind": "text", "text": "全覆盖"}})),
        []
    );
    assert_eq!(
        bands(json!({"target": {"kind": "assigned", "by": "市"}})),
        []
    );
}
