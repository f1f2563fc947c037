//! The app and the page. The build renders each view's [`Page`] natively into its page file; in the
//! browser, [`App`] mounts beside it and makes the page's interactive parts live, as islands (see
//! `components::Island`). The browser builds no view and no frame: it keeps the page as it is.

use yew::prelude::*;

use crate::components::{
    Charts, EmbedBridge, FollowLinksInPlace, HashRoutes, Island, Masthead, PageEffects,
    PreferencesProvider, RouterProvider, ViewIslands, MASTHEAD_ISLAND,
};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The view of the page: the one it was pre-rendered for, which the browser reads from its
    /// address (see `main.rs`).
    pub route: Route,
}

/// The app, starting at one view. It renders nothing where it is mounted: its parts are islands,
/// each live in a task of its own, in order: the router, the reader's preferences, the listeners,
/// the masthead, and the view's islands. The providers are islands too, so that each task runs
/// little code for the first time.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
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
    }
}

/// A view's page as the build writes it, natively: the parts every view shares and the view. The
/// masthead sits in its island's host, which the app renders live; the route announcer is empty
/// until a move in the app (`PageEffects`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn Page(props: &AppProps) -> Html {
    html! {
        <RouterProvider route={props.route.clone()}>
            <PreferencesProvider>
                <div class="site">
                    <p
                        id="route-announcer"
                        class="visually-hidden"
                        aria-live="polite"
                        aria-atomic="true"
                    ></p>
                    <div class="island" data-island={MASTHEAD_ISLAND}>
                        <Masthead />
                    </div>
                    <main id="main" class="page" tabindex="-1">
                        { view_of(&props.route) }
                    </main>
                    <crate::components::SiteFooter />
                </div>
            </PreferencesProvider>
        </RouterProvider>
    }
}

/// The components of a route's view.
#[cfg(not(target_arch = "wasm32"))]
fn view_of(route: &Route) -> Html {
    use crate::pages::{DepartmentPage, IndicatorPage, NotFoundPage, OverviewPage, TaskPage};
    match route {
        Route::Overview => html! { <OverviewPage /> },
        Route::Indicator { id } => html! { <IndicatorPage id={*id} /> },
        Route::Task { id } => html! { <TaskPage id={*id} /> },
        Route::Department { slug } => {
            html! { <DepartmentPage slug={AttrValue::from(slug.clone())} /> }
        }
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
