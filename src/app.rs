//! The component tree: the views, and the parts every view shares. The same tree is rendered
//! natively into each page file and hydrated in the browser.

use yew::prelude::*;

use crate::components::{
    use_shown, Charts, EmbedBridge, FollowLinksInPlace, HashRoutes, Island, Masthead, PageEffects,
    PreferencesProvider, Prerendered, PrerenderedView, RouterProvider, ViewIslands,
};
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
                // Three islands, each live in a task of its own: the listeners, the masthead,
                // and the view's islands.
                <Island>
                    <HashRoutes />
                    <FollowLinksInPlace />
                    <Charts />
                    <EmbedBridge />
                    <PageEffects />
                </Island>
                <Island>
                    <Masthead />
                </Island>
                <Island>
                    <ViewIslands />
                </Island>
                <main id="main" class="page" tabindex="-1">
                    <View />
                </main>
                <Prerendered>{ footer() }</Prerendered>
            </PreferencesProvider>
        </div>
    }
}

/// The view shown: pre-rendered natively; in the browser, taken over from the page opened, and
/// after a move the content of the next view's page (see `RouterProvider`).
#[component]
fn View() -> Html {
    let shown = use_shown();
    html! {
        <PrerenderedView content={shown.content}>{ view_of(&shown.route) }</PrerenderedView>
    }
}

/// The components of a route's view, rendered natively only: the browser build holds none of them.
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

#[cfg(target_arch = "wasm32")]
fn view_of(_: &Route) -> Html {
    Html::default()
}

/// The site's footer, rendered natively only: the browser takes it over as pre-rendered.
#[cfg(not(target_arch = "wasm32"))]
fn footer() -> Html {
    html! { <crate::components::SiteFooter /> }
}

#[cfg(target_arch = "wasm32")]
fn footer() -> Html {
    Html::default()
}
