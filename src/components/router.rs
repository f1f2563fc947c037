//! The view shown, and moves between views with the History API.
//!
//! The page the reader opened names its view, so the app starts from that route (read once in
//! `main.rs`, or given when pre-rendering) and holds it in state. Moves inside the app push or
//! replace a history entry with the view's own page address; the back and forward buttons
//! (`popstate`) read the route again from the address.

use yew::prelude::*;

use crate::dom;
use crate::route::Route;

/// What views read: the route shown, and a way to open another.
#[derive(Clone, PartialEq)]
pub struct Router {
    route: Route,
    set_route: UseStateSetter<Route>,
}

impl Router {
    /// Opens a view as a new history entry, as following a link does.
    pub fn push(&self, route: Route) {
        dom::write_history(&route, dom::Entry::New);
        self.set_route.set(route);
    }

    /// Opens a view in place of the current history entry, as a redirect does.
    pub fn replace(&self, route: Route) {
        dom::write_history(&route, dom::Entry::Current);
        self.set_route.set(route);
    }
}

#[derive(Properties, PartialEq)]
pub struct RouterProviderProps {
    /// The view of the page that was opened.
    pub route: Route,
    pub children: Html,
}

/// Holds the route shown and gives it, with [`Router`], to every component below.
#[component]
pub fn RouterProvider(props: &RouterProviderProps) -> Html {
    let route = use_state_eq(|| props.route.clone());
    {
        let set_route = route.setter();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    set_route.set(dom::route_of_address())
                });
            move || drop(listener)
        });
    }
    let router = Router {
        route: (*route).clone(),
        set_route: route.setter(),
    };
    html! {
        <ContextProvider<Router> context={router}>
            { props.children.clone() }
        </ContextProvider<Router>>
    }
}

/// The route shown; not-found outside a [`RouterProvider`].
#[hook]
pub fn use_route() -> Route {
    use_context::<Router>()
        .map(|router| router.route)
        .unwrap_or(Route::NotFound)
}

/// The way to open other views, inside a [`RouterProvider`].
#[hook]
pub fn use_router() -> Option<Router> {
    use_context::<Router>()
}
