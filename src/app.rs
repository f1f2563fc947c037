//! The component tree: a router around the views. `App` runs in the browser, `StaticApp` pre-renders.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    Charts, EmbedBridge, HashRoutes, LinkRoutes, Masthead, PageEffects, PreferencesProvider,
    Prerendered, SiteFooter,
};
use crate::pages::{DepartmentPage, IndicatorPage, NotFoundPage, OverviewPage, TaskPage};
use crate::route::Route;

/// The browser app: the router reads the path under `<base href>`.
#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <Shell />
        </BrowserRouter>
    }
}

#[derive(Properties, PartialEq)]
pub struct StaticAppProps {
    /// The route's path, such as `/indicator/3/`.
    pub path: AttrValue,
}

/// The same tree for one path, rendered natively into a page file.
#[component]
pub fn StaticApp(props: &StaticAppProps) -> Html {
    html! {
        <Router history={yew_router::history::AnyHistory::from(yew_router::history::MemoryHistory::with_entries(vec![props.path.to_string()]))}>
            <Shell />
        </Router>
    }
}

/// The parts every view shares.
#[component]
fn Shell() -> Html {
    html! {
        <PreferencesProvider>
            <HashRoutes />
            <LinkRoutes />
            <Charts />
            <EmbedBridge />
            <PageEffects />
            <Masthead />
            <main id="main" class="page" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <Prerendered><SiteFooter /></Prerendered>
        </PreferencesProvider>
    }
}

/// The view for each route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Overview => html! { <OverviewPage /> },
        Route::Indicator { id } => html! { <IndicatorPage {id} /> },
        Route::Task { id } => html! { <TaskPage {id} /> },
        Route::Department { slug } => html! { <DepartmentPage slug={AttrValue::from(slug)} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
