//! The reader's preferences: colour scheme and motion from media queries, and the 大字版
//! (elderly-friendly, large-text) mode the reader switches in the masthead.
//!
//! Every preference renders at its default first, as the pre-rendered page does, and is read from
//! the browser in an effect once the app has started.

use yew::prelude::*;

use crate::dom;

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
/// storage once the app has started and marks `<html class="large-text">` while it is on.
#[component]
pub fn PreferencesProvider(props: &PreferencesProviderProps) -> Html {
    let media = use_state(Preferences::default);
    let large_text = use_state(|| false);
    let unsaved = use_state(|| false);
    {
        let media = media.clone();
        let large_text = large_text.clone();
        use_effect_with((), move |_| {
            if dom::stored_large_text() {
                large_text.set(true);
            }
            let listeners = dom::follow_media(move |current| {
                media.set(Preferences {
                    dark: current.dark,
                    reduced_motion: current.reduced_motion,
                    ..Preferences::default()
                })
            });
            move || drop(listeners)
        });
    }
    use_effect_with(*large_text, |on| dom::mark_large_text(*on));
    let switch = {
        let large_text = large_text.clone();
        let unsaved = unsaved.clone();
        LargeTextSwitch(Callback::from(move |on: bool| {
            let stored = dom::store_large_text(on);
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
