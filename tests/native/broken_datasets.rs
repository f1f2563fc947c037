//! Malformed datasets are rejected, each with the JSON path of its fault and the reason.

use yitu::model::{parse, DatasetError};

const PLAN_JSON: &str = include_str!("../../src/data/dazu-2024-16.json");

/// Parses `tests/fixtures/broken/<name>.json` and expects its first fault at `path`, for `reason`.
fn check(name: &str, path: &str, reason: &str) {
    let file = format!(
        "{}/tests/fixtures/broken/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&file).unwrap_or_else(|error| panic!("{file}: {error}"));
    let faults = parse(&bytes).expect_err(name);
    let first = &faults[0];
    println!("{name}: rejected: {first}");
    assert_eq!(first.path(), path, "{name}: {faults:?}");
    assert!(
        first.to_string().contains(reason),
        "{name}: {first} lacks {reason:?}"
    );
}

#[test]
fn broken_fixtures_are_rejected_with_path_and_reason() {
    check("invalid-json", "$.document.?", "key must be a string");
    check("missing-field", "$.indicators[2]", "missing field `target`");
    check(
        "wrong-type",
        "$.indicators[0].baseline",
        "invalid type: string \"2\"",
    );
    check(
        "duplicate-indicator-id",
        "$.indicators[4].id",
        "指标序号重复",
    );
    check(
        "duplicate-task-id",
        "$.sections[1].tasks[0].id",
        "任务序号重复",
    );
    check(
        "unknown-department",
        "$.sections[1].tasks[0].lead[0]",
        "未知部门：\"区外交部\"（部门表里没有这个名称：改成部门表里的写法，或在部门表里加上它）",
    );
    check(
        "unknown-indicator-task",
        "$.indicators[3].tasks[1]",
        "未知任务：17",
    );
    check(
        "bad-comparator",
        "$.indicators[3].target",
        "unknown variant `≒`",
    );
    check(
        "target-below-baseline",
        "$.indicators[8].target.value",
        "与基线（50）方向不符",
    );
    check("empty-name", "$.indicators[1].name", "名称为空");
    check(
        "extra-field",
        "$.indicators[0].progress_2024",
        "unknown field `progress_2024`",
    );
    check(
        "department-with-space",
        "$.departments[1].name",
        "名称含空白字符",
    );
    check(
        "quote-not-in-task",
        "$.indicators[4].quotes[0].text",
        "引文不在该任务原文中",
    );
    check(
        "percent-over-100",
        "$.indicators[7].target.value",
        "超出范围",
    );
    check("not-utf8", "$", "不是 UTF-8");
}

#[test]
fn the_plan_s_dataset_is_none_of_them() {
    assert!(parse(PLAN_JSON.as_bytes()).is_ok());
    let dir = format!("{}/tests/fixtures/broken", env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("the broken fixtures") {
        let bytes = std::fs::read(entry.expect("an entry").path()).expect("a fixture");
        assert_ne!(bytes, PLAN_JSON.as_bytes());
        let faults: Vec<DatasetError> =
            parse(&bytes).expect_err("every broken fixture is rejected");
        assert!(!faults.is_empty());
        count += 1;
    }
    println!("{count} broken fixtures rejected");
    assert!(count >= 12, "at least 12 broken fixtures, found {count}");
}

#[test]
fn a_date_is_a_real_day_written_as_the_dataset_keeps_it() {
    let published = "\"published\": \"2024-03-18\"";
    assert!(PLAN_JSON.contains(published));
    for date in ["2024-02-30", "2024-13-18", "2024/3/18", "2024年3月18日"] {
        let json = PLAN_JSON.replace(published, &format!("\"published\": \"{date}\""));
        let faults = parse(json.as_bytes()).expect_err(date);
        assert_eq!(faults[0].path(), "$.document.published", "{date}");
        assert!(
            faults[0].to_string().contains("日期应写成年-月-日"),
            "{date}"
        );
    }
}
