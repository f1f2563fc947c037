//! The parts the views are made of, rendered only into pages.

mod chart_box;
mod department_chart;
mod department_links;
mod figures;
mod footer;
mod gauge_card;
mod matrix;
mod owners;
mod page_nav;
mod related;
mod role_mark;
mod target_table;

pub use chart_box::chart_box;
pub use department_chart::DepartmentChart;
pub use department_links::{department_links, lead_links};
pub use figures::{baseline_target, KeyFigures};
pub use footer::{chinese_date, SiteFooter};
pub use gauge_card::{badge_note, text_equivalent, GaugeCard, GaugeGrid};
pub use matrix::Matrix;
pub use owners::{indicator_roles, notes_block, officials_list};
pub use page_nav::{neighbours, Breadcrumb, Pager, PagerLink};
pub use related::Related;
pub use role_mark::{role_mark_html, RoleMark};
pub use target_table::TargetTable;
