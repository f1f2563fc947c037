//! The view shown, and moves between views with the History API.
//!
//! The page the reader opened names its view, so the app starts from that route (read once in
//! `main.rs`, or given when pre-rendering) and holds it in state; the page has the view's content.
//! A move inside the app fetches the next view's pre-rendered page (`dom::fetch_view`), puts its
//! content into `<main>` (`dom::show_view_content`), and pushes or replaces a history entry with
//! the view's own page address; the back and forward buttons (`popstate`) read the route again
//! from the address and fetch its page. So the app never builds a view itself: it holds no view's
//! code, only the islands'.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::dom;
use crate::route::Route;

/// The view shown: its route, and its title and description as the page of that route has them.
/// They are empty for the view of the page that was opened, which has them already.
#[derive(Clone, PartialEq)]
pub struct Shown {
    pub route: Route,
    pub title: AttrValue,
    pub description: AttrValue,
}

impl Shown {
    /// The view of the page that was opened.
    fn opened(route: Route) -> Self {
        Shown {
            route,
            title: AttrValue::default(),
            description: AttrValue::default(),
        }
    }
}

/// What views read: the view shown, and a way to open another.
#[derive(Clone, PartialEq)]
pub struct Router {
    shown: Shown,
    open: Callback<(Route, Move)>,
}

/// How a move is written into the history.
#[derive(Clone, Copy, PartialEq)]
pub enum Move {
    /// A new history entry, as following a link does.
    New,
    /// In place of the current entry, as a redirect does.
    Replace,
    /// The entry is already there: the back or forward button was pressed.
    Travel,
}

impl Router {
    /// Opens a view as a new history entry, as following a link does.
    pub fn push(&self, route: Route) {
        self.open.emit((route, Move::New));
    }

    /// Opens a view in place of the current history entry, as a redirect does.
    pub fn replace(&self, route: Route) {
        self.open.emit((route, Move::Replace));
    }
}

#[derive(Properties, PartialEq)]
pub struct RouterProviderProps {
    /// The view of the page that was opened.
    pub route: Route,
    pub children: Html,
}

/// Holds the view shown and gives it, with [`Router`], to every component below.
#[component]
pub fn RouterProvider(props: &RouterProviderProps) -> Html {
    let shown = use_state_eq(|| Shown::opened(props.route.clone()));
    // Counts the moves asked for, so that only the newest one is shown when pages arrive out of order.
    let moves = use_memo((), |_| Rc::new(Cell::new(0u32)));
    // The route shown, for the moves to compare with.
    let current = use_mut_ref(|| props.route.clone());
    let index = crate::plan_index::use_plan_index();
    let open = {
        let set_shown = shown.setter();
        let moves = (*moves).clone();
        use_callback(index, move |(route, how): (Route, Move), index| {
            let this_move = moves.get().wrapping_add(1);
            moves.set(this_move);
            // A route naming nothing in the dataset (an old link) shows the not-found view.
            let shown_route = if route.exists_in(index) {
                route.clone()
            } else {
                Route::NotFound
            };
            if shown_route == *current.borrow() {
                // The view is shown already (a link to it, a fragment in it): only the address changes.
                dom::mark_loading(false);
                write_history(&route, how);
                return;
            }
            let (set_shown, moves, current) = (set_shown.clone(), moves.clone(), current.clone());
            wasm_bindgen_futures::spawn_local(async move {
                dom::mark_loading(true);
                let page = dom::fetch_view(&shown_route).await;
                if moves.get() != this_move {
                    return;
                }
                dom::mark_loading(false);
                let Some(page) = page else {
                    // Without the page's content (offline, a server fault) the browser loads the page.
                    let entry = match how {
                        Move::New => dom::Entry::New,
                        Move::Replace | Move::Travel => dom::Entry::Current,
                    };
                    dom::open_page(&route, entry);
                    return;
                };
                write_history(&route, how);
                dom::show_view_content(&page.content);
                *current.borrow_mut() = shown_route.clone();
                set_shown.set(Shown {
                    route: shown_route,
                    title: AttrValue::from(page.title),
                    description: AttrValue::from(page.description),
                });
            });
        })
    };
    {
        let open = open.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    open.emit((dom::route_of_address(), Move::Travel))
                });
            move || drop(listener)
        });
    }
    let router = Router {
        shown: (*shown).clone(),
        open,
    };
    html! {
        <ContextProvider<Router> context={router}>
            { props.children.clone() }
        </ContextProvider<Router>>
    }
}

/// Writes a move into the history; the back and forward buttons have written theirs.
fn write_history(route: &Route, how: Move) {
    match how {
        Move::New => dom::write_history(route, dom::Entry::New),
        Move::Replace => dom::write_history(route, dom::Entry::Current),
        Move::Travel => {}
    }
}

/// The route shown; not-found outside a [`RouterProvider`].
#[hook]
pub fn use_route() -> Route {
    use_context::<Router>()
        .map(|router| router.shown.route)
        .unwrap_or(Route::NotFound)
}

/// The view shown; not-found outside a [`RouterProvider`].
#[hook]
pub fn use_shown() -> Shown {
    use_context::<Router>()
        .map(|router| router.shown)
        .unwrap_or_else(|| Shown::opened(Route::NotFound))
}

/// The way to open other views, inside a [`RouterProvider`].
#[hook]
pub fn use_router() -> Option<Router> {
    use_context::<Router>()
}
