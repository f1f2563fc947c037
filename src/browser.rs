//! Small facts about the browser the app runs in. Natively (pre-rendering) they describe a
//! browser where everything works, since nothing there is ever asked.

/// Whether the History API can change the URL. It cannot in a document with an opaque origin,
/// such as a sandboxed iframe without `allow-same-origin`; there links load the view's own page.
pub fn history_works() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window().origin() != "null"
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        true
    }
}

/// Opens a view by loading its page file, for when the History API cannot be used.
#[cfg(target_arch = "wasm32")]
pub fn load_page(route: &crate::route::Route) {
    let _ = gloo::utils::window()
        .location()
        .replace(&route.relative_href());
}
