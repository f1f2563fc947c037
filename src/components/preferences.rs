//! The reader's preferences: colour scheme and motion from media queries, and the 大字版
//! (elderly-friendly, large-text) mode the reader switches in the masthead.
//!
//! Every preference renders at its default first, as the pre-rendered page does, and is read from
//! the browser in an effect after hydration.

use yew::prelude::*;

/// What the views and charts need to know about the reader's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preferences {
    pub dark: bool,
    pub reduced_motion: bool,
    /// The 大字版: larger text and targets. Remembered in `localStorage` where it works.
    pub large_text: bool,
    /// The 大字版 is on but could not be remembered (storage blocked): it lasts for this visit only.
    pub large_text_unsaved: bool,
}

/// Switches the 大字版 on or off.
#[derive(Clone, PartialEq)]
pub struct LargeTextSwitch(pub Callback<bool>);

/// The preferences in effect; the light, animated, normal-size defaults before the page has been read.
#[hook]
pub fn use_preferences() -> Preferences {
    use_context::<Preferences>().unwrap_or_default()
}

/// Whether the 大字版 is on, and the callback that switches it.
#[hook]
pub fn use_large_text() -> (bool, Callback<bool>) {
    let on = use_preferences().large_text;
    let switch = use_context::<LargeTextSwitch>()
        .map(|switch| switch.0)
        .unwrap_or_else(|| Callback::from(|_| ()));
    (on, switch)
}

#[derive(Properties, PartialEq)]
pub struct PreferencesProviderProps {
    pub children: Html,
}

/// Provides `Preferences` and the `LargeTextSwitch`. Follows `prefers-color-scheme` and
/// `prefers-reduced-motion`, including changes while the page is open; sets the 大字版 from
/// storage after hydration and marks `<html class="large-text">` while it is on.
#[component]
pub fn PreferencesProvider(props: &PreferencesProviderProps) -> Html {
    let media = use_state(Preferences::default);
    let large_text = use_state(|| false);
    let unsaved = use_state(|| false);
    {
        let media = media.clone();
        let large_text = large_text.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listeners = {
                if browser::stored_large_text() {
                    large_text.set(true);
                }
                browser::follow(move |current| media.set(current))
            };
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (media, large_text);
            move || {
                #[cfg(target_arch = "wasm32")]
                drop(listeners);
            }
        });
    }
    use_effect_with(*large_text, |on| {
        #[cfg(target_arch = "wasm32")]
        browser::mark_root(*on);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = on;
    });
    let switch = {
        let large_text = large_text.clone();
        let unsaved = unsaved.clone();
        LargeTextSwitch(Callback::from(move |on: bool| {
            #[cfg(target_arch = "wasm32")]
            let stored = browser::store_large_text(on);
            #[cfg(not(target_arch = "wasm32"))]
            let stored = true;
            unsaved.set(on && !stored);
            large_text.set(on);
        }))
    };
    let preferences = Preferences {
        large_text: *large_text,
        large_text_unsaved: *unsaved,
        ..*media
    };
    html! {
        <ContextProvider<Preferences> context={preferences}>
            <ContextProvider<LargeTextSwitch> context={switch}>
                { props.children.clone() }
            </ContextProvider<LargeTextSwitch>>
        </ContextProvider<Preferences>>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::rc::Rc;

    use gloo::events::EventListener;
    use wasm_bindgen::{JsCast, JsValue};

    use super::Preferences;

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

    fn read() -> Preferences {
        Preferences {
            dark: matches(DARK),
            reduced_motion: matches(REDUCED_MOTION),
            large_text: false,
            large_text_unsaved: false,
        }
    }

    /// Reports the media preferences now and whenever they change; the listeners stop when dropped.
    pub fn follow(report: impl Fn(Preferences) + 'static) -> Vec<EventListener> {
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

    /// Calls `target[method](...arguments)`; `None` if there is no such method or it throws.
    fn call(target: &JsValue, method: &str, arguments: &[&str]) -> Option<JsValue> {
        let function = js_sys::Reflect::get(target, &JsValue::from_str(method))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let arguments: js_sys::Array = arguments.iter().map(|a| JsValue::from_str(a)).collect();
        function.apply(target, &arguments).ok()
    }

    /// `window.localStorage`, if the page may use it. Merely reading the property throws in a
    /// sandboxed iframe and where the reader blocks site data; that is caught here.
    fn storage() -> Option<JsValue> {
        js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("localStorage"))
            .ok()
            .filter(|storage| storage.is_object())
    }

    /// Whether the reader turned the 大字版 on during an earlier visit.
    pub fn stored_large_text() -> bool {
        storage()
            .and_then(|storage| call(&storage, "getItem", &[STORAGE_KEY]))
            .and_then(|value| value.as_string())
            .is_some_and(|value| value == LARGE)
    }

    /// Remembers the 大字版 for later visits, where storage works; says whether it could.
    pub fn store_large_text(on: bool) -> bool {
        let Some(storage) = storage() else {
            return false;
        };
        let done = if on {
            call(&storage, "setItem", &[STORAGE_KEY, LARGE])
        } else {
            call(&storage, "removeItem", &[STORAGE_KEY])
        };
        done.is_some()
    }

    /// Puts `large-text` on `<html>` or takes it off.
    pub fn mark_root(on: bool) {
        let class_list = gloo::utils::document()
            .document_element()
            .and_then(|root| js_sys::Reflect::get(&root, &JsValue::from_str("classList")).ok());
        if let Some(class_list) = class_list {
            let method = if on { "add" } else { "remove" };
            let _ = call(&class_list, method, &[ROOT_CLASS]);
        }
    }
}
