//! Links between views: real `<a href>` that work without JavaScript, routed in place with it.
//!
//! The links are plain anchors, cheap to pre-render. One listener on the document
//! ([`FollowLinksInPlace`]) follows clicks on them with the History API, so the page is not
//! reloaded.

use yew::prelude::*;

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
