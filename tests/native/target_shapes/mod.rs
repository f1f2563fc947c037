//! Every target shape, with and without a baseline, against results before, in and after the
//! target year: its printed form, its words, the figure it implies, its progress and its verdict.

mod strive_ranges;
mod verdicts;
mod worded;

use yitu::model::{parse, Dataset, Indicator, PublishedResult};

const OTHER_PLAN: &[u8] = include_bytes!("../../fixtures/other-plan.json");

/// A plan of 2023—2025 with a 2022 baseline, holding one indicator made from its JSON.
fn plan_with(indicator: serde_json::Value) -> Dataset {
    let mut dataset = parse(OTHER_PLAN).expect("the fixture is valid");
    dataset.document.baseline_year = 2022;
    dataset.document.period_start = 2023;
    dataset.document.period_end = 2025;
    let mut fields = serde_json::json!({
        "id": 1, "name": "测试指标", "short_name": "测试", "unit": "%", "baseline": null,
        "tasks": [], "milestones": [], "quotes": [], "results": []
    });
    for (key, value) in indicator.as_object().expect("an object") {
        fields[key] = value.clone();
    }
    let indicator: Indicator = serde_json::from_value(fields).expect("an indicator");
    dataset.indicators = vec![indicator];
    dataset
}

fn result(year: u16, value: f64) -> PublishedResult {
    PublishedResult {
        year,
        value,
        date: format!("{}-02-01", year + 1),
        source: "测试来源".to_owned(),
        url: None,
    }
}

/// Checks that a valid target's result of `value` in `year` gets `verdict`.
fn check_verdict(
    indicator: serde_json::Value,
    year: u16,
    value: f64,
    verdict: yitu::model::Verdict,
) {
    let dataset = plan_with(indicator.clone());
    yitu::model::validate(&dataset).expect("a valid shape");
    let published = result(year, value);
    let assessment = yitu::model::assess(&dataset.indicators[0], &published, &dataset);
    assert_eq!(assessment.verdict, verdict, "{indicator} {year}: {value}");
}

/// Checks the printed form, the words and the implied figure of a target.
fn check_shape(indicator: serde_json::Value, printed: &str, words: &str, implied: Option<f64>) {
    let dataset = plan_with(indicator);
    yitu::model::validate(&dataset).expect("a valid shape");
    let indicator = &dataset.indicators[0];
    assert_eq!(indicator.target_as_printed(2022), printed);
    assert_eq!(indicator.target_in_words(2022), words);
    assert_eq!(indicator.implied_target(), implied, "{printed}");
}

#[test]
fn every_shape_prints_and_reads() {
    use serde_json::json;
    let value = |comparator: &str, value: f64| json!({"target": {"kind": "value", "comparator": comparator, "value": value}});
    check_shape(value("=", 60.0), "60", "达到60%", Some(60.0));
    check_shape(value(">", 90.0), ">90", "超过90%", Some(90.0));
    check_shape(value("≥", 95.0), "≥95", "不低于95%", Some(95.0));
    check_shape(value("≤", 30.0), "≤30", "不高于30%", Some(30.0));
    check_shape(value("<", 5.0), "<5", "低于5%", Some(5.0));
    check_shape(value("≈", 60.0), "60左右", "约60%", Some(60.0));
    check_shape(
        json!({"target": {"kind": "range", "min": 85, "max": 95}}),
        "85—95",
        "在85%—95%之间",
        None,
    );
    check_shape(
        json!({"baseline": 50, "target": {"kind": "change", "direction": "up", "amount": 5, "amount_unit": "points"}}),
        "比2022年提高5个百分点",
        "比2022年提高5个百分点（即达到55%）",
        Some(55.0),
    );
    check_shape(
        json!({"baseline": 50, "target": {"kind": "change", "direction": "down", "amount": 10, "amount_unit": "percent"}}),
        "比2022年下降10%",
        "比2022年下降10%（即达到45%）",
        Some(45.0),
    );
    check_shape(
        json!({"unit": "人", "baseline": 300, "target": {"kind": "change", "direction": "up", "amount": 200, "amount_unit": "absolute"}}),
        "比2022年增加200人",
        "比2022年增加200人（即达到500人）",
        Some(500.0),
    );
    check_shape(
        json!({"target": {"kind": "reference", "comparator": "≥", "reference": "全市平均水平"}}),
        "≥全市平均水平",
        "不低于全市平均水平",
        None,
    );
    check_shape(
        json!({"target": {"kind": "reference", "comparator": ">", "reference": "全市平均水平"}}),
        ">全市平均水平",
        "超过全市平均水平",
        None,
    );
    check_shape(
        json!({"target": {"kind": "reference", "comparator": "同步", "reference": "经济增长"}}),
        "与经济增长同步",
        "与经济增长同步",
        None,
    );
    check_shape(
        json!({"target": {"kind": "assigned", "by": "市"}}),
        "完成市下达目标",
        "完成市下达的目标任务",
        None,
    );
    check_shape(
        json!({"target": {"kind": "text", "text": "基本消除"}}),
        "基本消除",
        "基本消除",
        None,
    );
    check_shape(
        json!({"unit": "户", "measure": "cumulative", "target": {"kind": "value", "comparator": "≥", "value": 600}}),
        "累计≥600",
        "累计不低于600户",
        Some(600.0),
    );
}

#[test]
fn impossible_shapes_are_refused_with_their_path() {
    use serde_json::json;
    for (indicator, path) in [
        (
            json!({"target": {"kind": "range", "min": 90, "max": 80}}),
            "$.indicators[0].target.max",
        ),
        (
            json!({"target": {"kind": "change", "direction": "up", "amount": 5, "amount_unit": "points"}}),
            "$.indicators[0].target",
        ),
        (
            json!({"unit": "人", "baseline": 3, "target": {"kind": "change", "direction": "up", "amount": 5, "amount_unit": "points"}}),
            "$.indicators[0].target.amount_unit",
        ),
        (
            json!({"baseline": 20, "target": {"kind": "value", "comparator": "≤", "value": 30}}),
            "$.indicators[0].target.value",
        ),
        (
            json!({"target": {"kind": "value", "comparator": "同步", "value": 30}}),
            "$.indicators[0].target.comparator",
        ),
        (
            json!({"target": {"kind": "text", "text": " "}}),
            "$.indicators[0].target.text",
        ),
    ] {
        let faults = yitu::model::validate(&plan_with(indicator.clone())).expect_err("refused");
        assert_eq!(faults[0].path(), path, "{indicator}: {faults:?}");
    }
}
