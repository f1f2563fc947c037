//! The app: it mounts beside the pre-rendered page and makes the page's interactive parts live,
//! as islands (see [`super::Island`]). It builds no view and no frame: it keeps the page as it is.

use std::rc::Rc;

use yew::prelude::*;

use super::{
    Charts, EmbedBridge, FollowLinksInPlace, HashRoutes, Island, Masthead, PageEffects,
    PreferencesProvider, RouterProvider, ViewIslands,
};
use crate::contract::MASTHEAD_ISLAND;
use crate::plan_index::PlanIndex;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The view of the page: the one it was pre-rendered for, which the browser reads from its
    /// address (see `main.rs`).
    pub route: Route,
    /// What the app knows of the plan, read from the page (see `plan_index`).
    pub index: Rc<PlanIndex>,
}

/// The app, starting at one view. It renders nothing where it is mounted: its parts are islands,
/// each live in a task of its own, in order: the router, the reader's preferences, the listeners,
/// the masthead, and the view's islands. The providers are islands too, so that each task runs
/// little code for the first time.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Rc<PlanIndex>> context={props.index.clone()}>
            <Island>
                <RouterProvider route={props.route.clone()}>
                    <Island>
                        <PreferencesProvider>
                            <Island>
                                <HashRoutes />
                                <FollowLinksInPlace />
                                <Charts />
                                <EmbedBridge />
                                <PageEffects />
                            </Island>
                            <Island host={MASTHEAD_ISLAND}>
                                <Masthead />
                            </Island>
                            <Island>
                                <ViewIslands />
                            </Island>
                        </PreferencesProvider>
                    </Island>
                </RouterProvider>
            </Island>
        </ContextProvider<Rc<PlanIndex>>>
    }
}
