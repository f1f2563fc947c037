//! The shapes real notices print beyond the symbols: worded figures (不低于, 不少于, 以上, 力争达到),
//! growth rates (增长6.2%左右), `从…到`, bracketed cumulative counts (〔18〕), bands with `-` or
//! `到`, and `-` (no target): each printed as the notice prints it and judged by what it says.

use super::{check_shape, check_verdict, plan_with, result};
use serde_json::json;
use yitu::model::{assess, dial, Verdict};

fn worded(comparator: &str, value: f64, wording: &str) -> serde_json::Value {
    json!({"kind": "value", "comparator": comparator, "value": value, "wording": wording})
}

#[test]
fn worded_shapes_print_as_the_notice_prints_them() {
    for (indicator, printed, words, implied) in [
        (
            json!({"target": worded("≥", 95.0, "不低于")}),
            "不低于95",
            "不低于95%",
            Some(95.0),
        ),
        (
            json!({"unit": "个", "target": worded("≥", 3.0, "不少于")}),
            "不少于3",
            "不少于3个",
            Some(3.0),
        ),
        (
            json!({"target": worded("≥", 90.0, "以上")}),
            "90以上",
            "90%以上",
            Some(90.0),
        ),
        (
            json!({"target": worded("=", 18.0, "力争达到")}),
            "力争达到18",
            "力争达到18%",
            Some(18.0),
        ),
        (
            json!({"target": worded("≈", 6.2, "增长")}),
            "增长6.2%左右",
            "增长6.2%左右",
            Some(6.2),
        ),
        (
            json!({"target": worded("≥", 6.0, "增长")}),
            "增长6%以上",
            "增长6%以上",
            Some(6.0),
        ),
        (
            json!({"unit": "万张", "baseline": 15.9, "target": worded("=", 17.8, "从…到")}),
            "从15.9万张增加到17.8万张",
            "从15.9万张增加到17.8万张",
            Some(17.8),
        ),
        (
            json!({"unit": "万吨", "baseline": 30, "target": worded("=", 20.0, "从…到")}),
            "从30万吨减少到20万吨",
            "从30万吨减少到20万吨",
            Some(20.0),
        ),
        (
            json!({"unit": "个", "measure": "cumulative", "target": worded("=", 18.0, "〔〕")}),
            "〔18〕",
            "累计达到18个",
            Some(18.0),
        ),
        (
            json!({"unit": "家", "target": {"kind": "range", "min": 3, "max": 5, "separator": "-"}}),
            "3-5",
            "在3家—5家之间",
            None,
        ),
        (
            json!({"unit": "个", "target": {"kind": "range", "min": 1, "max": 2, "separator": "到"}}),
            "1到2",
            "在1个—2个之间",
            None,
        ),
        (
            json!({"target": {"kind": "not_applicable"}}),
            "-",
            "原文未设目标值",
            None,
        ),
    ] {
        check_shape(indicator, printed, words, implied);
    }
}

#[test]
fn worded_shapes_are_judged_by_what_they_say() {
    use Verdict::*;
    for (indicator, year, value, verdict) in [
        // 不少于3: three is enough, two is not.
        (
            json!({"unit": "个", "target": worded("≥", 3.0, "不少于")}),
            2025,
            3.0,
            Met,
        ),
        (
            json!({"unit": "个", "target": worded("≥", 3.0, "不少于")}),
            2025,
            2.0,
            NotMet,
        ),
        // 力争达到18: met at 18 or beyond.
        (
            json!({"target": worded("=", 18.0, "力争达到")}),
            2025,
            18.5,
            Met,
        ),
        (
            json!({"target": worded("=", 18.0, "力争达到")}),
            2025,
            17.0,
            NotMet,
        ),
        // 增长6.2%左右: within 5% of 6.2; a growth rate has no path from the baseline's figure.
        (
            json!({"baseline": 5.0, "target": worded("≈", 6.2, "增长")}),
            2025,
            6.0,
            Met,
        ),
        (
            json!({"baseline": 5.0, "target": worded("≈", 6.2, "增长")}),
            2025,
            5.0,
            NotMet,
        ),
        (
            json!({"baseline": 5.0, "target": worded("≈", 6.2, "增长")}),
            2024,
            6.1,
            TooEarly,
        ),
        (
            json!({"target": worded("≥", 6.0, "增长")}),
            2025,
            5.9,
            NotMet,
        ),
        // 从15.9增加到17.8: a path from the baseline; 从30减少到20: lower is better.
        (
            json!({"unit": "万张", "baseline": 15.9, "target": worded("=", 17.8, "从…到")}),
            2024,
            17.5,
            Ahead,
        ),
        (
            json!({"unit": "万张", "baseline": 15.9, "target": worded("=", 17.8, "从…到")}),
            2025,
            17.8,
            Met,
        ),
        (
            json!({"unit": "万吨", "baseline": 30, "target": worded("=", 20.0, "从…到")}),
            2025,
            19.0,
            Met,
        ),
        (
            json!({"unit": "万吨", "baseline": 30, "target": worded("=", 20.0, "从…到")}),
            2025,
            21.0,
            NotMet,
        ),
        // 〔18〕: a count from zero since the plan began (12 of 18 by 2024 is on the path).
        (
            json!({"unit": "个", "measure": "cumulative", "target": worded("=", 18.0, "〔〕")}),
            2024,
            12.0,
            OnTrack,
        ),
        (
            json!({"unit": "家", "target": {"kind": "range", "min": 3, "max": 5, "separator": "-"}}),
            2025,
            4.0,
            Met,
        ),
        (
            json!({"unit": "家", "target": {"kind": "range", "min": 3, "max": 5, "separator": "-"}}),
            2025,
            6.0,
            NotMet,
        ),
        // `-`: nothing to judge.
        (
            json!({"target": {"kind": "not_applicable"}}),
            2025,
            40.0,
            NotJudged,
        ),
    ] {
        check_verdict(indicator, year, value, verdict);
    }
}

#[test]
fn a_target_not_set_has_no_dial_and_says_why() {
    let dataset = plan_with(json!({"target": {"kind": "not_applicable"}}));
    let indicator = &dataset.indicators[0];
    assert!(dial(indicator).is_none());
    let published = result(2025, 40.0);
    let assessment = assess(indicator, &published, &dataset);
    assert_eq!(
        yitu::model::yardstick_in_words(indicator, &assessment, &dataset),
        "原文未设目标值，本页不作达标判断"
    );
}

#[test]
fn wordings_that_do_not_fit_are_refused_with_their_path() {
    for (indicator, path) in [
        (
            json!({"target": worded("≤", 3.0, "不少于")}),
            "$.indicators[0].target.comparator",
        ),
        (
            json!({"target": worded("=", 3.0, "从…到")}),
            "$.indicators[0].target.wording",
        ),
        (
            json!({"target": worded("=", 3.0, "〔〕")}),
            "$.indicators[0].target.wording",
        ),
        (
            json!({"unit": "个", "target": worded("≈", 3.0, "增长")}),
            "$.indicators[0].target.wording",
        ),
        (json!({"target": worded("≈", 3.0, "增加")}), "parse"),
    ] {
        let Ok(indicator_value) =
            serde_json::from_value::<yitu::model::Target>(indicator["target"].clone())
        else {
            assert_eq!(path, "parse", "{indicator}");
            continue;
        };
        let _ = indicator_value;
        let faults = yitu::model::validate(&plan_with(indicator.clone())).expect_err("refused");
        assert_eq!(faults[0].path(), path, "{indicator}: {faults:?}");
    }
}
