//! 一图读懂: an interactive explainer of a government plan document, built from its dataset.
//!
//! Two sides share this crate (see ARCHITECTURE.md):
//! - the build, natively: `site` writes a site for any dataset (`model`, read from JSON or the
//!   editors' `workbook`), rendering each view with `pages` and drawing its `charts`; `import`
//!   drafts a dataset from a notice's text, HTML or .docx;
//! - the browser: the app (`islands`, mounted by `main.rs`) makes a page's interactive parts live,
//!   through the browser's APIs in `dom`. It is the same file for every plan: what it needs of one
//!   it reads from the page (`plan_index`).
//!
//! Both speak through `contract` (the markup's names), `route` (addresses) and `share` (links).
//! Dates and numbers as people write them are read in one place, `notation` (for the model, the
//! workbook and the importer), and zips within limits in one, `bounded_zip`.
//!
//! The builder (feature `builder`, `src/builder/main.rs`) takes the build's platform-independent
//! part into the editor's browser: `model`, `workbook`, `import`, `pages`, `meta` and `site::site_files`.

pub mod charts;
pub mod contract;
pub mod dom;
pub mod islands;
pub mod model;
pub mod notation;
pub mod plan_index;
pub mod route;
pub mod share;

#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod bounded_zip;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod import;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod longimage;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod meta;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod pages;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod site;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod workbook;
