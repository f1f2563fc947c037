//! Chart drawings fetched into their boxes after a move in the app or in the 大字版.

use web_sys::Element;

use crate::charts::{drawing_file, TextSize};
use crate::contract::{CHART_ATTRIBUTE, DRAWING_FILE_ATTRIBUTE};

/// What a box says when its drawing cannot be fetched.
const UNAVAILABLE: &str = "图表暂时无法显示，数据见上下文字。";

/// Asks for the drawing at `text` size in every chart box on the page that does not show it.
pub fn fill_chart_boxes(text: TextSize) {
    for chart_box in
        super::elements(gloo::utils::document().query_selector_all(&format!("[{CHART_ATTRIBUTE}]")))
    {
        let Some(key) = chart_box.get_attribute(CHART_ATTRIBUTE) else {
            continue;
        };
        let file = drawing_file(&key, text);
        if shown_file(&chart_box).as_deref() == Some(file.as_str()) {
            continue;
        }
        // The newest wish wins when the reader switches sizes before a drawing arrives.
        let _ = chart_box.set_attribute("data-want", &file);
        wasm_bindgen_futures::spawn_local(fill(chart_box, file));
    }
}

/// The file of the drawing a box shows, named on its root (see `site::themed_svg`).
fn shown_file(chart_box: &Element) -> Option<String> {
    chart_box
        .query_selector("svg")
        .ok()
        .flatten()?
        .get_attribute(DRAWING_FILE_ATTRIBUTE)
}

/// Fetches one drawing and puts it into its box, unless a newer one was asked for meanwhile. A
/// box left with no drawing says so; the text around it carries the data.
async fn fill(chart_box: Element, file: String) {
    let drawing = super::fetch_text(&format!("charts/{file}.svg")).await;
    if chart_box.get_attribute("data-want").as_deref() != Some(file.as_str()) {
        return;
    }
    match drawing {
        Some(svg) => chart_box.set_inner_html(&svg),
        None if shown_file(&chart_box).is_none() => {
            if let Ok(note) = gloo::utils::document().create_element("p") {
                note.set_class_name("chart__fallback");
                note.set_text_content(Some(UNAVAILABLE));
                chart_box.replace_children_with_node_1(&note);
            }
        }
        None => {}
    }
}
