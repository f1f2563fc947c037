//! Links between views: real `<a href>` that work without JavaScript, routed in place with it.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::model::dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a view. Its `href` is relative to the page's `<base href>`, so it works from any sub-path.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
            if modified || event.button() != 0 {
                return;
            }
            // Where the History API is unusable (a sandboxed iframe has an opaque origin), the
            // browser follows the link to the view's own page instead.
            if let Some(navigator) = navigator
                .as_ref()
                .filter(|_| crate::browser::history_works())
            {
                event.prevent_default();
                navigator.push(&to);
            }
        })
    };
    html! {
        <a href={props.to.relative_href()} class={props.class.clone()} {onclick}>
            { props.children.clone() }
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct DepartmentLinksProps {
    pub names: Vec<String>,
}

/// Department names, each a link to its view, separated by `、`; "无" when there are none.
#[component]
pub fn DepartmentLinks(props: &DepartmentLinksProps) -> Html {
    if props.names.is_empty() {
        return html! { <span class="muted">{ "无" }</span> };
    }
    let dataset = dataset();
    let links = props.names.iter().enumerate().map(|(index, name)| {
        let link = match dataset.department_by_name(name) {
            Some(department) => html! {
                <RouteLink to={Route::Department { slug: department.slug.clone() }} class="dept-link">{ name }</RouteLink>
            },
            None => html! { <span>{ name }</span> },
        };
        html! { <>{ if index > 0 { "、" } else { "" } }{ link }</> }
    });
    html! { <span class="dept-links">{ for links }</span> }
}
