//! What real notices add, as the pages render it natively: an indicator's own units (its page, the
//! matrix, the departments' pages), posts as owners (never a department), notes, and the shapes worded
//! around a figure. The fixture is tests/fixtures/other-plan.json; every expectation comes from it.

use yitu::model::{parse, Dataset, Matrix, Role};
use yitu::pages::PageContext;
use yitu::route::Route;

fn render(dataset: &Dataset, route: Route) -> String {
    let context = PageContext::new(dataset.clone(), 2027);
    yitu::site::render_page(&route, &context).expect("the page renders")
}

fn other_plan() -> Dataset {
    parse(include_bytes!("../fixtures/other-plan.json")).expect("the fixture is valid")
}

/// The text between `start` and the next `end`, after the first `start`.
fn after<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).map_or("", |at| &html[at..]);
    from.split(end).next().unwrap_or("")
}

#[test]
fn an_indicator_page_shows_its_units_posts_and_notes() {
    let dataset = other_plan();
    let owned: Vec<_> = dataset
        .indicators
        .iter()
        .filter(|i| i.has_roles() || !i.officials.is_empty() || !i.notes.is_empty())
        .collect();
    assert!(owned.len() >= 2, "the fixture has them");
    for indicator in owned {
        let html = render(&dataset, Route::Indicator { id: indicator.id });
        let block = after(&html, r#"id="owners-title""#, "</section>");
        for role in [Role::Lead, Role::Responsible] {
            for name in indicator.departments(role) {
                let slug = &dataset.department_by_name(name).expect("known").slug;
                let link = format!(r#"<a href="department/{slug}/" class="dept-link">{name}</a>"#);
                assert!(block.contains(&link), "{}: {link}", indicator.name);
            }
        }
        for official in &indicator.officials {
            let item = format!(
                r#"<li class="officials__item">{}</li>"#,
                official.in_words()
            );
            assert!(block.contains(&item), "{}: {item}", indicator.name);
        }
        let notes = after(&html, r#"id="notes-title""#, "</section>");
        for note in &indicator.notes {
            assert!(notes.contains(&format!(r#"<li class="notes__item">{note}</li>"#)));
        }
    }
}

#[test]
fn a_post_is_never_a_department() {
    let dataset = other_plan();
    let task = dataset
        .tasks()
        .find(|task| !task.officials.is_empty())
        .expect("a task with a post");
    let html = render(&dataset, Route::Task { id: task.id });
    for official in &task.officials {
        assert!(html.contains(&format!(
            r#"<li class="officials__item">{}</li>"#,
            official.in_words()
        )));
        assert!(!html.contains(&format!(r#"class="dept-link">{}"#, official.post)));
    }
    let overview = render(&dataset, Route::Overview);
    let matrix = after(&overview, r#"<table class="matrix-table">"#, "</table>");
    for official in dataset.indicators.iter().flat_map(|i| &i.officials) {
        assert!(
            !matrix.contains(&official.post),
            "{} is no column",
            official.post
        );
    }
    let posts: Vec<&str> = dataset
        .indicators
        .iter()
        .flat_map(|i| &i.officials)
        .chain(dataset.tasks().flat_map(|t| &t.officials))
        .map(|official| official.post.as_str())
        .collect();
    for department in &dataset.departments {
        let html = render(
            &dataset,
            Route::Department {
                slug: department.slug.clone(),
            },
        );
        for post in &posts {
            assert!(!html.contains(post), "{post} on {}", department.name);
        }
    }
}

#[test]
fn the_matrix_has_a_row_per_indicator_with_units_and_counts_tasks_apart() {
    let dataset = other_plan();
    let matrix = Matrix::new(&dataset);
    let owned: Vec<u32> = dataset
        .indicators
        .iter()
        .filter(|i| i.has_roles())
        .map(|i| i.id)
        .collect();
    let rows: Vec<u32> = matrix
        .indicators
        .iter()
        .map(|row| row.indicator.id)
        .collect();
    assert_eq!(rows, owned);
    let html = render(&dataset, Route::Overview);
    let table = after(&html, r#"<table class="matrix-table">"#, "</table>");
    let group = table.find("主要目标").expect("a 主要目标 group");
    let first_section = table
        .find(&dataset.sections[0].title)
        .expect("the sections");
    assert!(
        group < first_section,
        "the indicators come before the tasks"
    );
    for id in &owned {
        assert!(table.contains(&format!(
            r#"<a href="indicator/{id}/" class="matrix__task-link">"#
        )));
    }
    assert_eq!(table.matches("matrix__row--indicator").count(), owned.len());
    let tasks = dataset.tasks().count();
    assert!(html.contains(&format!(
        "显示全部{tasks}项任务、{}个单位，另有主要目标{}项。",
        dataset.departments.len(),
        owned.len()
    )));
    // A department's totals still count tasks only.
    let lead = &dataset.indicator(owned[0]).expect("known").lead[0];
    let column = matrix
        .departments
        .iter()
        .position(|d| &d.name == lead)
        .expect("a column");
    let totals = matrix.totals()[column];
    assert_eq!(totals.led, dataset.tasks_of(lead, Role::Lead).len());
    assert_eq!(
        matrix.indicators_of(column),
        dataset
            .indicators
            .iter()
            .filter(|i| i.role_of(lead).is_some())
            .count()
    );
}

#[test]
fn a_department_page_lists_the_indicators_it_leads() {
    let dataset = other_plan();
    let indicator = dataset
        .indicators
        .iter()
        .find(|i| i.has_roles())
        .expect("one");
    let name = &indicator.lead[0];
    let slug = dataset
        .department_by_name(name)
        .expect("known")
        .slug
        .clone();
    let html = render(&dataset, Route::Department { slug });
    let led = dataset.indicators_of(name, Role::Lead);
    let section = after(&html, r#"id="indicators-lead""#, "</section>");
    assert!(
        section.contains(&format!("牵头的主要目标（{}项）", led.len())),
        "{section}"
    );
    for indicator in led {
        assert!(section.contains(&format!("主要目标{}：{}", indicator.id, indicator.name)));
    }
    assert!(html.contains(&format!("在{}项主要目标中：牵头", dataset.indicators.len())));
}

#[test]
fn a_plan_without_them_shows_none_of_it() {
    let dataset = parse(include_bytes!("../../src/data/dazu-2024-16.json")).expect("valid");
    let html = render(&dataset, Route::Overview);
    assert!(!html.contains("matrix__row--indicator") && !html.contains("另有主要目标"));
    let html = render(&dataset, Route::Indicator { id: 1 });
    assert!(!html.contains("owners-title") && !html.contains("notes-title"));
}

#[test]
fn units_and_posts_that_do_not_fit_are_refused_with_their_path() {
    let base: serde_json::Value =
        serde_json::from_slice(include_bytes!("../fixtures/other-plan.json")).expect("JSON");
    let index = base["indicators"]
        .as_array()
        .expect("indicators")
        .iter()
        .position(|i| i.get("lead").is_some())
        .expect("an indicator with units");
    let department = base["departments"][0]["name"].clone();
    for (field, value, path) in [
        ("lead", serde_json::json!(["区不存在局"]), "lead[0]"),
        (
            "responsible",
            serde_json::json!([department, department]),
            "responsible[1]",
        ),
        (
            "officials",
            serde_json::json!([{"role": "牵头领导", "post": department}]),
            "officials[0].post",
        ),
        (
            "officials",
            serde_json::json!([{"role": "", "post": "副区长"}]),
            "officials[0].role",
        ),
        ("notes", serde_json::json!([" "]), "notes[0]"),
    ] {
        let mut dataset = base.clone();
        dataset["indicators"][index][field] = value.clone();
        let faults = parse(&serde_json::to_vec(&dataset).expect("JSON")).expect_err("refused");
        let want = format!("$.indicators[{index}].{path}");
        assert!(
            faults.iter().any(|f| f.path() == want),
            "{field} {value}: {faults:?}"
        );
    }
}

/// A task whose notice names no lead keeps none: the dataset is valid, and its page, the pages
/// that list it, its description, the CSV and the workbook say 未明确牵头单位 (or leave the cell
/// empty), never a unit the notice does not name. A task that names nobody at all is refused.
#[test]
fn a_task_without_a_lead_is_shown_as_such() {
    let mut dataset = other_plan();
    let task = dataset.sections[0].tasks[0].clone();
    assert!(
        !task.responsible.is_empty(),
        "the fixture's task 1 has 责任单位"
    );
    dataset.sections[0].tasks[0].lead.clear();
    let bytes = serde_json::to_vec(&dataset).expect("JSON");
    let dataset = parse(&bytes).expect("a task without a lead is valid");
    let html = render(&dataset, Route::Task { id: task.id });
    let roles = after(&html, r#"<dl class="roles">"#, "</dl>");
    assert!(roles.contains("未明确牵头单位"), "{roles}");
    for name in &task.responsible {
        assert!(roles.contains(name.as_str()), "{name} still shares it");
    }
    let responsible = &task.responsible[0];
    let slug = &dataset.department_by_name(responsible).expect("known").slug;
    let page = render(&dataset, Route::Department { slug: slug.clone() });
    let listed = after(&page, &format!("任务{}：", task.id), "</li>");
    assert!(listed.contains("未明确牵头单位"), "{listed}");
    let csv = yitu::site::tasks_csv(&dataset);
    let row = csv
        .lines()
        .find(|line| line.starts_with(&format!("{},", task.id)))
        .expect("its row");
    assert!(row.contains("未明确牵头单位"), "{row}");
    let workbook = yitu::workbook::workbook_bytes(&dataset).expect("the workbook");
    let read = yitu::workbook::read_workbook(&workbook).expect("it reads back");
    assert!(
        read.task(task.id).expect("task 1").lead.is_empty(),
        "the workbook keeps no lead"
    );

    let mut nobody = dataset.clone();
    let first = &mut nobody.sections[0].tasks[0];
    first.responsible.clear();
    first.cooperating.clear();
    first.officials.clear();
    let faults =
        parse(&serde_json::to_vec(&nobody).unwrap()).expect_err("a task must name someone");
    assert!(
        faults
            .iter()
            .any(|fault| fault.to_string().contains("sections[0].tasks[0].lead")),
        "{faults:?}"
    );
}

/// The overview's subtitle and the overview card's line under the title are the plan's own title
/// form, never the first plan's: the other plan is a 行动方案, and its overview and card say so.
#[test]
fn the_overview_subtitle_is_the_plan_s_own() {
    let dataset = other_plan();
    // The fixture's plan title, 示例区托育服务高质量发展行动方案(2024—2026年), after its short
    // title, 示例区托育服务高质量发展行动.
    let own = "方案(2024—2026年)";
    let html = render(&dataset, Route::Overview);
    let subtitle = after(&html, r#"<p class="hero__subtitle">"#, "</p>");
    assert_eq!(
        subtitle.trim_start_matches(r#"<p class="hero__subtitle">"#),
        own
    );
    let card = yitu::share::overview_card_svg(&dataset);
    assert!(
        card.contains(&format!(">{own}</text>")),
        "the overview card has no line {own:?}"
    );
    for html in [&html, &card] {
        assert!(!html.contains("主要目标和重点任务分工"), "{subtitle}");
    }
}
