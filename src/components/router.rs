//! The view shown, and moves between views with the History API.
//!
//! The page the reader opened names its view, so the app starts from that route (read once in
//! `main.rs`, or given when pre-rendering) and holds it in state. Moves inside the app push or
//! replace a history entry with the view's own page address; the back and forward buttons
//! (`popstate`) read the route again from the address.

use yew::prelude::*;

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
        #[cfg(target_arch = "wasm32")]
        browser::write_history(&route, browser::Entry::New);
        self.set_route.set(route);
    }

    /// Opens a view in place of the current history entry, as a redirect does.
    pub fn replace(&self, route: Route) {
        #[cfg(target_arch = "wasm32")]
        browser::write_history(&route, browser::Entry::Current);
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
            #[cfg(target_arch = "wasm32")]
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    set_route.set(browser::route_of_address())
                });
            #[cfg(not(target_arch = "wasm32"))]
            let listener = set_route;
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

#[cfg(target_arch = "wasm32")]
pub use browser::route_of_address;

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::route::Route;

    /// Whether a move adds a history entry or takes the place of the current one.
    pub enum Entry {
        New,
        Current,
    }

    /// The route the address names: its path below the page's `<base href>`, as the build wrote
    /// each view's page there. Both are absolute URLs, so the one starts with the other.
    pub fn route_of_address() -> Route {
        let address = gloo::utils::window().location().href().unwrap_or_default();
        let base = gloo::utils::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_default();
        let below_base = address
            .strip_prefix(&base)
            .map(|below_base| below_base.split(['?', '#']).next().unwrap_or_default());
        match below_base {
            Some(path) => Route::from_path(&format!("/{path}")),
            None => Route::NotFound,
        }
    }

    /// Writes the view's own page address into the history; relative addresses resolve against
    /// the page's `<base href>`.
    pub fn write_history(route: &Route, entry: Entry) {
        let Ok(history) = gloo::utils::window().history() else {
            return;
        };
        let href = route.relative_href();
        let _ = match entry {
            Entry::New => {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            }
            Entry::Current => {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            }
        };
    }
}
