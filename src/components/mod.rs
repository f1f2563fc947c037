//! Reusable pieces of the views.

mod chart;
mod department_chart;
mod embed_bridge;
mod figures;
mod footer;
mod gauge_card;
mod hash_routes;
mod island;
mod masthead;
mod matrix;
mod page_effects;
mod page_nav;
mod preferences;
mod related;
mod role_mark;
mod route_link;
mod router;
mod share;
mod target_table;
mod task_list;
mod view_islands;

pub use chart::{chart_box, Charts};
pub use department_chart::DepartmentChart;
pub use embed_bridge::EmbedBridge;
pub use figures::{baseline_target, KeyFigures};
pub use footer::{chinese_date, SiteFooter};
pub use gauge_card::{GaugeCard, GaugeGrid};
pub use hash_routes::HashRoutes;
pub use island::Island;
pub use masthead::{Masthead, MASTHEAD_ISLAND};
pub use matrix::Matrix;
pub use page_effects::PageEffects;
pub use page_nav::{neighbours, Breadcrumb, Pager, PagerLink};
pub use preferences::{
    use_large_text, use_preferences, LargeTextSwitch, Preferences, PreferencesProvider,
};
pub use related::Related;
pub use role_mark::{role_mark_html, RoleMark};
pub use route_link::{department_links, FollowLinksInPlace, RouteLink};
pub use router::{use_route, use_router, use_shown, Router, RouterProvider, Shown};
pub use share::ShareControl;
pub use target_table::TargetTable;
pub use task_list::TaskList;
pub use view_islands::ViewIslands;
