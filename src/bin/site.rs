//! Writes the site into `dist/` after Trunk has built the app: a pre-rendered page file for every
//! view, the CSV downloads and the dataset as a workbook (`data/plan.xlsx`). Fails, naming the JSON path, if the embedded dataset is broken.
//!
//! Usage: `site <dist-dir>`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use yitu::model::{parse, EMBEDDED_DATASET};
use yitu::route::Route;
use yitu::site::{
    echarts_file_name, indicators_csv, inline_stylesheets, not_found_file, page_file, page_path,
    render_view, results_csv, tasks_csv, PageTemplate,
};

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: site <dist-dir>");
        return ExitCode::from(2);
    };
    match write_site(&dist) {
        Ok(count) => {
            println!(
                "site: wrote {count} pages, 3 CSV files and the workbook into {}",
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

fn write_site(dist: &Path) -> Result<usize, String> {
    let dataset = parse(EMBEDDED_DATASET.as_bytes()).map_err(|faults| {
        let lines: Vec<String> = faults.iter().map(|fault| format!("  {fault}")).collect();
        format!("the dataset is invalid:\n{}", lines.join("\n"))
    })?;
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
    let routes = Route::all(&dataset);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| error.to_string())?;
    let local = tokio::task::LocalSet::new();
    let public_path = std::env::var("YITU_PUBLIC_PATH")
        .ok()
        .filter(|path| !path.is_empty());
    let stylesheet = |name: &str| std::fs::read_to_string(dist.join(name)).ok();
    for route in &routes {
        let body = runtime.block_on(local.run_until(render_view(route)));
        let page = if *route == Route::NotFound {
            not_found_file(
                &template,
                &dataset,
                &body,
                &stylesheet,
                public_path.as_deref(),
            )?
        } else {
            inline_stylesheets(&page_file(&template, route, &dataset, &body), &stylesheet)?
        };
        write(&dist.join(page_path(route)), &page)?;
    }
    if let Some(boot) = template.boot_script() {
        write(&dist.join(&boot.file_name), &boot.source)?;
    }
    write(&dist.join("data/indicators.csv"), &indicators_csv(&dataset))?;
    write(&dist.join("data/tasks.csv"), &tasks_csv(&dataset))?;
    write(&dist.join("data/results.csv"), &results_csv(&dataset))?;
    let workbook = yitu::workbook::workbook_bytes(&dataset).map_err(|error| error.to_string())?;
    write_bytes(&dist.join("data/plan.xlsx"), &workbook)?;
    write_cards(dist, &dataset, public_url.as_deref())?;
    Ok(routes.len())
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
fn write_cards(
    dist: &Path,
    dataset: &yitu::model::Dataset,
    public_url: Option<&str>,
) -> Result<(), String> {
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
        write_bytes(&dist.join(file), &png)?;
    }
    println!("site: wrote {} share cards", cards.len());
    Ok(())
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    write_bytes(path, contents.as_bytes())
}

fn write_bytes(path: &Path, contents: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|error| format!("{}: {error}", path.display()))
}
