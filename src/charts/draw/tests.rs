//! The chart options of the plan, in the themed palette, as JSON.
use super::*;
use crate::charts::CHART_FONT;
use crate::model::test_plan as dataset;

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

#[test]
fn a_gauge_option_is_the_json_of_its_chart_in_the_themed_palette() {
    let indicator = dataset().indicator(3).unwrap();
    let option = chart_option(
        ChartKind::Gauge { indicator: 3 },
        TextSize::Normal,
        dataset(),
    )
    .unwrap();
    let expected = gauge(indicator, dataset(), &Palette::THEMED, TextSize::Normal);
    assert_eq!(option, serde_json::to_value(&expected).unwrap());
    assert_eq!(option["series"][0]["type"], "gauge");
    assert!(!option.to_string().contains(Palette::LIGHT.baseline));
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
