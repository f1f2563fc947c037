//! Writes the site into `dist/` after Trunk has built the app (`yitu::site::write_site`): the charts
//! drawn as SVG (by Node and ECharts, see `site::charts`), a pre-rendered page file for every view
//! with its charts inline, the CSV downloads, the workbook and the share cards. Fails, naming the
//! JSON path, if the embedded dataset is broken.
//!
//! Usage: `site <dist-dir>`.

use std::path::PathBuf;
use std::process::ExitCode;

use yitu::model::{parse, EMBEDDED_DATASET};
use yitu::site::{write_site, SiteOptions};

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: site <dist-dir>");
        return ExitCode::from(2);
    };
    let written = options().and_then(|options| {
        let dataset = parse(EMBEDDED_DATASET.as_bytes()).map_err(|faults| {
            let lines: Vec<String> = faults.iter().map(|fault| format!("  {fault}")).collect();
            format!("the dataset is invalid:\n{}", lines.join("\n"))
        })?;
        if yitu::model::dataset() != &dataset {
            return Err(
                "the app's binary dataset differs from its JSON: rebuild (cargo clean -p yitu)"
                    .to_owned(),
            );
        }
        // The pages are rendered with it for the rest of the run.
        let dataset: &'static yitu::model::Dataset = Box::leak(Box::new(dataset));
        write_site(&dist, dataset, &options)
    });
    match written {
        Ok(count) => {
            println!(
                "site: wrote {count} pages, their charts, 3 CSV files and the workbook into {}",
                dist.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("site: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Where the widget will be served, from `YITU_PUBLIC_URL` and `YITU_PUBLIC_PATH`.
fn options() -> Result<SiteOptions, String> {
    let set = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let public_url = match set("YITU_PUBLIC_URL") {
        // Absolute og:image URLs and QR codes on the cards need the widget's public URL.
        Some(url) => Some(
            yitu::share::public_url(&url)
                .ok_or(format!("YITU_PUBLIC_URL must be an http(s) URL: {url}"))?,
        ),
        None => None,
    };
    Ok(SiteOptions {
        public_url,
        public_path: set("YITU_PUBLIC_PATH"),
    })
}
