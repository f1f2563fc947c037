//! What the native build writes into `dist/`: page files for every view, the charts drawn as SVG,
//! the CSV downloads and the share cards (`write_site`).

mod charts;
mod csv;
mod input;
mod not_found;
mod pages;
mod stylesheets;
mod svg;
mod template;
mod write;

pub use charts::{chart_jobs, draw_charts, inline_charts};
pub use csv::{indicators_csv, results_csv, tasks_csv};
pub use input::{faults_in_words, read_dataset_file};
pub use not_found::not_found_file;
pub use pages::{page_file, page_path, plan_index_json, render_view};
pub use stylesheets::inline_stylesheets;
pub use svg::themed_svg;
pub use template::{BootScript, PageTemplate};
pub use write::{write_file, write_pages, write_site, SiteOptions};
