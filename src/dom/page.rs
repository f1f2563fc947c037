//! The page around the view: its title, the mark that the app is ready, and focus after a move.

use wasm_bindgen::JsCast;

pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// The page's title, as the page or the last move set it.
pub fn title() -> String {
    gloo::utils::document().title()
}

/// The page's `<meta name="description">`, as the page or the last move set it.
pub fn description() -> String {
    description_meta()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

pub fn set_description(description: &str) {
    if let Some(meta) = description_meta() {
        let _ = meta.set_attribute("content", description);
    }
}

fn description_meta() -> Option<web_sys::Element> {
    gloo::utils::document()
        .query_selector(r#"meta[name="description"]"#)
        .ok()
        .flatten()
}

/// Announces a text through the page's polite live region (`#route-announcer`).
pub fn announce(text: &str) {
    if let Some(region) = gloo::utils::document().get_element_by_id(crate::contract::ANNOUNCER_ID) {
        region.set_text_content(Some(text));
    }
}

/// Marks `<html data-app="ready">`: the app has started and every island is live (it routes, and
/// the masthead and share controls answer). Tests and embedding pages wait for it.
pub fn mark_page_ready() {
    mark_app("ready");
}

/// Marks how far the app got on `<html data-app>`: `ready`, `failed` (it stopped on a fault) or
/// `no-index` (the page has no usable plan index, so it did not start).
pub fn mark_app(state: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-app", state);
    }
}

/// After a move in the app: scrolls to the top and moves focus to the new view's heading.
pub fn focus_heading() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    let heading = gloo::utils::document()
        .query_selector(&format!("#{} h1", crate::contract::MAIN_ID))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}
