//! The matrix's sideways scroll.

use wasm_bindgen::JsCast;

/// The DOM id of the matrix's scrolling box.
pub const MATRIX_SCROLL_ID: &str = "matrix-scroll";
const SCROLL_ID: &str = MATRIX_SCROLL_ID;

/// Scrolls the matrix sideways so the chosen department's column sits just right of the task column.
pub fn reveal_matrix_column(slug: &str) {
    let document = gloo::utils::document();
    let header = document
        .get_element_by_id(&format!("matrix-col-{slug}"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let corner = document
        .query_selector(&format!("#{SCROLL_ID} .matrix__corner"))
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

/// Writes the matrix's table again, as the filter has it.
pub fn show_matrix_table(table: &str) {
    if let Some(scroll) = gloo::utils::document().get_element_by_id(SCROLL_ID) {
        scroll.set_inner_html(table);
    }
}
