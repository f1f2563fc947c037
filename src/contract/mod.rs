//! The markup contract between the page writer (natively, at build) and the app (in the browser):
//! every id, attribute, class and island name that one side writes and the other looks for. Both
//! sides use these constants, so that a name cannot change on one side only; `tests` below render
//! pages natively and find each one where the app will look for it.

/// The element that holds a view's content; a move in the app replaces what it holds.
pub const MAIN_ID: &str = "main";
/// The start of that element as the page writer writes it, which the app finds in fetched pages.
pub const MAIN_START: &str = r#"<main id="main""#;
/// The polite live region that announces the view after a move.
pub const ANNOUNCER_ID: &str = "route-announcer";
/// The JSON block that holds the plan's index (`plan_index::PlanIndex`).
pub const PLAN_INDEX_ID: &str = "plan-index";
/// The note the app shows above the page if it stops on a fault.
pub const APP_ERROR_ID: &str = "app-error";
/// The matrix's scrolling box, which its filter's buttons control.
pub const MATRIX_SCROLL_ID: &str = "matrix-scroll";

/// An island's host element names its island in this attribute.
pub const ISLAND_ATTRIBUTE: &str = "data-island";
/// The class of every island's host element.
pub const ISLAND_CLASS: &str = "island";
/// The masthead, with the 大字版 switch; outside the view.
pub const MASTHEAD_ISLAND: &str = "masthead";
/// A view's share control.
pub const SHARE_ISLAND: &str = "share";
/// The matrix's department filter.
pub const MATRIX_FILTER_ISLAND: &str = "matrix-filter";

/// A chart's box names its chart in this attribute (`charts::ChartKind::key`).
pub const CHART_ATTRIBUTE: &str = "data-chart";
/// A chart's drawing names its file (under `charts/`, without `.svg`) in this attribute.
pub const DRAWING_FILE_ATTRIBUTE: &str = "data-file";

/// The matrix filter's buttons: what the status line then says, the table's caption, the
/// department's column and slug.
pub const FILTER_STATUS_ATTRIBUTE: &str = "data-status";
pub const FILTER_CAPTION_ATTRIBUTE: &str = "data-caption";
pub const FILTER_COLUMN_ATTRIBUTE: &str = "data-column";
pub const FILTER_SLUG_ATTRIBUTE: &str = "data-slug";
/// The matrix's parts that the filter changes.
pub const MATRIX_STATUS_CLASS: &str = "matrix__status";
pub const MATRIX_ROW_CLASS: &str = "matrix__row";
pub const MATRIX_CORNER_CLASS: &str = "matrix__corner";
pub const MATRIX_ACTIVE_COLUMN_CLASS: &str = "matrix__col--active";
/// The matrix's caption, which the filter rewrites.
pub const MATRIX_CAPTION_ID: &str = "matrix-caption";

/// The id of a department's column header in the matrix, which the filter marks.
pub fn matrix_column_id(slug: &str) -> String {
    format!("matrix-col-{slug}")
}

/// The index block as the page writer writes it: JSON inside a data block, with `<`, `>` and `&`
/// escaped, so that no text of the plan can close the element or start markup.
pub fn plan_index_block(json: &str) -> String {
    let escaped = json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!(r#"<script type="application/json" id="{PLAN_INDEX_ID}">{escaped}</script>"#)
}

#[cfg(test)]
mod tests;
