//! The chart options of the plan, in the themed palette, as JSON.
use super::*;
use crate::charts::CHART_FONT;
use crate::model::test_plan as dataset;
use serde_json::json;

#[test]
fn charts_measure_labels_in_the_pages_font_stack() {
    let css = include_str!("../../../styles/base.css");
    let body = &css[css.find("body {").expect("a body rule")..];
    let start = body.find("font-family:").expect("a font-family") + "font-family:".len();
    let end = start + body[start..].find(';').expect("the end of the declaration");
    let stack = body[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(stack, CHART_FONT);
    let option = chart_option(
        ChartKind::Gauge { indicator: 3 },
        TextSize::Normal,
        dataset(),
    );
    assert!(option.unwrap().to_string().contains("Noto Sans CJK SC"));
}

/// The gauges' figures as the document prints them (tests/fixtures/notices/dazu-2024-16.txt, the
/// indicators' table), written out here: never the option of another call to the code under test.
#[test]
fn a_gauge_option_is_the_json_of_its_chart_in_the_themed_palette() {
    let themed = &Palette::THEMED;
    let option = |id| {
        chart_option(
            ChartKind::Gauge { indicator: id },
            TextSize::Normal,
            dataset(),
        )
        .unwrap_or_else(|| panic!("indicator {id} has a gauge"))
    };
    // 3 托位使用率(%): 30 in 2022, ≥全市平均水平 in 2025. A percentage runs from 0 to 100; the
    // scale is the baseline's colour up to 30% and the track's beyond; no result is published.
    let rate = option(3);
    let series = &rate["series"][0];
    assert_eq!(series["type"], "gauge");
    assert_eq!(
        (&series["min"], &series["max"]),
        (&json!(0.0), &json!(100.0)),
        "0–100%"
    );
    assert_eq!(series["data"], json!([30.0]), "the 2022 figure");
    assert_eq!(series["detail"]["formatter"], "目标\n不低于全市平均水平");
    assert_eq!(series["axisLabel"]["formatter"], "{value}%");
    assert_eq!(
        series["axisLine"]["lineStyle"]["color"],
        json!([[0.3, themed.baseline], [1.0, themed.track]])
    );
    assert_eq!(series["progress"]["show"], false, "no published result");
    assert!(!rate.to_string().contains(Palette::LIGHT.baseline));
    // 1 每千人口拥有3岁以下婴幼儿托位数(个): 2 in 2022, 4.5 in 2025. A count runs to the round
    // number above its target, 6: the baseline's colour to 2 of 6, the gap's to 4.5 of 6.
    let places = option(1);
    let series = &places["series"][0];
    assert_eq!(series["max"], json!(6.0), "a round number above 4.5");
    assert_eq!(series["splitNumber"], json!(6.0));
    assert_eq!(series["data"], json!([2.0]), "the 2022 figure");
    assert_eq!(series["detail"]["formatter"], "目标\n达到4.5个");
    assert_eq!(series["axisLabel"]["formatter"], "{value}");
    assert_eq!(
        series["axisLine"]["lineStyle"]["color"],
        json!([
            [2.0 / 6.0, themed.baseline],
            [4.5 / 6.0, themed.gap],
            [1.0, themed.track]
        ])
    );
}

#[test]
fn the_text_size_changes_the_option() {
    let kind = ChartKind::DepartmentBars;
    assert_ne!(
        chart_option(kind, TextSize::Normal, dataset()),
        chart_option(kind, TextSize::Large, dataset())
    );
}

#[test]
fn every_dial_has_a_gauge_and_text_targets_have_none() {
    let all = ChartKind::all(dataset());
    assert_eq!(all.last(), Some(&ChartKind::DepartmentBars));
    for indicator in &dataset().indicators {
        let kind = ChartKind::Gauge {
            indicator: indicator.id,
        };
        assert_eq!(
            all.contains(&kind),
            indicator.has_dial(),
            "{}",
            indicator.id
        );
        let option = chart_option(kind, TextSize::Normal, dataset());
        assert_eq!(option.is_some(), indicator.has_dial(), "{}", indicator.id);
    }
}

#[test]
fn targets_in_words_or_assigned_get_no_chart() {
    let mut words = dataset().clone();
    words.indicators[2].target = crate::model::Target::Text {
        text: "全覆盖".to_owned(),
    };
    words.indicators[4].target = crate::model::Target::Assigned {
        by: "市下达目标".to_owned(),
    };
    let all = ChartKind::all(&words);
    assert_eq!(all.len(), words.indicators.len() - 1);
    for id in [3, 5] {
        let kind = ChartKind::Gauge { indicator: id };
        assert!(!all.contains(&kind), "{id}");
        assert_eq!(chart_option(kind, TextSize::Normal, &words), None);
    }
}

#[test]
fn files_name_the_chart_and_its_text_size() {
    let kind = ChartKind::Gauge { indicator: 3 };
    assert_eq!(kind.key(), "gauge-3");
    assert_eq!(kind.file(TextSize::Normal), "gauge-3");
    assert_eq!(kind.file(TextSize::Large), "gauge-3-large");
    assert_eq!(
        ChartKind::DepartmentBars.file(TextSize::Large),
        "department-bars-large"
    );
}

#[test]
fn an_unknown_indicator_has_no_option() {
    assert_eq!(
        chart_option(
            ChartKind::Gauge { indicator: 99 },
            TextSize::Normal,
            dataset()
        ),
        None
    );
}
