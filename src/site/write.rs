//! Writes the whole site into a folder that Trunk has built the app into: the charts drawn as SVG,
//! a page file for every view with its charts inline, the start-up module, the CSV downloads, the
//! workbook and the share cards.

use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use crate::model::Dataset;
use crate::pages::PageContext;
use crate::route::Route;

use super::{
    draw_charts, indicators_csv, inline_charts, inline_stylesheets, not_found_file, page_file,
    page_path, render_view, results_csv, tasks_csv, PageTemplate,
};

/// What the build is told: the year it runs in, and where the widget will be served.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    /// The year the site is built in: the plan's status is told as of then.
    pub build_year: u16,
    /// The widget's public URL (`YITU_PUBLIC_URL`), checked by `share::public_url`: absolute
    /// `og:image` URLs and QR codes on the cards.
    pub public_url: Option<String>,
    /// The widget's public path (`YITU_PUBLIC_PATH`), for the links of `404.html`.
    pub public_path: Option<String>,
}

/// Writes the site for `dataset` into `dist`, which holds Trunk's `index.html`: its charts, drawn by
/// Node and ECharts ([`draw_charts`]), the pages with those drawings (see [`write_pages`]) and the
/// share cards. Returns how many pages it wrote.
pub fn write_site(dist: &Path, dataset: &Dataset, options: &SiteOptions) -> Result<usize, String> {
    let index = dist.join("index.html");
    let html =
        std::fs::read_to_string(&index).map_err(|error| format!("{}: {error}", index.display()))?;
    let template = PageTemplate::new(html)?.with_public_url(options.public_url.clone());
    let start = Instant::now();
    let drawings = draw_charts(dataset)?;
    report("charts", start);
    let context = PageContext {
        dataset: Rc::new(dataset.clone()),
        build_year: options.build_year,
    };
    let start = Instant::now();
    let pages = write_pages(
        &context,
        &template,
        &drawings,
        dist,
        options.public_path.as_deref(),
    )?;
    report("pages", start);
    let start = Instant::now();
    write_cards(dist, dataset, options.public_url.as_deref())?;
    report("cards", start);
    Ok(pages)
}

/// Writes every view's page file of the context's dataset into `dist` (the page files inline its stylesheets
/// from there, and their charts from `drawings`, the page-ready SVG of every chart by file name),
/// each drawing as `charts/<file>.svg` (the app fetches them after a move and in the 大字版), the
/// app's start-up module and the downloads their footers link (the CSV files and the plan's
/// workbook); returns how many pages it wrote. Fails on a chart box with no drawing.
/// `public_path` is the widget's path on its host (`YITU_PUBLIC_PATH`), which `404.html` links back
/// to; without it, `404.html` links to the host's root.
pub fn write_pages(
    context: &PageContext,
    template: &PageTemplate,
    drawings: &HashMap<String, String>,
    dist: &Path,
    public_path: Option<&str>,
) -> Result<usize, String> {
    for (file, svg) in drawings {
        write_file(&dist.join(format!("charts/{file}.svg")), svg)?;
    }
    let dataset = &*context.dataset;
    let routes = Route::all(dataset);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| error.to_string())?;
    let local = tokio::task::LocalSet::new();
    let stylesheet = |name: &str| std::fs::read_to_string(dist.join(name)).ok();
    routes.iter().try_for_each(|route| {
        let body = runtime.block_on(local.run_until(render_view(route, context)));
        let page = if *route == Route::NotFound {
            not_found_file(template, dataset, &body, &stylesheet, public_path)?
        } else {
            let page = page_file(template, route, dataset, &body);
            inline_charts(&inline_stylesheets(&page, &stylesheet)?, drawings)?
        };
        write_file(&dist.join(page_path(route)), page)
    })?;
    if let Some(boot) = template.boot_script() {
        write_file(&dist.join(&boot.file_name), &boot.source)?;
    }
    write_file(&dist.join("data/indicators.csv"), indicators_csv(dataset))?;
    write_file(&dist.join("data/tasks.csv"), tasks_csv(dataset))?;
    write_file(&dist.join("data/results.csv"), results_csv(dataset))?;
    let workbook = crate::workbook::workbook_bytes(dataset).map_err(|error| error.to_string())?;
    write_file(&dist.join("data/plan.xlsx"), workbook)?;
    Ok(routes.len())
}

/// The share cards as PNG (`card.png`, `indicator/<序号>/card.png`), twice their size, and the
/// indicators' card templates (`indicator/<序号>/card.svg`), which the app fills with a QR code.
/// The cards are drawn on as many threads as the machine has cores, each taking the next card not
/// yet taken, with one font database shared by all.
fn write_cards(dist: &Path, dataset: &Dataset, public_url: Option<&str>) -> Result<(), String> {
    for (file, svg) in crate::share::site_card_templates(dataset) {
        write_file(&dist.join(file), svg)?;
    }
    let rasteriser = crate::share::Rasteriser::new();
    if !rasteriser.has_cjk_font() {
        eprintln!(
            "site: no Chinese font found (install fonts-noto-cjk): card.png files not written"
        );
        return Ok(());
    }
    let cards = crate::share::site_cards(dataset, public_url);
    let next = AtomicUsize::new(0);
    let draw = || -> Result<(), String> {
        while let Some((file, svg)) = cards.get(next.fetch_add(1, Ordering::Relaxed)) {
            let png = rasteriser.png(svg, crate::share::CARD_SCALE as f32)?;
            write_file(&dist.join(file), &png)?;
        }
        Ok(())
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(cards.len()))
            .map(|_| scope.spawn(draw))
            .collect();
        // The first failure, if any; a thread that panicked counts as one.
        workers.into_iter().try_for_each(|worker| {
            worker
                .join()
                .unwrap_or_else(|_| Err("a thread drawing the cards panicked".to_owned()))
        })
    })?;
    println!("site: wrote {} share cards", cards.len());
    Ok(())
}

/// Prints how long a stage took, for benchmarks to read: `timing: <stage> <seconds>` on stderr,
/// the seconds with three decimals (`tools/bench/site.mjs`; `tools/compress.mjs` prints
/// `timing: compress` alike).
fn report(stage: &str, start: Instant) {
    eprintln!("timing: {stage} {:.3}", start.elapsed().as_secs_f64());
}

/// Writes a file, making its folder first; an error names the file.
pub fn write_file(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|error| format!("{}: {error}", path.display()))
}
