//! What changes outside the view when the view changes: the title, scroll, focus and an announcement.

use yew::prelude::*;

use crate::dom;

/// After a move in the app it sets the title and description of the new view (from its page),
/// scrolls to the top, moves focus to the new view's heading and announces the new title through a
/// polite live region. The region renders empty, on the server and in the browser's first render,
/// so hydration matches.
#[component]
pub fn PageEffects() -> Html {
    let shown = super::use_shown();
    let first = use_mut_ref(|| true);
    let announcement = use_state(AttrValue::default);
    {
        let announcement = announcement.clone();
        use_effect_with(shown, move |shown| {
            let navigated = !std::mem::replace(&mut *first.borrow_mut(), false);
            if navigated {
                dom::set_title(&shown.title);
                dom::set_description(&shown.description);
                dom::focus_heading();
                announcement.set(shown.title.clone());
            }
        });
    }
    html! {
        <p id="route-announcer" class="visually-hidden" aria-live="polite" aria-atomic="true">
            { (*announcement).clone() }
        </p>
    }
}
