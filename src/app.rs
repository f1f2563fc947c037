//! The component tree: the views, and the parts every view shares. The same tree is rendered
//! natively into each page file and hydrated in the browser.

use yew::prelude::*;

use crate::components::{
    use_route, Charts, EmbedBridge, FollowLinksInPlace, HashRoutes, Island, Masthead, PageEffects,
    PreferencesProvider, Prerendered, RouterProvider, SiteFooter,
};
use crate::pages::{DepartmentPage, IndicatorPage, NotFoundPage, OverviewPage, TaskPage};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The view of the page: the one it was pre-rendered for, which the browser reads from its
    /// address (see `main.rs`).
    pub route: Route,
}

/// The app, starting at one view.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <RouterProvider route={props.route.clone()}>
            <Shell />
        </RouterProvider>
    }
}

/// The parts every view shares, in one element: hydrating, Yew walks the nodes of a level once for
/// each component nested there, so the components above see one node rather than the whole page.
#[component]
fn Shell() -> Html {
    html! {
        <div class="site">
            <PreferencesProvider>
                <Island>
                    <HashRoutes />
                    <FollowLinksInPlace />
                    <Charts />
                    <EmbedBridge />
                    <PageEffects />
                    <Masthead />
                </Island>
                <main id="main" class="page" tabindex="-1">
                    <View />
                </main>
                <Prerendered><SiteFooter /></Prerendered>
            </PreferencesProvider>
        </div>
    }
}

/// The view of the route shown.
#[component]
fn View() -> Html {
    match use_route() {
        Route::Overview => html! { <OverviewPage /> },
        Route::Indicator { id } => html! { <IndicatorPage {id} /> },
        Route::Task { id } => html! { <TaskPage {id} /> },
        Route::Department { slug } => html! { <DepartmentPage slug={AttrValue::from(slug)} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
