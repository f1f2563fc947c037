//! The site of a plan: page files for every view, the charts drawn as SVG, the CSV downloads, the
//! workbook and the share cards. `site_files` makes them in memory from values, on any platform;
//! natively, `write_site` reads the built app, draws the charts with Node, writes the files and
//! rasterises the cards (`native`).

mod charts;
mod csv;
mod faults;
mod files;
mod not_found;
mod pages;
mod stylesheets;
mod svg;
mod template;
mod zip;

#[cfg(not(target_arch = "wasm32"))]
mod native;

pub use charts::{chart_jobs, inline_charts, themed_drawings, ChartJob};
pub use csv::{indicators_csv, results_csv, tasks_csv};
pub use faults::{read_dataset_faults, Fault, FaultPlace};
pub use files::{read_dataset, site_files, AppTexts, SiteFiles, SiteOptions};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{
    faults_in_words, read_dataset_file, write_file, write_long_image, write_pages, write_site,
};
pub use not_found::not_found_file;
pub use pages::{page_file, page_path, render_page, render_view, run_to_end};
pub use stylesheets::inline_stylesheets;
pub use svg::themed_svg;
pub use template::{BootScript, PageTemplate};
pub use zip::site_zip;
