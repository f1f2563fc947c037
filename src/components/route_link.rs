//! Links between views: real `<a href>` that work without JavaScript, routed in place with it.
//!
//! The links are plain anchors, cheap to pre-render. One listener on the document
//! ([`FollowLinksInPlace`]) follows clicks on them with the History API, so the page is not
//! reloaded.

use yew::prelude::*;

use crate::model::dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    /// The view the link opens.
    pub to: Route,
    #[prop_or_default]
    pub class: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a view. Its `href` is relative to the page's `<base href>`, so it works from any
/// sub-path.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    html! {
        <a href={props.to.relative_href()} class={props.class.clone()}>{ props.children.clone() }</a>
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
            Some(department) => html! {
                <RouteLink to={Route::Department { slug: department.slug.clone() }} class="dept-link">
                    { name }
                </RouteLink>
            },
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
pub fn FollowLinksInPlace() -> Html {
    let router = super::use_router();
    use_effect_with((), move |_| {
        let listener =
            router.map(|router| crate::dom::follow_links(move |route| router.push(route)));
        move || drop(listener)
    });
    html! {}
}
