//! Everything the browser mounts: the app ([`App`]) and its islands, the interactive parts of a
//! pre-rendered page. They are pre-rendered too, as part of the page (`pages::Page`), so each one
//! renders purely and touches the browser (`dom`) only in effects and callbacks.
//!
//! [`view_islands`] is the one registry from an island's host element in a view to its component.

mod app;
mod charts;
mod embed_bridge;
mod hash_routes;
mod island;
mod masthead;
mod page_effects;
mod preferences;
mod route_link;
mod router;
mod share;
mod view_islands;

pub use app::{App, AppProps};
pub use charts::Charts;
pub use embed_bridge::EmbedBridge;
pub use hash_routes::HashRoutes;
pub use island::Island;
pub use masthead::Masthead;
pub use page_effects::PageEffects;
pub use preferences::{
    use_large_text, use_preferences, LargeTextSwitch, Preferences, PreferencesProvider,
};
pub use route_link::{FollowLinksInPlace, RouteLink};
pub use router::{use_route, use_router, use_shown, Router, RouterProvider, Shown};
pub use share::ShareControl;
pub use view_islands::ViewIslands;
