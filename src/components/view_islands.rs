//! The interactive parts of a view: its islands, rendered live into the view's pre-rendered page.
//!
//! A view's page marks each interactive part with a host element (`data-island`). In the browser,
//! once a view is shown (the page opened, taken over by hydrating, or the next view's fetched
//! content), [`ViewIslands`] empties those hosts and renders the live parts into them through
//! portals: the share control and the matrix's filter. They render as the page has them, so the
//! reader sees no change, and they share the app's context (the router, the preferences).

use yew::prelude::*;

use super::matrix::{MatrixFilter, MATRIX_FILTER_ISLAND};
use super::share::{ShareControlOfView, SHARE_ISLAND};
use super::use_shown;
use crate::route::Route;

/// The island hosts of the view shown, found after it was shown; numbered by view, so that each
/// view's islands are new components.
#[derive(Clone, PartialEq, Default)]
struct Hosts {
    view: u32,
    hosts: Vec<(String, web_sys::Element)>,
}

/// Renders the islands of the view shown, live, into their hosts in the page. Natively it
/// renders nothing: the views write their islands themselves.
#[component]
pub fn ViewIslands() -> Html {
    let shown = use_shown();
    let hosts = use_state(Hosts::default);
    {
        let hosts = hosts.clone();
        use_effect_with(shown.clone(), move |_| {
            hosts.set(Hosts {
                view: hosts.view.wrapping_add(1),
                hosts: crate::dom::take_island_hosts(),
            })
        });
    }
    let islands = hosts.hosts.iter().enumerate().map(|(index, (name, host))| {
        html! {
            <IslandPortal
                key={format!("{}-{index}", hosts.view)}
                name={AttrValue::from(name.clone())}
                host={host.clone()}
                route={shown.route.clone()}
            />
        }
    });
    html! { <>{ for islands }</> }
}

#[derive(Properties, PartialEq)]
struct IslandPortalProps {
    name: AttrValue,
    host: web_sys::Element,
    route: Route,
}

/// One island, rendered into its host. A new host gets a new portal: a portal listens for events
/// on the host it was made for.
#[component]
fn IslandPortal(props: &IslandPortalProps) -> Html {
    let island = match props.name.as_str() {
        SHARE_ISLAND => html! { <ShareControlOfView route={props.route.clone()} /> },
        MATRIX_FILTER_ISLAND => html! { <MatrixFilter /> },
        _ => return Html::default(),
    };
    create_portal(island, props.host.clone())
}
