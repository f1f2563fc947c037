//! The CSV downloads hold what real notices add (tests/fixtures/notices/report-table.html, imported):
//! an indicator's own units, posts and notes, a task's posts, after the columns a plan without them has.

use yitu::import::import_html;
use yitu::site::{indicators_csv, tasks_csv};

fn lines(csv: &str) -> Vec<String> {
    let csv = csv.trim_start_matches('\u{feff}');
    csv.split("\r\n").map(str::to_owned).collect()
}

#[test]
fn units_posts_and_notes_are_appended_as_columns() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/notices/report-table.html"
    );
    let draft = import_html(&std::fs::read_to_string(path).expect("the fixture"));
    let indicators = lines(&indicators_csv(&draft.dataset));
    assert!(
        indicators[0].ends_with(r#""属性","牵头单位","责任单位","责任领导","备注""#),
        "{}",
        indicators[0]
    );
    assert!(indicators[0].starts_with(r#""序号","指标","单位""#));
    assert!(
        indicators[1]
            .ends_with(r#","区发展改革委","区统计局","责任领导：常务副区长","2025年进度：6。0""#),
        "{}",
        indicators[1]
    );
    let tasks = lines(&tasks_csv(&draft.dataset));
    assert!(tasks[0].starts_with(r#""序号","板块","重点任务","牵头单位","责任单位""#));
    assert!(tasks[0].contains(r#""责任领导""#), "{}", tasks[0]);
    let posts = draft
        .dataset
        .tasks()
        .filter(|t| !t.officials.is_empty())
        .count();
    assert!(posts > 0, "the fixture's tasks name posts");
}

#[test]
fn a_plan_without_them_keeps_its_columns() {
    let mut plan =
        yitu::model::parse(include_bytes!("../fixtures/other-plan.json")).expect("a plan");
    for indicator in &mut plan.indicators {
        (indicator.lead, indicator.responsible) = (Vec::new(), Vec::new());
        (indicator.officials, indicator.notes) = (Vec::new(), Vec::new());
    }
    for task in plan.sections.iter_mut().flat_map(|s| &mut s.tasks) {
        (task.officials, task.notes) = (Vec::new(), Vec::new());
    }
    assert!(lines(&indicators_csv(&plan))[0].ends_with(r#""属性""#));
    let tasks = lines(&tasks_csv(&plan));
    assert!(!tasks[0].contains("责任领导") && !tasks[0].contains("备注"));
}
