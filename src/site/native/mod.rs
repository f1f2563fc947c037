//! What only the native build does around the site's files (`site::site_files`): reading the
//! dataset and the built app from the file system, drawing the charts with Node, writing the files
//! rasterising the share cards and the long image with resvg.

mod draw;
mod input;
mod long_image;
mod write;

pub use draw::draw_charts;
pub use input::{faults_in_words, read_dataset_file};
pub use long_image::write_long_image;
pub use write::{write_file, write_pages, write_site};
