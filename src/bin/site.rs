//! Writes the site into `dist/` after Trunk has built the app: the charts drawn as SVG (by Node and
//! ECharts, see `site::charts`), a pre-rendered page file for every view with its charts inline, and
//! the CSV downloads. Fails, naming the JSON path, if the embedded dataset is broken.
//!
//! Usage: `site <dist-dir>`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use yitu::model::{parse, EMBEDDED_DATASET};
use yitu::route::Route;
use yitu::site::{
    draw_charts, indicators_csv, inline_charts, inline_stylesheets, not_found_file, page_file,
    page_path, render_view, results_csv, tasks_csv, PageTemplate,
};

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: site <dist-dir>");
        return ExitCode::from(2);
    };
    match write_site(&dist) {
        Ok(count) => {
            println!(
                "site: wrote {count} pages, their charts and 3 CSV files into {}",
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
    if yitu::model::dataset() != &dataset {
        return Err(
            "the app's binary dataset differs from its JSON: rebuild (cargo clean -p yitu)"
                .to_owned(),
        );
    }
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
    let template = PageTemplate::new(html)?.with_public_url(public_url.clone());
    let drawings = draw_charts(&dataset)?;
    for (file, svg) in &drawings {
        write(&dist.join(format!("charts/{file}.svg")), svg)?;
    }
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
            let page = page_file(&template, route, &dataset, &body);
            inline_charts(&inline_stylesheets(&page, &stylesheet)?, &drawings)?
        };
        write(&dist.join(page_path(route)), &page)?;
    }
    if let Some(boot) = template.boot_script() {
        write(&dist.join(&boot.file_name), &boot.source)?;
    }
    write(&dist.join("data/indicators.csv"), &indicators_csv(&dataset))?;
    write(&dist.join("data/tasks.csv"), &tasks_csv(&dataset))?;
    write(&dist.join("data/results.csv"), &results_csv(&dataset))?;
    write_cards(dist, &dataset, public_url.as_deref())?;
    Ok(routes.len())
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
        let path = dist.join(file);
        write(&path, "")?;
        std::fs::write(&path, png).map_err(|error| format!("{}: {error}", path.display()))?;
    }
    println!("site: wrote {} share cards", cards.len());
    Ok(())
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|error| format!("{}: {error}", path.display()))
}
