//! Writes a plan's long image (`longimage/` as `make site` writes it, its index.html included) into
//! a folder, without the rest of the site: for looking at the picture while changing its layout.
//!
//! Usage: `cargo run --example long_image -- <dataset.json|.xlsx> <folder> [public URL]`

use std::path::PathBuf;

use yitu::longimage::{long_image_files, LongImageOptions, FOLDER};
use yitu::share::Rasteriser;
use yitu::site::{read_dataset_file, write_file, write_long_image};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dataset, folder) = match args.as_slice() {
        [dataset, folder, ..] => (dataset, PathBuf::from(folder)),
        _ => return Err("usage: long_image <dataset> <folder> [public URL]".to_owned()),
    };
    let dataset = read_dataset_file(&PathBuf::from(dataset)).map_err(|faults| faults.join("\n"))?;
    let options = LongImageOptions {
        build_year: 2026,
        made_on: "2026-12-06".to_owned(),
        public_url: args.get(2).cloned(),
    };
    let files = long_image_files(&dataset, &options);
    write_file(&folder.join(FOLDER).join("index.html"), files.index_html)?;
    for (file, svg) in &files.parts {
        write_file(&folder.join(FOLDER).join(file.replace(".jpg", ".svg")), svg)?;
    }
    let parts = write_long_image(&folder, &dataset, &options, &Rasteriser::new())?;
    println!("{parts} parts, heights {:?}", files.heights);
    Ok(())
}
