//! Loads the local ECharts bundle once, on first need, from the widget's own origin.

use std::cell::RefCell;

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The bundle's path relative to the page's `<base href>`: its content-hashed name, which the
/// build writes into the starter script's `data-echarts` attribute (see `site::PageTemplate`).
fn echarts_src() -> Option<String> {
    gloo::utils::document()
        .query_selector("script[data-echarts]")
        .ok()??
        .get_attribute("data-echarts")
}

thread_local! {
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Resolves when the global `echarts` exists; fails if its script cannot be loaded.
pub async fn load() -> Result<(), JsValue> {
    if has_echarts() {
        return Ok(());
    }
    let promise = LOADING.with(|loading| loading.borrow_mut().get_or_insert_with(inject).clone());
    JsFuture::from(promise).await.map(|_| ())
}

fn has_echarts() -> bool {
    js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("echarts"))
        .map(|value| !value.is_undefined())
        .unwrap_or(false)
}

/// Adds the script tag once and returns a promise of its load.
fn inject() -> Promise {
    Promise::new(&mut |resolve, reject| {
        let document = gloo::utils::document();
        let Ok(script) = document.create_element("script") else {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("cannot create script"));
            return;
        };
        let Some(src) = echarts_src() else {
            let _ = reject.call1(
                &JsValue::NULL,
                &JsValue::from_str("no ECharts bundle named"),
            );
            return;
        };
        let script: web_sys::HtmlScriptElement = script.unchecked_into();
        script.set_src(&src);
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            // Let a later chart try again.
            LOADING.with(|loading| loading.borrow_mut().take());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("echarts failed to load"));
        });
        script.set_onload(Some(on_load.unchecked_ref()));
        script.set_onerror(Some(on_error.unchecked_ref()));
        let _ = gloo::utils::head().append_child(&script);
    })
}
