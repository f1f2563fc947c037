//! The reader's colour scheme and motion preferences, read from media queries after the first render.

use yew::prelude::*;

use crate::charts::{Motion, Palette};

/// What the charts need to know about the reader's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preferences {
    pub dark: bool,
    pub reduced_motion: bool,
}

impl Preferences {
    pub fn palette(self) -> Palette {
        if self.dark {
            Palette::DARK
        } else {
            Palette::LIGHT
        }
    }

    pub fn motion(self) -> Motion {
        if self.reduced_motion {
            Motion::Reduced
        } else {
            Motion::Animated
        }
    }
}

/// The preferences in effect; the light, animated defaults before the page has been read.
#[hook]
pub fn use_preferences() -> Preferences {
    use_context::<Preferences>().unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct PreferencesProviderProps {
    pub children: Html,
}

/// Provides `Preferences`. Renders the defaults first (as the pre-rendered page does), then follows
/// `prefers-color-scheme` and `prefers-reduced-motion`, including changes while the page is open.
#[component]
pub fn PreferencesProvider(props: &PreferencesProviderProps) -> Html {
    let preferences = use_state(Preferences::default);
    {
        let preferences = preferences.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listeners = browser::follow(move |current| preferences.set(current));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = preferences;
            move || {
                #[cfg(target_arch = "wasm32")]
                drop(listeners);
            }
        });
    }
    html! {
        <ContextProvider<Preferences> context={*preferences}>
            { props.children.clone() }
        </ContextProvider<Preferences>>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::rc::Rc;

    use gloo::events::EventListener;

    use super::Preferences;

    const DARK: &str = "(prefers-color-scheme: dark)";
    const REDUCED_MOTION: &str = "(prefers-reduced-motion: reduce)";

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
        }
    }

    /// Reports the preferences now and whenever they change; the listeners stop when dropped.
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
}
