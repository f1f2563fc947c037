//! Clicks on links to views, followed in place with the History API.

use crate::route::Route;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// Listens for clicks on the document and opens, with `open`, the views of those on links to views.
pub fn follow_links(open: impl Fn(Route) + 'static) -> EventListener {
    let document = gloo::utils::document();
    EventListener::new_with_options(
        &document,
        "click",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            if let Some(route) = clicked_route(event) {
                event.prevent_default();
                open(route);
            }
        },
    )
}

/// The view a plain click on a link inside the widget opens, if it should open in place.
fn clicked_route(event: &web_sys::MouseEvent) -> Option<Route> {
    let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
    if event.default_prevented() || modified || event.button() != 0 {
        return None;
    }
    if !super::history_works() {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target
        .closest("#app a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    if anchor.has_attribute("download") || !anchor.target().is_empty() {
        return None;
    }
    let base = gloo::utils::document().base_uri().ok()??;
    let path = anchor.href().strip_prefix(&base)?.to_owned();
    if path.contains(['?', '#']) {
        return None;
    }
    match Route::from_path(&format!("/{path}")) {
        Route::NotFound => None,
        route => Some(route),
    }
}
