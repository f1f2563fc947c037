//! Every call the app makes to the browser, by what it is for. Components call these only from
//! effects and callbacks, which pre-rendering (natively) never runs: so the components have no
//! `target_arch` fences, and these functions need none either.

mod charts;
mod embed;
mod history;
mod links;
mod matrix;
mod page;
mod plan_index;
mod preferences;
mod share;
mod views;

pub use charts::fill_chart_boxes;
pub use embed::{start_height_reports, HeightReporter};
pub use history::{route_of_address, write_history, Entry};
pub use links::follow_links;
pub use matrix::follow_matrix_filter;
pub use page::{
    announce, description, focus_heading, mark_app, mark_page_ready, set_description, set_title,
    title,
};
pub use plan_index::read_plan_index;
pub use preferences::{follow_media, mark_large_text, store_large_text, stored_large_text, Media};
pub use share::{copy_text, download, rasterise, share_link_of, share_sheet, ShareSheet};
pub use views::{
    emptied_island_host, empty_island_host, fetch_view, island_hosts, mark_loading,
    show_view_content, view_page, ViewPage,
};

/// Whether the document has an opaque origin, as in a sandboxed iframe without `allow-same-origin`.
/// There the History API cannot change the URL and downloads are refused.
pub fn opaque_origin() -> bool {
    gloo::utils::window().origin() == "null"
}

/// Whether the History API can change the URL; where it cannot, links load the view's own page.
pub fn history_works() -> bool {
    !opaque_origin()
}

/// Resolves in a later task (a zero-delay timeout), so that the browser can paint and answer the
/// reader in between.
pub async fn next_task() {
    let timeout = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(timeout).await;
}

/// Resolves once the document is parsed in full (at once if it is), so that what the page writer
/// put at its end, such as the plan's index, is there.
pub async fn document_parsed() {
    let document = gloo::utils::document();
    if document.ready_state() != "loading" {
        return;
    }
    let parsed = js_sys::Promise::new(&mut |resolve, _reject| {
        let listener =
            gloo::events::EventListener::once(&document, "DOMContentLoaded", move |_| {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            });
        listener.forget();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(parsed).await;
}

/// Opens a view by loading its page file, in a new history entry (as a plain link does) or in place
/// of the current one.
pub fn open_page(route: &crate::route::Route, entry: Entry) {
    let location = gloo::utils::window().location();
    let href = route.relative_href();
    let _ = match entry {
        Entry::New => location.assign(&href),
        Entry::Current => location.replace(&href),
    };
}

/// Focuses a text field and selects its text.
pub fn select_field(input: &yew::NodeRef) {
    if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// Focuses an element.
pub fn focus_node(element: &yew::NodeRef) {
    if let Some(element) = element.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The text of a same-origin file, relative to the page's `<base href>`.
pub async fn fetch_text(path: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(path))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The elements a `query_selector_all` found, in document order; none if the query failed.
pub(crate) fn elements(
    found: Result<web_sys::NodeList, wasm_bindgen::JsValue>,
) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Ok(found) = found else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}
