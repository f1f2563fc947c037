//! The pages as the page writer writes them, read the way the app reads them: every name of the
//! contract is where the app looks for it.

use scraper::{Html, Selector};

use super::*;
use crate::model::test_plan;
use crate::pages::PageContext;
use crate::plan_index::PlanIndex;
use crate::route::Route;
use crate::site::{page_file, render_page, PageTemplate};

/// A view's page file for a dataset, as the site step writes it (before its charts are drawn).
fn page(route: Route, dataset: &crate::model::Dataset) -> String {
    let template = PageTemplate::new(
        r#"<html><head><base href="./"><title>一图读懂</title><meta name="description" content=""></head><body><div id="app"></div></body></html>"#
            .to_owned(),
    )
    .expect("the template has every placeholder");
    let context = PageContext::new(dataset.clone(), 2026);
    let body = render_page(&route, &context).expect("rendered");
    page_file(&template, &route, dataset, &body)
}

/// How many elements of `html` match `selector`.
fn count(html: &Html, selector: &str) -> usize {
    let selector = Selector::parse(selector).unwrap_or_else(|_| panic!("a selector: {selector}"));
    html.select(&selector).count()
}

#[test]
fn the_frame_has_what_every_view_s_app_looks_for() {
    for route in [Route::Overview, Route::Task { id: 3 }] {
        let text = page(route.clone(), test_plan());
        assert!(text.contains(MAIN_START), "{route:?}");
        let html = Html::parse_document(&text);
        assert_eq!(count(&html, &format!("main#{MAIN_ID}")), 1);
        assert_eq!(count(&html, &format!("#{ANNOUNCER_ID}[aria-live]")), 1);
        let masthead = format!(".{ISLAND_CLASS}[{ISLAND_ATTRIBUTE}=\"{MASTHEAD_ISLAND}\"]");
        assert_eq!(count(&html, &masthead), 1, "{route:?}");
        assert_eq!(count(&html, &format!("#{MAIN_ID} {masthead}")), 0);
        assert_eq!(count(&html, &format!("script#{PLAN_INDEX_ID}")), 1);
        assert_eq!(count(&html, &format!("#{APP_ERROR_ID}")), 0);
    }
}

#[test]
fn the_matrix_filter_has_what_the_app_follows() {
    let html = Html::parse_document(&page(Route::Overview, test_plan()));
    let filter =
        format!("#{MAIN_ID} .{ISLAND_CLASS}[{ISLAND_ATTRIBUTE}=\"{MATRIX_FILTER_ISLAND}\"]");
    assert_eq!(count(&html, &filter), 1);
    let buttons = format!("{filter} button[{FILTER_STATUS_ATTRIBUTE}][{FILTER_CAPTION_ATTRIBUTE}]");
    let departments = test_plan().departments.len();
    assert_eq!(
        count(&html, &buttons),
        departments + 1,
        "every department and 全部"
    );
    let chosen = format!("{buttons}[{FILTER_COLUMN_ATTRIBUTE}][{FILTER_SLUG_ATTRIBUTE}]");
    assert_eq!(count(&html, &chosen), departments);
    assert_eq!(count(&html, &format!("{filter} .{MATRIX_STATUS_CLASS}")), 1);
    let table = format!("#{MATRIX_SCROLL_ID}");
    assert_eq!(count(&html, &format!("{table} .{MATRIX_CORNER_CLASS}")), 1);
    let tasks = test_plan().tasks().count();
    assert_eq!(
        count(&html, &format!("{table} tr.{MATRIX_ROW_CLASS}")),
        tasks
    );
    assert_eq!(
        count(&html, &format!("{table} caption#{MATRIX_CAPTION_ID}")),
        1
    );
    for department in &test_plan().departments {
        let column = format!("{table} th#{}", matrix_column_id(&department.slug));
        assert_eq!(count(&html, &column), 1, "{}", department.name);
    }
    // The class the filter marks a column with is one the stylesheet styles.
    let css = include_str!("../../styles/matrix.css");
    assert!(css.contains(&format!(".{MATRIX_ACTIVE_COLUMN_CLASS}")));
}

#[test]
fn views_have_their_islands_and_chart_boxes() {
    let html = Html::parse_document(&page(Route::Indicator { id: 3 }, test_plan()));
    let share = format!("#{MAIN_ID} .{ISLAND_CLASS}[{ISLAND_ATTRIBUTE}=\"{SHARE_ISLAND}\"]");
    assert_eq!(count(&html, &share), 1);
    assert_eq!(
        count(
            &html,
            &format!("#{MAIN_ID} [{CHART_ATTRIBUTE}=\"gauge-3\"]")
        ),
        1
    );
    let drawing = crate::site::themed_svg(
        r#"<svg width="320" height="240" viewBox="0 0 320 240" xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#,
        "gauge-3",
    )
    .expect("a drawing");
    assert!(drawing.contains(&format!("{DRAWING_FILE_ATTRIBUTE}=\"gauge-3\"")));
}

/// The index block reads back as the dataset's index whatever its text holds, and closes no element.
#[test]
fn the_plan_index_block_holds_any_text_as_data() {
    let mut dataset = test_plan().clone();
    dataset.document.short_title = "</script><script>alert(1)</script><!--".to_owned();
    dataset.document.number = "&lt;\u{2028}\"'".to_owned();
    let html = Html::parse_document(&page(Route::Overview, &dataset));
    assert_eq!(count(&html, "script"), 1, "only the index block");
    let selector = Selector::parse(&format!("script#{PLAN_INDEX_ID}")).expect("a selector");
    let block = html.select(&selector).next().expect("the index block");
    assert_eq!(block.value().attr("type"), Some("application/json"));
    let json: serde_json::Value =
        serde_json::from_str(&block.text().collect::<String>()).expect("JSON");
    let index = PlanIndex::of(&dataset);
    assert_eq!(
        json,
        serde_json::to_value(&index).expect("the index as JSON")
    );
    assert_eq!(json["short_title"], dataset.document.short_title);
    assert_eq!(index.clone().checked(), Some(index));
}

#[test]
fn not_found_has_no_index_block() {
    let text = page(Route::NotFound, test_plan());
    assert!(!text.contains(PLAN_INDEX_ID));
}
