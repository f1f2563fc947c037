//! What is rendered only into pages, natively, at build: the frame of every page ([`Page`]), one
//! file per view, and the parts they are made of (`parts`). None of it reaches the browser's app,
//! which keeps the page as it is and makes only its islands live (`islands`).
//!
//! The views read the dataset and the build year from a [`PageContext`], given as a value.

mod department;
mod indicator;
mod not_found;
mod overview;
pub mod parts;
mod task;

use std::rc::Rc;

use yew::prelude::*;

pub use department::DepartmentPage;
pub use indicator::IndicatorPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use task::TaskPage;

use crate::contract::{ANNOUNCER_ID, ISLAND_CLASS, MAIN_ID, MASTHEAD_ISLAND};
use crate::islands::{Masthead, PreferencesProvider, RouterProvider};
use crate::model::Dataset;
use crate::plan_index::PlanIndex;
use crate::route::Route;

/// What every view is rendered from: the dataset, and the year the site is built in (the plan's
/// status is told as of then).
#[derive(Debug, Clone, PartialEq)]
pub struct PageContext {
    pub dataset: Rc<Dataset>,
    pub build_year: u16,
}

impl PageContext {
    pub fn new(dataset: Dataset, build_year: u16) -> Self {
        PageContext {
            dataset: Rc::new(dataset),
            build_year,
        }
    }
}

/// The dataset the page is rendered from.
#[hook]
pub fn use_dataset() -> Rc<Dataset> {
    use_page_context().dataset
}

/// The year the site is built in.
#[hook]
pub fn use_build_year() -> u16 {
    use_page_context().build_year
}

#[hook]
fn use_page_context() -> PageContext {
    use_context::<PageContext>().expect("every view is rendered inside `Page`, which gives it")
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The view the page is for.
    pub route: Route,
    pub context: PageContext,
}

/// A view's page as the build writes it: the parts every view shares and the view. The masthead
/// sits in its island's host, which the app renders live; the route announcer is empty until a
/// move in the app (`PageEffects`).
#[component]
pub fn Page(props: &PageProps) -> Html {
    let index = Rc::new(PlanIndex::of(&props.context.dataset));
    html! {
        <ContextProvider<PageContext> context={props.context.clone()}>
        <ContextProvider<Rc<PlanIndex>> context={index}>
        <RouterProvider route={props.route.clone()}>
            <PreferencesProvider>
                <div class="site">
                    <p
                        id={ANNOUNCER_ID}
                        class="visually-hidden"
                        aria-live="polite"
                        aria-atomic="true"
                    ></p>
                    <div class={ISLAND_CLASS} data-island={MASTHEAD_ISLAND}>
                        <Masthead />
                    </div>
                    <main id={MAIN_ID} class="page" tabindex="-1">
                        { view_of(&props.route) }
                    </main>
                    <parts::SiteFooter />
                </div>
            </PreferencesProvider>
        </RouterProvider>
        </ContextProvider<Rc<PlanIndex>>>
        </ContextProvider<PageContext>>
    }
}

/// The components of a route's view.
fn view_of(route: &Route) -> Html {
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
