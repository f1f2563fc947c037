//! What changes outside the view when the view changes: the title, scroll, focus and an announcement.

use yew::prelude::*;

use crate::dom;

/// Sets `document.title` for the current view. After an in-page navigation it scrolls to the top,
/// moves focus to the new view's heading and announces the new title through a polite live region.
/// The region renders empty, on the server and in the browser's first render, so hydration matches.
#[component]
pub fn PageEffects() -> Html {
    let route = super::use_route();
    let first = use_mut_ref(|| true);
    let announcement = use_state(String::new);
    {
        let announcement = announcement.clone();
        use_effect_with(route, move |route| {
            let title = crate::meta::page_title(route, crate::model::dataset());
            let navigated = !std::mem::replace(&mut *first.borrow_mut(), false);
            dom::set_title(&title);
            dom::mark_page_ready();
            if navigated {
                dom::focus_heading();
            }
            if navigated {
                announcement.set(title);
            }
        });
    }
    html! {
        <p id="route-announcer" class="visually-hidden" aria-live="polite" aria-atomic="true">
            { (*announcement).clone() }
        </p>
    }
}
