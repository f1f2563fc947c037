//! Writes the site into `dist/` after Trunk has built the app: a pre-rendered page file for every
//! view and the CSV downloads. Fails, naming the JSON path, if the embedded dataset is broken.
//!
//! Usage: `site <dist-dir>`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use yitu::model::{parse, Dataset, EMBEDDED_DATASET};
use yitu::site::{echarts_file_name, write_file, write_site, PageTemplate};

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: site <dist-dir>");
        return ExitCode::from(2);
    };
    match build(&dist) {
        Ok(count) => {
            println!(
                "site: wrote {count} pages and 3 CSV files into {}",
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

fn build(dist: &Path) -> Result<usize, String> {
    let dataset = parse(EMBEDDED_DATASET.as_bytes()).map_err(|faults| {
        let lines: Vec<String> = faults.iter().map(|fault| format!("  {fault}")).collect();
        format!("the dataset is invalid:\n{}", lines.join("\n"))
    })?;
    // The pages are rendered with it for the rest of the run.
    let dataset: &'static Dataset = Box::leak(Box::new(dataset));
    let index = dist.join("index.html");
    let html =
        std::fs::read_to_string(&index).map_err(|error| format!("{}: {error}", index.display()))?;
    // Absolute og:image URLs and QR codes on the cards need the widget's public URL.
    let public_url = match std::env::var("YITU_PUBLIC_URL") {
        Ok(url) if !url.is_empty() => Some(
            yitu::share::public_url(&url)
                .ok_or(format!("YITU_PUBLIC_URL must be an http(s) URL: {url}"))?,
        ),
        _ => None,
    };
    let template = PageTemplate::new(html)?
        .with_public_url(public_url.clone())
        .with_echarts_file(hash_echarts(dist)?);
    let public_path = std::env::var("YITU_PUBLIC_PATH")
        .ok()
        .filter(|path| !path.is_empty());
    let count = write_site(dataset, &template, dist, public_path.as_deref())?;
    write_cards(dist, dataset, public_url.as_deref())?;
    Ok(count)
}

/// Renames the ECharts bundle that Trunk copied (`echarts.min.js`) to a content-hashed name, so
/// hosts may cache it for good; returns that name, or `None` (with a warning) if it is missing.
fn hash_echarts(dist: &Path) -> Result<Option<String>, String> {
    let plain = dist.join("echarts.min.js");
    let Ok(source) = std::fs::read(&plain) else {
        eprintln!(
            "site: no echarts.min.js in {}: charts will not be drawn",
            dist.display()
        );
        return Ok(None);
    };
    let name = echarts_file_name(&source);
    std::fs::rename(&plain, dist.join(&name))
        .map_err(|error| format!("{}: {error}", plain.display()))?;
    Ok(Some(name))
}

/// The share cards as PNG (`card.png`, `indicator/<序号>/card.png`), twice their size.
fn write_cards(dist: &Path, dataset: &Dataset, public_url: Option<&str>) -> Result<(), String> {
    let rasteriser = yitu::share::Rasteriser::new();
    if !rasteriser.has_cjk_font() {
        eprintln!(
            "site: no Chinese font found (install fonts-noto-cjk): card.png files not written"
        );
        return Ok(());
    }
    let cards = yitu::share::site_cards(dataset, public_url);
    for (file, svg) in &cards {
        let png = rasteriser.png(svg, yitu::share::CARD_SCALE as f32)?;
        write_file(&dist.join(file), png)?;
    }
    println!("site: wrote {} share cards", cards.len());
    Ok(())
}
