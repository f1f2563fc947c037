//! The navigation around a detail view: the breadcrumb above it and the pager below it.

use yew::prelude::*;

use crate::islands::RouteLink;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct BreadcrumbProps {
    /// Where the view is, after 总览.
    pub here: AttrValue,
}

/// 总览 › where the view is.
#[component]
pub fn Breadcrumb(props: &BreadcrumbProps) -> Html {
    html! {
        <nav class="breadcrumb" aria-label="位置">
            <RouteLink to={Route::Overview}>{ "总览" }</RouteLink>
            <span aria-hidden="true">{ " › " }</span>
            <span>{ props.here.clone() }</span>
        </nav>
    }
}

/// The ids before and after `id` in `ids` (the document's order, whatever the 序号 are).
pub fn neighbours(ids: &[u32], id: u32) -> (Option<u32>, Option<u32>) {
    let position = ids.iter().position(|other| *other == id).unwrap_or(0);
    let previous = position.checked_sub(1).and_then(|index| ids.get(index));
    (previous.copied(), ids.get(position + 1).copied())
}

/// A neighbouring view in a pager: where it goes and what the link says.
#[derive(Clone, PartialEq)]
pub struct PagerLink {
    pub to: Route,
    pub text: String,
}

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// What the pager moves between, for screen readers (其他指标).
    pub label: AttrValue,
    #[prop_or_default]
    pub previous: Option<PagerLink>,
    /// The link back to the overview.
    pub overview: AttrValue,
    #[prop_or_default]
    pub next: Option<PagerLink>,
}

/// The links to the previous view, the overview and the next view.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let link = |link: &Option<PagerLink>, class: &'static str| {
        link.as_ref().map(|link| {
            html! { <RouteLink to={link.to.clone()} {class}>{ link.text.clone() }</RouteLink> }
        })
    };
    html! {
        <nav class="pager" aria-label={props.label.clone()}>
            { for link(&props.previous, "pager__previous pill") }
            <RouteLink to={Route::Overview} class="pager__overview pill">{ props.overview.clone() }</RouteLink>
            { for link(&props.next, "pager__next pill") }
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::neighbours;

    #[test]
    fn neighbours_follow_the_order_given_not_the_ids() {
        let ids = [3, 1, 7];
        assert_eq!(neighbours(&ids, 3), (None, Some(1)));
        assert_eq!(neighbours(&ids, 1), (Some(3), Some(7)));
        assert_eq!(neighbours(&ids, 7), (Some(1), None));
        assert_eq!(neighbours(&[5], 5), (None, None));
    }
}
