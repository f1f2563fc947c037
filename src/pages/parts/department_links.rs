//! Department names as links to their views.

use yew::prelude::*;

use crate::islands::RouteLink;
use crate::model::Dataset;
use crate::route::Route;

/// Department names, each a link to its view, separated by `、`; "无" when there are none.
pub fn department_links(dataset: &Dataset, names: &[String]) -> Html {
    department_links_or(dataset, names, "无")
}

/// A task's lead units as links, or that the notice names none (未明确牵头单位).
pub fn lead_links(dataset: &Dataset, names: &[String]) -> Html {
    department_links_or(dataset, names, crate::model::NO_LEAD)
}

/// The departments as links, or `none` in muted words where there are none.
fn department_links_or(dataset: &Dataset, names: &[String], none: &str) -> Html {
    if names.is_empty() {
        return html! { <span class="muted">{ none.to_owned() }</span> };
    }
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
