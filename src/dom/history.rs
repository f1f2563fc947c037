//! The address bar: the route it names, and moves written into the history.

use crate::route::Route;

/// Whether a move adds a history entry or takes the place of the current one.
pub enum Entry {
    New,
    Current,
}

/// The route the address names: its path below the page's `<base href>`, as the build wrote
/// each view's page there. Both are absolute URLs, so the one starts with the other.
pub fn route_of_address() -> Route {
    let address = gloo::utils::window().location().href().unwrap_or_default();
    let base = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    let below_base = address
        .strip_prefix(&base)
        .map(|below_base| below_base.split(['?', '#']).next().unwrap_or_default());
    match below_base {
        Some(path) => Route::from_path(&format!("/{path}")),
        None => Route::NotFound,
    }
}

/// Writes the view's own page address into the history; relative addresses resolve against
/// the page's `<base href>`.
pub fn write_history(route: &Route, entry: Entry) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let href = route.relative_href();
    let _ = match entry {
        Entry::New => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href)),
        Entry::Current => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
        }
    };
}
