//! What the native build writes into `dist/`: page files for every view, the CSV downloads and the
//! share cards (`write_site`).

mod csv;
mod pages;
mod write;

pub use csv::{indicators_csv, results_csv, tasks_csv};
pub use pages::{
    echarts_file_name, inline_stylesheets, not_found_file, page_file, page_path, render_view,
    BootScript, PageTemplate,
};
pub use write::{write_file, write_pages, write_site, SiteOptions};
