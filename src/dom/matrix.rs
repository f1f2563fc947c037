//! The matrix's department filter, working on the table the page has, and its sideways scroll.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::contract::{
    matrix_column_id, FILTER_CAPTION_ATTRIBUTE, FILTER_COLUMN_ATTRIBUTE, FILTER_SLUG_ATTRIBUTE,
    FILTER_STATUS_ATTRIBUTE, MATRIX_ACTIVE_COLUMN_CLASS, MATRIX_CAPTION_ID, MATRIX_CORNER_CLASS,
    MATRIX_ROW_CLASS, MATRIX_SCROLL_ID, MATRIX_STATUS_CLASS,
};
use crate::route::Route;

const SCROLL_ID: &str = MATRIX_SCROLL_ID;

/// Scrolls the matrix sideways so the chosen department's column sits just right of the task column.
fn reveal_matrix_column(slug: &str) {
    let document = gloo::utils::document();
    let header = document
        .get_element_by_id(&matrix_column_id(slug))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let corner = document
        .query_selector(&format!("#{SCROLL_ID} .{MATRIX_CORNER_CLASS}"))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(scroll), Some(header), Some(corner)) =
        (document.get_element_by_id(SCROLL_ID), header, corner)
    else {
        return;
    };
    let left = header.offset_left() - corner.offset_width() - header.offset_width();
    scroll.set_scroll_left(left.max(0));
}

/// Follows clicks on the filter's buttons in `host`: the button pressed shows its department's
/// tasks (or every task), as it says in its `data-status` and `data-caption`.
pub fn follow_matrix_filter(host: &Element) -> EventListener {
    let filter = host.clone();
    EventListener::new(host, "click", move |event| {
        let button = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|target| {
                target
                    .closest(&format!("button[{FILTER_STATUS_ATTRIBUTE}]"))
                    .ok()
                    .flatten()
            });
        if let Some(button) = button {
            choose(&filter, &button);
        }
    })
}

/// Shows what `button` stands for: presses it alone, says what the matrix shows, and shows the
/// department's column and tasks only (with no `data-column`, every task).
fn choose(filter: &Element, button: &Element) {
    let column: Option<usize> = button
        .get_attribute(FILTER_COLUMN_ATTRIBUTE)
        .and_then(|column| column.parse().ok());
    for chip in each(filter, &format!("button[{FILTER_STATUS_ATTRIBUTE}]")) {
        let pressed = chip == *button;
        let _ = chip.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        let _ = chip
            .class_list()
            .toggle_with_force("chip--pressed", pressed);
    }
    let document = gloo::utils::document();
    if let Some(caption) = document.get_element_by_id(MATRIX_CAPTION_ID) {
        caption.set_text_content(button.get_attribute(FILTER_CAPTION_ATTRIBUTE).as_deref());
    }
    if let Some(status) = filter
        .query_selector(&format!(".{MATRIX_STATUS_CLASS}"))
        .ok()
        .flatten()
    {
        write_status(&status, button);
    }
    let Some(table) = document.get_element_by_id(SCROLL_ID) else {
        return;
    };
    for marked in each(&table, &format!(".{MATRIX_ACTIVE_COLUMN_CLASS}")) {
        let _ = marked.class_list().remove_1(MATRIX_ACTIVE_COLUMN_CLASS);
    }
    for row in each(&table, "tr") {
        let cells = each(&row, "td");
        let cell = column.and_then(|column| cells.get(column));
        if let Some(cell) = cell {
            let _ = cell.class_list().add_1(MATRIX_ACTIVE_COLUMN_CLASS);
        }
        if row.class_list().contains(MATRIX_ROW_CLASS) {
            let hidden =
                column.is_some() && cell.is_none_or(|cell| cell.child_element_count() == 0);
            let _ = row.toggle_attribute_with_force("hidden", hidden);
        }
    }
    // A section with none of the department's tasks goes, heading and all.
    for section in each(&table, "tbody") {
        let empty = section
            .query_selector(&format!("tr.{MATRIX_ROW_CLASS}:not([hidden])"))
            .ok()
            .flatten()
            .is_none();
        let _ = section.toggle_attribute_with_force("hidden", empty);
    }
    if let Some(slug) = button.get_attribute(FILTER_SLUG_ATTRIBUTE) {
        if let Some(header) = document.get_element_by_id(&matrix_column_id(&slug)) {
            let _ = header.class_list().add_1(MATRIX_ACTIVE_COLUMN_CLASS);
        }
        reveal_matrix_column(&slug);
    }
}

/// The status line: what the button says, and with a department a link to its view.
fn write_status(status: &Element, button: &Element) {
    let document = gloo::utils::document();
    status.set_text_content(None);
    let (Some(slug), Ok(words), Ok(link)) = (
        button.get_attribute(FILTER_SLUG_ATTRIBUTE),
        document.create_element("span"),
        document.create_element("a"),
    ) else {
        status.set_text_content(button.get_attribute(FILTER_STATUS_ATTRIBUTE).as_deref());
        return;
    };
    words.set_text_content(button.get_attribute(FILTER_STATUS_ATTRIBUTE).as_deref());
    let name = button.text_content().unwrap_or_default();
    let _ = link.set_attribute("href", &Route::Department { slug }.relative_href());
    link.set_class_name("matrix__status-link");
    link.set_text_content(Some(&format!("查看{name}的分工 ›")));
    let _ = status.append_with_node_2(&words, &link);
}

/// The elements below `root` that `selector` matches, in order.
fn each(root: &Element, selector: &str) -> Vec<Element> {
    super::elements(root.query_selector_all(selector))
}
