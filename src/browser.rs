//! Small facts about the browser the app runs in. Natively (pre-rendering) they describe a
//! browser where everything works, since nothing there is ever asked.

/// Whether the document has an opaque origin, as in a sandboxed iframe without `allow-same-origin`.
/// There the History API cannot change the URL and downloads are refused.
pub fn opaque_origin() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window().origin() == "null"
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// Whether the History API can change the URL; where it cannot, links load the view's own page.
pub fn history_works() -> bool {
    !opaque_origin()
}

/// Resolves in a later task (a zero-delay timeout), so that the browser can paint and answer the
/// reader in between.
#[cfg(target_arch = "wasm32")]
pub async fn next_task() {
    let timeout = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(timeout).await;
}

/// Opens a view by loading its page file, for when the History API cannot be used.
#[cfg(target_arch = "wasm32")]
pub fn load_page(route: &crate::route::Route) {
    let _ = gloo::utils::window()
        .location()
        .replace(&route.relative_href());
}
