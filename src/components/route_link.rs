//! Links between views: real `<a href>` that work without JavaScript, routed in place with it.
//!
//! The links are plain anchors, cheap to pre-render and to hydrate. One listener on the document
//! ([`LinkRoutes`]) follows clicks on them with the History API, so the page is not reloaded.

use yew::prelude::*;

use crate::model::dataset;
use crate::route::Route;

/// A link to a view. Its `href` is relative to the page's `<base href>`, so it works from any
/// sub-path; `class` may be empty.
pub fn route_link(to: Route, class: &'static str, children: Html) -> Html {
    let class = (!class.is_empty()).then_some(class);
    html! {
        <a href={to.relative_href()} {class}>{ children }</a>
    }
}

/// Department names, each a link to its view, separated by `、`; "无" when there are none.
pub fn department_links(names: &[String]) -> Html {
    if names.is_empty() {
        return html! { <span class="muted">{ "无" }</span> };
    }
    let dataset = dataset();
    let links = names.iter().enumerate().map(|(index, name)| {
        let link = match dataset.department_by_name(name) {
            Some(department) => route_link(
                Route::Department {
                    slug: department.slug.clone(),
                },
                "dept-link",
                html! { { name } },
            ),
            None => html! { <span>{ name }</span> },
        };
        html! { <>{ if index > 0 { "、" } else { "" } }{ link }</> }
    });
    html! { <span class="dept-links">{ for links }</span> }
}

/// Renders nothing. In the browser it follows plain clicks on links to views inside the widget in
/// place. Where the History API is unusable (a sandboxed iframe has an opaque origin), and for
/// anything that is not a view (downloads, other sites, new tabs), the browser follows the link.
#[component]
pub fn LinkRoutes() -> Html {
    let router = super::use_router();
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        let listener = router.map(browser::follow_links);
        #[cfg(not(target_arch = "wasm32"))]
        let listener = router;
        move || drop(listener)
    });
    html! {}
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::components::Router;
    use crate::route::Route;
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;

    /// Listens for clicks on the document and routes those on links to views.
    pub fn follow_links(router: Router) -> EventListener {
        let document = gloo::utils::document();
        EventListener::new_with_options(
            &document,
            "click",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() else {
                    return;
                };
                if let Some(route) = clicked_route(event) {
                    event.prevent_default();
                    router.push(route);
                }
            },
        )
    }

    /// The view a plain click on a link inside the widget opens, if it should open in place.
    fn clicked_route(event: &web_sys::MouseEvent) -> Option<Route> {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if event.default_prevented() || modified || event.button() != 0 {
            return None;
        }
        if !crate::browser::history_works() {
            return None;
        }
        let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        let anchor = target
            .closest("#app a[href]")
            .ok()??
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        if anchor.has_attribute("download") || !anchor.target().is_empty() {
            return None;
        }
        let base = gloo::utils::document().base_uri().ok()??;
        let path = anchor.href().strip_prefix(&base)?.to_owned();
        if path.contains(['?', '#']) {
            return None;
        }
        match Route::from_path(&format!("/{path}")) {
            Route::NotFound => None,
            route => Some(route),
        }
    }
}
