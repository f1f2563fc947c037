//! Tells an embedding page how tall the widget is, in pym.js's message format, so that the host's
//! iframe follows the content: `pym` `xPYMx` id `xPYMx` `height` `xPYMx` pixels.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Keeps the observer alive; stops reporting when dropped.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn start_height_reports() -> Option<HeightReporter> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let location = window.location();
    let id = child_id(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )?;
    let body = gloo::utils::document().body()?;
    let report = {
        let body = body.clone();
        move || {
            let height = body.get_bounding_client_rect().height().ceil() as u32;
            let _ = parent.post_message(&JsValue::from_str(&height_message(&id, height)), "*");
        }
    };
    report();
    let callback = Closure::<dyn FnMut()>::new(report);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}

/// The separator of pym.js v1 messages.
pub const PYM_SEPARATOR: &str = "xPYMx";

/// The height message for child `id`.
pub fn height_message(id: &str, height: u32) -> String {
    format!("pym{PYM_SEPARATOR}{id}{PYM_SEPARATOR}height{PYM_SEPARATOR}{height}")
}

/// The pym.js child id in a location's query or hash query (`?childId=…`), if any.
pub fn child_id(search: &str, hash: &str) -> Option<String> {
    [search, hash]
        .into_iter()
        .filter_map(|part| {
            part.split_once('?')
                .map(|(_, query)| query)
                .or(part.strip_prefix('?'))
        })
        .flat_map(|query| query.split('&'))
        .find_map(|pair| pair.strip_prefix("childId="))
        .and_then(|id| urlencoding::decode(id).ok())
        .map(|id| id.into_owned())
        .filter(|id| !id.is_empty() && id.len() <= 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages() {
        assert_eq!(
            height_message("yitu-0", 1234),
            "pymxPYMxyitu-0xPYMxheightxPYMx1234"
        );
    }

    #[test]
    fn child_ids_from_query_or_hash() {
        assert_eq!(
            child_id("?initialWidth=375&childId=yitu-0", ""),
            Some("yitu-0".into())
        );
        assert_eq!(
            child_id("", "#/indicator/3?initialWidth=375&childId=pym%201"),
            Some("pym 1".into())
        );
        assert_eq!(child_id("?initialWidth=375", "#/indicator/3"), None);
        assert_eq!(child_id("", ""), None);
    }
}
