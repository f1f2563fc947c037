//! What changes outside the view when the view changes: the title, scroll, focus and an announcement.

use yew::prelude::*;

use crate::dom;

/// Renders nothing. After a move in the app it sets the title and description of the new view
/// (from its page), scrolls to the top, moves focus to the new view's heading and announces the new
/// title through the page's polite live region (`#route-announcer`).
#[component]
pub fn PageEffects() -> Html {
    let shown = super::use_shown();
    let first = use_mut_ref(|| true);
    use_effect_with(shown, move |shown| {
        let navigated = !std::mem::replace(&mut *first.borrow_mut(), false);
        if navigated {
            dom::set_title(&shown.title);
            dom::set_description(&shown.description);
            dom::focus_heading();
            dom::announce(&shown.title);
        }
    });
    html! {}
}
