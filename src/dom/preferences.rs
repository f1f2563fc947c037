//! The reader's settings in the browser: media queries, and the 大字版 remembered in `localStorage`.

use std::rc::Rc;

use gloo::events::EventListener;

const DARK: &str = "(prefers-color-scheme: dark)";
const REDUCED_MOTION: &str = "(prefers-reduced-motion: reduce)";
/// The `localStorage` key of the 大字版, and the class it puts on `<html>`.
/// `src/site/starter.js` reads this key too, to put the 大字版 on before the first paint.
const STORAGE_KEY: &str = "yitu:text-size";
const LARGE: &str = "large";
const ROOT_CLASS: &str = "large-text";

fn matches(query: &str) -> bool {
    gloo::utils::window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// What the reader's system asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Media {
    pub dark: bool,
    pub reduced_motion: bool,
}

fn read() -> Media {
    Media {
        dark: matches(DARK),
        reduced_motion: matches(REDUCED_MOTION),
    }
}

/// Reports the media preferences now and whenever they change; the listeners stop when dropped.
pub fn follow_media(report: impl Fn(Media) + 'static) -> Vec<EventListener> {
    let report = Rc::new(report);
    report(read());
    [DARK, REDUCED_MOTION]
        .into_iter()
        .filter_map(|query| gloo::utils::window().match_media(query).ok().flatten())
        .map(|list| {
            let report = report.clone();
            EventListener::new(&list, "change", move |_| report(read()))
        })
        .collect()
}

/// `window.localStorage`, if the page may use it. Merely reading it throws in a sandboxed iframe
/// and where the reader blocks site data; web-sys returns that as an error.
fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Whether the reader turned the 大字版 on during an earlier visit.
pub fn stored_large_text() -> bool {
    storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .is_some_and(|value| value == LARGE)
}

/// Remembers the 大字版 for later visits, where storage works; says whether it could.
pub fn store_large_text(on: bool) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    let done = if on {
        storage.set_item(STORAGE_KEY, LARGE)
    } else {
        storage.remove_item(STORAGE_KEY)
    };
    done.is_ok()
}

/// Puts `large-text` on `<html>` or takes it off.
pub fn mark_large_text(on: bool) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.class_list().toggle_with_force(ROOT_CLASS, on);
    }
}
