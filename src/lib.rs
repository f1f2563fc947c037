//! 一图读懂: an interactive explainer of one government plan document, built from its dataset.
//!
//! `app` holds the routes and the component tree; `pages` one view each; `components` the pieces;
//! `charts` the pure chart builders; `model` the typed, validated dataset.

pub mod app;
pub mod charts;
pub mod components;
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod meta;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;
pub mod plan_index;
pub mod route;
pub mod share;
#[cfg(not(target_arch = "wasm32"))]
pub mod site;
#[cfg(not(target_arch = "wasm32"))]
pub mod workbook;
