//! Opens the view a hash names (`#/indicator/3`), once the app has started.

use yew::prelude::*;

/// Renders nothing. In the browser it maps the location's hash onto a route on load and on
/// `hashchange`, replacing the URL with the view's own page URL.
#[component]
pub fn HashRoutes() -> Html {
    let router = super::use_router();
    let index = crate::plan_index::use_plan_index();
    use_effect_with(index, move |index| {
        let index = index.clone();
        let listener = {
            let follow = move || {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                let Some(route) = crate::route::Route::from_hash(&hash, &index) else {
                    return;
                };
                match router.as_ref() {
                    Some(router) if crate::dom::history_works() => router.replace(route),
                    _ => crate::dom::open_page(&route, crate::dom::Entry::Current),
                }
            };
            follow();
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                follow()
            })
        };
        move || drop(listener)
    });
    html! {}
}
