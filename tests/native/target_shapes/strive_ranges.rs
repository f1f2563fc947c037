//! `力争达到…以上` and bands printed with `~`, `～`, `－` or `至`: each printed as the notice prints it
//! and judged by what it says (at or above; inside the band).

use super::{check_shape, check_verdict, plan_with};
use serde_json::json;
use yitu::model::Verdict;

fn band(unit: &str, separator: &str) -> serde_json::Value {
    json!({"unit": unit, "target": {"kind": "range", "min": 3, "max": 5, "separator": separator}})
}

#[test]
fn strive_or_more_and_bands_print_as_the_notice_prints_them() {
    let strive = json!({"target": {"kind": "value", "comparator": "≥", "value": 95, "wording": "力争…以上"}});
    check_shape(strive, "力争达到95以上", "力争达到95%以上", Some(95.0));
    for (separator, printed) in [("~", "3~5"), ("～", "3～5"), ("－", "3－5"), ("至", "3至5")]
    {
        check_shape(band("家", separator), printed, "在3家—5家之间", None);
    }
}

#[test]
fn strive_or_more_and_bands_are_judged_by_what_they_say() {
    use Verdict::*;
    let strive = json!({"target": {"kind": "value", "comparator": "≥", "value": 95, "wording": "力争…以上"}});
    let cases = [
        (strive.clone(), 2025, 95.0, Met),
        (strive.clone(), 2025, 97.0, Met),
        (strive, 2025, 90.0, NotMet),
        (band("家", "~"), 2025, 4.0, Met),
        (band("家", "－"), 2025, 6.0, NotMet),
        (band("家", "至"), 2025, 2.0, NotMet),
    ];
    for (indicator, year, value, verdict) in cases {
        check_verdict(indicator, year, value, verdict);
    }
}

#[test]
fn strive_or_more_goes_with_at_least_only() {
    let wrong = json!({"target": {"kind": "value", "comparator": "=", "value": 95, "wording": "力争…以上"}});
    assert!(yitu::model::validate(&plan_with(wrong)).is_err());
}
