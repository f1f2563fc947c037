//! The interactive parts of a view: its islands, made live in the view's pre-rendered page.
//!
//! A view's page marks each interactive part with a host element (`data-island`). In the browser,
//! once a view is shown (the page opened, or the next view's content put into `<main>` after a
//! move), [`ViewIslands`] makes them live:
//! - the share control is rendered live into its emptied host through a portal, as the page has
//!   it, so the reader sees no change; it shares the app's context (the router, the preferences);
//! - the matrix's filter stays as the page has it, and a listener follows its buttons
//!   (`dom::follow_matrix_filter`), working on the table the page has.

use yew::prelude::*;

use super::share::ShareControlOfView;
use super::use_shown;
use crate::contract::{MATRIX_FILTER_ISLAND, SHARE_ISLAND};
use crate::route::Route;

/// The island hosts of the view shown, found after it was shown; numbered by view, so that each
/// view's islands are new components.
#[derive(Clone, PartialEq, Default)]
struct Hosts {
    view: u32,
    hosts: Vec<(String, web_sys::Element)>,
}

/// Makes the islands of the view shown live. Natively it renders nothing: the views write their
/// islands themselves.
#[component]
pub fn ViewIslands() -> Html {
    let shown = use_shown();
    let hosts = use_state(Hosts::default);
    {
        let hosts = hosts.clone();
        use_effect_with(shown.clone(), move |_| {
            let found = crate::dom::island_hosts();
            // The live share control takes the pre-rendered one's place, in this task, before
            // the browser paints.
            for (_, host) in found.iter().filter(|(name, _)| name == SHARE_ISLAND) {
                crate::dom::empty_island_host(host);
            }
            hosts.set(Hosts {
                view: hosts.view.wrapping_add(1),
                hosts: found,
            })
        });
    }
    let islands = hosts.hosts.iter().enumerate().map(|(index, (name, host))| {
        let key = format!("{}-{index}", hosts.view);
        let host = host.clone();
        match name.as_str() {
            SHARE_ISLAND => html! { <SharePortal {key} {host} route={shown.route.clone()} /> },
            MATRIX_FILTER_ISLAND => html! { <MatrixFilter {key} {host} /> },
            _ => Html::default(),
        }
    });
    html! { <>{ for islands }</> }
}

#[derive(Properties, PartialEq)]
struct SharePortalProps {
    host: web_sys::Element,
    route: Route,
}

/// The share control, rendered live into its emptied host. A new host gets a new portal: a portal
/// listens for events on the host it was made for.
#[component]
fn SharePortal(props: &SharePortalProps) -> Html {
    create_portal(
        html! { <ShareControlOfView route={props.route.clone()} /> },
        props.host.clone(),
    )
}

#[derive(Properties, PartialEq)]
struct MatrixFilterProps {
    host: web_sys::Element,
}

/// Follows the matrix filter's buttons in its host while the view is shown. Renders nothing.
#[component]
fn MatrixFilter(props: &MatrixFilterProps) -> Html {
    use_effect_with(props.host.clone(), |host| {
        let listener = crate::dom::follow_matrix_filter(host);
        move || drop(listener)
    });
    Html::default()
}
