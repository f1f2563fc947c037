//! What changes outside the view when the view changes: the title, scroll, focus and an announcement.

use yew::prelude::*;

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
            #[cfg(target_arch = "wasm32")]
            {
                let document = gloo::utils::document();
                document.set_title(&title);
                // Tests and embedding pages wait for this mark: the app has hydrated and routes.
                if let Some(root) = document.document_element() {
                    let _ = root.set_attribute("data-app", "ready");
                }
                if navigated {
                    focus_heading();
                }
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

#[cfg(target_arch = "wasm32")]
fn focus_heading() {
    use wasm_bindgen::JsCast;
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    let heading = gloo::utils::document()
        .query_selector("#main h1")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}
