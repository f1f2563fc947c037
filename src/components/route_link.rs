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
        let listener =
            router.map(|router| crate::dom::follow_links(move |route| router.push(route)));
        move || drop(listener)
    });
    html! {}
}
