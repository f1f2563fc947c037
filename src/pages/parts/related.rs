//! A detail view's section of links to related views, and what it says when there are none.

use yew::prelude::*;

use crate::islands::RouteLink;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RelatedProps {
    /// The heading's id, which labels the section.
    pub heading_id: AttrValue,
    pub heading: AttrValue,
    /// The list's class.
    pub class: AttrValue,
    pub items: Vec<Html>,
    /// Said when there are no items, before a link to the overview (没有…).
    pub none: AttrValue,
    /// What the overview shows instead (全部…).
    pub everything: AttrValue,
}

/// A titled list of related views; with none, a pointer to the overview, so the reader is never
/// left at an empty heading.
#[component]
pub fn Related(props: &RelatedProps) -> Html {
    html! {
        <section class="block" aria-labelledby={props.heading_id.clone()}>
            <h2 class="section-banner section-banner--minor" id={props.heading_id.clone()}>{ props.heading.clone() }</h2>
            if props.items.is_empty() {
                <p class="muted">
                    { format!("{}。可在", props.none) }
                    <RouteLink to={Route::Overview}>{ "总览" }</RouteLink>
                    { format!("中查看{}。", props.everything) }
                </p>
            } else {
                <ul class={props.class.clone()}>{ for props.items.iter().cloned() }</ul>
            }
        </section>
    }
}
