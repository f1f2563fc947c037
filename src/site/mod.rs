//! What the native build writes into `dist/`: page files for every view, the charts drawn as SVG,
//! the CSV downloads and the share cards (`write_site`).

mod charts;
mod csv;
mod pages;
mod svg;
mod template;
mod timing;
mod write;

pub use charts::{chart_jobs, draw_charts, inline_charts};
pub use csv::{indicators_csv, results_csv, tasks_csv};
pub use pages::{not_found_file, page_file, page_path, render_view};
pub use svg::themed_svg;
pub use template::{inline_stylesheets, BootScript, PageTemplate};
pub use write::{write_file, write_pages, write_site, SiteOptions};
