//! The embedded dataset against the document, and a fixture dataset that has published results.

use yitu::charts::{gauge, Palette, TextSize};
use yitu::model::{latest_assessment, parse, Comparator, Role, Target, Verdict};

const PLAN_JSON: &str = include_str!("../../src/data/dazu-2024-16.json");

/// This plan's dataset, parsed once.
fn dataset() -> &'static yitu::model::Dataset {
    static PLAN: std::sync::OnceLock<yitu::model::Dataset> = std::sync::OnceLock::new();
    PLAN.get_or_init(|| yitu::model::parse(PLAN_JSON.as_bytes()).expect("the plan is valid"))
}

const WITH_RESULTS: &[u8] = include_bytes!("../fixtures/with-results.json");

#[test]
fn the_plan_s_dataset_is_the_document() {
    let dataset = dataset();
    assert_eq!(dataset.indicators.len(), 10);
    assert_eq!(dataset.sections.len(), 4);
    assert_eq!(dataset.tasks().count(), 16);
    assert_eq!(dataset.departments.len(), 18);
    assert_eq!(
        dataset.document.title,
        "重庆市大足区人民政府办公室关于印发大足区3岁以下婴幼儿照护服务能力提升三年行动主要目标和重点任务分工(2023—2025年)的通知"
    );
    assert_eq!(dataset.document.number, "大足府办发〔2024〕16号");
    // The scrape's injected gambling-site name never reaches the widget.
    assert!(!PLAN_JSON.contains("盛京棋牌"));
    // Department names carry no line-wrap spaces.
    assert!(dataset
        .departments
        .iter()
        .all(|d| !d.name.contains(char::is_whitespace)));
    assert_eq!(dataset.tasks_of("区卫生健康委", Role::Lead).len(), 12);
}

#[test]
fn typed_targets_as_the_document_prints_them() {
    let dataset = dataset();
    let printed: Vec<(String, String)> = dataset
        .indicators
        .iter()
        .map(|i| (i.baseline_as_printed(), i.target_as_printed(2022)))
        .collect();
    let expected = [
        ("2", "4.5"),
        ("—", "60"),
        ("30", "≥全市平均水平"),
        ("50", ">90"),
        ("20", "40"),
        ("—", ">90"),
        ("—", "1"),
        ("—", "100"),
        ("50", ">90"),
        ("1", "1"),
    ];
    for ((baseline, target), (want_baseline, want_target)) in printed.iter().zip(expected) {
        assert_eq!(
            (baseline.as_str(), target.as_str()),
            (want_baseline, want_target)
        );
    }
    assert_eq!(
        dataset.indicator(3).unwrap().target,
        Target::Reference {
            comparator: Comparator::AtLeast,
            reference: "全市平均水平".into()
        }
    );
    assert_eq!(dataset.indicator(2).unwrap().baseline, None);
    let milestones: Vec<(u16, f64)> = dataset
        .indicator(5)
        .unwrap()
        .milestones
        .iter()
        .map(|m| (m.year, m.value))
        .collect();
    assert_eq!(milestones, [(2023, 30.0), (2024, 35.0), (2025, 40.0)]);
}

#[test]
fn this_plan_has_published_no_results_so_none_is_judged() {
    let dataset = dataset();
    for indicator in &dataset.indicators {
        assert_eq!(
            latest_assessment(indicator, dataset),
            None,
            "{}",
            indicator.name
        );
    }
}

/// Every text and figure of the dataset stands in the scraped document (the repository's copy of
/// it, tests/fixtures/notices/dazu-2024-16.txt, byte for byte the shared source).
#[test]
fn faithful_to_the_source_document() {
    let source = include_str!("../fixtures/notices/dazu-2024-16.txt");
    let dataset = dataset();
    for section in &dataset.sections {
        assert!(source.contains(&section.title), "{}", section.title);
        for task in &section.tasks {
            assert!(source.contains(&task.text), "task {}", task.id);
            // The department cells, with the scrape's line-wrap spaces removed.
            let cells: String = source.replace(' ', "");
            assert!(
                cells.contains(&task.lead.join("、")),
                "task {} lead",
                task.id
            );
            if !task.responsible.is_empty() {
                assert!(
                    cells.contains(&task.responsible.join("、")),
                    "task {} responsible",
                    task.id
                );
            }
        }
    }
    for indicator in &dataset.indicators {
        let row = format!(
            "{} |\n{}({}) |\n{} |\n{} |\n{} |",
            indicator.id,
            indicator.name,
            indicator.unit,
            indicator.baseline_as_printed(),
            indicator.target_as_printed(dataset.document.baseline_year),
            indicator.attribute_label()
        );
        assert!(
            source.contains(&row),
            "indicator row not in the document:\n{row}"
        );
    }
    // The official title is the scrape's title with the injected name replaced by 关于印发.
    let scraped = dataset
        .document
        .title
        .replacen("关于印发", "盛京棋牌", 1)
        .replace("(2023", " (2023");
    assert!(
        source.contains(&scraped.replace("办公室盛京", "办公室 盛京")),
        "title"
    );
}

#[test]
fn published_results_are_judged_against_the_path_before_the_target_year() {
    let fixture = parse(WITH_RESULTS).expect("the fixture is a valid dataset");
    let covered = fixture.indicator(4).unwrap();
    let latest = latest_assessment(covered, &fixture).expect("a published result");
    assert_eq!(latest.result.year, 2024, "the latest year");
    assert_eq!(latest.result.value, 70.0);
    assert_eq!(latest.covered, Some(0.5), "50 → 70 of 50 → 90");
    // 2024 on the straight path from 50 (2022) to 90 (2025) is 76.67: 70 is behind, not "未达到".
    assert_eq!(latest.verdict, Verdict::Behind);
    let met = latest_assessment(fixture.indicator(9).unwrap(), &fixture).unwrap();
    assert_eq!(met.verdict, Verdict::Met, "95 > 90 in 2025");
    let reference = latest_assessment(fixture.indicator(3).unwrap(), &fixture).unwrap();
    assert_eq!(
        (reference.covered, reference.verdict),
        (None, Verdict::NotJudged),
        "qualitative"
    );
    let chart = gauge(covered, &fixture, &Palette::LIGHT, TextSize::Normal);
    let json: serde_json::Value = serde_json::from_str(&chart.to_string()).unwrap();
    assert_eq!(json["series"][0]["progress"]["show"], true);
    assert_eq!(json["series"][0]["data"][0], 70.0);
    assert_eq!(json["series"][0]["detail"]["formatter"], "2024年\n70%");
    assert_eq!(
        latest_assessment(fixture.indicator(1).unwrap(), &fixture),
        None
    );
}
