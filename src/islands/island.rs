//! The live parts of a page: islands, each made live in a task of its own.
//!
//! The build writes every page in full (see `app::Page`), and the browser keeps it as it is: the
//! app renders no view and no frame. What answers the reader are a few islands:
//! - the listeners (links followed in place, hash routes, charts, the embedding page's height, what
//!   a move changes outside the view), which render nothing;
//! - the masthead with its 大字版 switch, rendered live into its host in the page (`data-island`);
//! - the view's islands (`ViewIslands`): the share control and the matrix's filter.
//!
//! The app mounts them one a task: each island's first render runs its own code for the first time,
//! which the browser compiles then, so one task for all of them would be one long task. A phone
//! answers the reader between short tasks.

use std::cell::RefCell;
use std::collections::VecDeque;

use yew::prelude::*;

thread_local! {
    /// The islands mounted and not yet live, in the page's order: each a way to make it live.
    static WAITING_ISLANDS: RefCell<VecDeque<Box<dyn FnOnce()>>> =
        const { RefCell::new(VecDeque::new()) };
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    /// The name (`data-island`) of the island's host in the page, whose pre-rendered content the
    /// live part replaces; none for parts that render nothing.
    #[prop_or_default]
    pub host: Option<&'static str>,
    pub children: Html,
}

/// Whether an island is live yet, and where it renders.
#[derive(Clone, PartialEq)]
enum Stage {
    Waiting,
    /// Live, in its host (emptied) if it has one and the page has it.
    Live(Option<web_sys::Element>),
}

/// An interactive part of the page: it renders nothing until its turn comes, a task or more after
/// the app was mounted, then its children, into its host in the page if it names one.
#[component]
pub fn Island(props: &IslandProps) -> Html {
    let stage = use_state_eq(|| Stage::Waiting);
    {
        let go_live = stage.setter();
        let host = props.host;
        use_effect_with((), move |_| {
            wait_for_turn(Box::new(move || {
                go_live.set(Stage::Live(host.and_then(crate::dom::emptied_island_host)))
            }));
        });
    }
    match (&*stage, props.host) {
        (Stage::Live(Some(host)), Some(_)) => create_portal(props.children.clone(), host.clone()),
        (Stage::Live(_), None) => props.children.clone(),
        _ => Html::default(),
    }
}

/// Queues an island. The first one queued starts the islands going live, one a task, in the order
/// they were queued; a task after the last one, the page is marked ready (`dom::mark_page_ready`).
fn wait_for_turn(go_live: Box<dyn FnOnce()>) {
    let first = WAITING_ISLANDS.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        waiting.push_back(go_live);
        waiting.len() == 1
    });
    if first {
        wasm_bindgen_futures::spawn_local(async {
            loop {
                crate::dom::next_task().await;
                let Some(go_live) = next_waiting_island() else {
                    // Every island is live: the page answers the reader in full.
                    crate::dom::mark_page_ready();
                    break;
                };
                go_live();
            }
        });
    }
}

/// The island queued first and not yet live.
fn next_waiting_island() -> Option<Box<dyn FnOnce()>> {
    WAITING_ISLANDS.with(|waiting| waiting.borrow_mut().pop_front())
}
