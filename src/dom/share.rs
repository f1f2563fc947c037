//! The browser's side of sharing: the share sheet, the clipboard, the link, and the card drawn on a
//! canvas and downloaded. Every JavaScript call is made through a binding that returns a `Result`,
//! or through `Reflect` where web-sys's binding does not (`navigator.share` and `navigator.clipboard`
//! are missing in some browsers and in insecure pages, and calling a missing one through web-sys
//! would end the app); every promise is awaited with its rejection handled: no feature a browser
//! lacks or refuses ends in a panic or in silence.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::route::Route;
use crate::share::{share_link, share_param};

/// What the share sheet did.
pub enum ShareSheet {
    Shared,
    /// The reader closed it.
    Closed,
    /// There is none, or it failed: the link is copied instead.
    Unavailable,
}

/// Opens the phone's share sheet (`navigator.share`) with the view's title, text and link.
pub async fn share_sheet(title: &str, text: &str, url: &str) -> ShareSheet {
    let Some(navigator) = navigator().filter(|navigator| method(navigator, "share").is_some())
    else {
        return ShareSheet::Unavailable;
    };
    let data = Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        let _ = Reflect::set(&data, &key.into(), &value.into());
    }
    match call(&navigator, "share", &data).await {
        Ok(_) => ShareSheet::Shared,
        Err(error) if name_of(&error).as_deref() == Some("AbortError") => ShareSheet::Closed,
        Err(_) => ShareSheet::Unavailable,
    }
}

/// Puts `text` on the clipboard; says whether the browser let it.
pub async fn copy_text(text: &str) -> bool {
    match navigator().and_then(|navigator| get(&navigator, "clipboard")) {
        Some(clipboard) => call(&clipboard, "writeText", &text.into()).await.is_ok(),
        None => false,
    }
}

/// The link to share: under the embedding article where the widget's URL names one
/// (`?share=`, in this URL or the one the page was first loaded with), else the view's own page.
pub fn share_link_of(route: &Route) -> String {
    let window = gloo::utils::window();
    let base = get(&gloo::utils::document().into(), "baseURI")
        .and_then(|base| base.as_string())
        .or_else(|| window.location().href().ok())
        .unwrap_or_default();
    let article = window
        .location()
        .search()
        .ok()
        .and_then(|search| share_param(&search))
        .or_else(first_url_article);
    share_link(route, &base, article.as_deref())
}

/// `?share=` in the URL this document was loaded with: in-page navigation drops the query.
fn first_url_article() -> Option<String> {
    let performance = get(&js_sys::global(), "performance")?;
    let entries = method(&performance, "getEntriesByType")?
        .call1(&performance, &"navigation".into())
        .ok()?
        .dyn_into::<Array>()
        .ok()?;
    let url = get(&entries.get(0), "name")?.as_string()?;
    share_param(&url)
}

/// The SVG drawn on a canvas of the given size, as the object URL of a PNG.
pub async fn rasterise(svg: &str, width: u32, height: u32) -> Result<String, JsValue> {
    use web_sys::{Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlCanvasElement, Url};
    let parts = Array::of1(&JsValue::from_str(svg));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let svg_url = Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&svg_url);
    let result = JsFuture::from(loaded).await;
    image.set_onload(None);
    image.set_onerror(None);
    let _ = Url::revoke_object_url(&svg_url);
    result?;
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()
        .map_err(JsValue::from)?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()
        .map_err(JsValue::from)?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width),
        f64::from(height),
    )?;
    let png = Promise::new(&mut |resolve, reject| {
        if let Err(error) = canvas.to_blob_with_type(&resolve, "image/png") {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    });
    let png = JsFuture::from(png).await?;
    let png: Blob = png
        .dyn_into()
        .map_err(|_| JsValue::from("toBlob gave no image"))?;
    Url::create_object_url_with_blob(&png)
}

/// Starts a download of `url` as `file`. A sandboxed frame (opaque origin) may not download; there
/// the picture in the panel is the way to save it.
pub fn download(url: &str, file: &str) {
    if super::opaque_origin() {
        return;
    }
    let document = gloo::utils::document();
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    anchor.set_href(url);
    anchor.set_download(file);
    let _ = anchor.set_attribute("hidden", "");
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        anchor.remove();
    }
}

fn navigator() -> Option<JsValue> {
    get(&js_sys::global(), "navigator")
}

/// A property that is neither undefined nor null.
fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    get(target, name)?.dyn_into::<Function>().ok()
}

/// Calls a method that returns a promise, and awaits it.
async fn call(target: &JsValue, name: &str, argument: &JsValue) -> Result<JsValue, JsValue> {
    let method = method(target, name).ok_or_else(|| JsValue::from_str("missing"))?;
    let promise = method
        .call1(target, argument)?
        .dyn_into::<Promise>()
        .map_err(|_| JsValue::from_str("not a promise"))?;
    JsFuture::from(promise).await
}

/// The `name` of a DOMException, such as `AbortError`.
fn name_of(error: &JsValue) -> Option<String> {
    get(error, "name")?.as_string()
}
