//! Writes the whole site into a folder that holds the built app: reads the app's page template and
//! stylesheets from it, draws the charts with Node, makes the site's files in memory
//! (`site::site_files`), writes them, and rasterises the share cards.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use crate::model::Dataset;
use crate::pages::PageContext;
use crate::route::Route;
use crate::site::files::page_files;
use crate::site::{site_files, AppTexts, PageTemplate, SiteFiles, SiteOptions};

use super::{draw_charts, write_long_image};

/// Writes the site for `dataset` into `dist`, which holds the built app (Trunk's `index.html` and
/// the stylesheets): its charts, drawn by Node and ECharts ([`draw_charts`]), the pages with those
/// drawings, the downloads and the share cards. Returns how many pages it wrote.
pub fn write_site(dist: &Path, dataset: &Dataset, options: &SiteOptions) -> Result<usize, String> {
    let app = read_app(dist)?;
    let start = Instant::now();
    let drawings = draw_charts(dataset)?;
    report("charts", start);
    let start = Instant::now();
    write_files(dist, &site_files(dataset, options, &app, &drawings)?)?;
    report("pages", start);
    let start = Instant::now();
    let rasteriser = crate::share::Rasteriser::new();
    if rasteriser.has_cjk_font() {
        write_cards(dist, dataset, options.public_url.as_deref(), &rasteriser)?;
        report("cards", start);
        let start = Instant::now();
        let parts = write_long_image(dist, dataset, &options.long_image(), &rasteriser)?;
        report("longimage", start);
        println!("site: wrote the long image in {parts} parts");
    } else {
        eprintln!(
            "site: no Chinese font found (install fonts-noto-cjk): card.png files and the long image not written"
        );
    }
    Ok(Route::all(dataset).len())
}

/// Writes every view's page file of the context's dataset into `dist`, with the stylesheets read
/// from there (see `site::page_files`); returns how many pages it wrote.
pub fn write_pages(
    context: &PageContext,
    template: &PageTemplate,
    drawings: &HashMap<String, String>,
    dist: &Path,
    public_path: Option<&str>,
) -> Result<usize, String> {
    let stylesheets = read_stylesheets(dist)?;
    let files = page_files(context, template, &stylesheets, drawings, public_path)?;
    write_files(dist, &files)?;
    Ok(Route::all(&context.dataset).len())
}

/// The built app's texts that pages take in: `index.html` and every stylesheet in the folder.
fn read_app(dist: &Path) -> Result<AppTexts, String> {
    let index = dist.join("index.html");
    let index_html =
        std::fs::read_to_string(&index).map_err(|error| format!("{}: {error}", index.display()))?;
    Ok(AppTexts {
        index_html,
        stylesheets: read_stylesheets(dist)?,
    })
}

/// Every `.css` file under `dist`, by its path from there with `/` between folders.
fn read_stylesheets(dist: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut stylesheets = BTreeMap::new();
    let mut folders = vec![(dist.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|error| format!("{}: {error}", folder.display()))?;
        for entry in entries {
            let entry = entry.map_err(|error| format!("{}: {error}", folder.display()))?;
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            let path = entry.path();
            if path.is_dir() {
                folders.push((path, format!("{name}/")));
            } else if name.ends_with(".css") {
                let text = std::fs::read_to_string(&path)
                    .map_err(|error| format!("{}: {error}", path.display()))?;
                stylesheets.insert(name, text);
            }
        }
    }
    Ok(stylesheets)
}

/// Writes each of the site's files under `dist`.
fn write_files(dist: &Path, files: &SiteFiles) -> Result<(), String> {
    files
        .iter()
        .try_for_each(|(name, bytes)| write_file(&dist.join(name), bytes))
}

/// The share cards as PNG (`card.png`, `indicator/<序号>/card.png`), twice their size, drawn on as
/// many threads as the machine has cores, each taking the next card not yet taken, with one font
/// database shared by all. (Their templates, `indicator/<序号>/card.svg`, are among the site's files.)
fn write_cards(
    dist: &Path,
    dataset: &Dataset,
    public_url: Option<&str>,
    rasteriser: &crate::share::Rasteriser,
) -> Result<(), String> {
    let cards = crate::share::site_cards(dataset, public_url);
    on_every_core(cards.len(), |index| {
        let (file, svg) = &cards[index];
        let png = rasteriser.png(svg, crate::share::CARD_SCALE as f32)?;
        write_file(&dist.join(file), &png)
    })?;
    println!("site: wrote {} share cards", cards.len());
    Ok(())
}

/// Runs `work` for each index below `count` on as many threads as the machine has cores, each
/// taking the next index not yet taken; the first failure, if any (a thread that panicked counts
/// as one). The cards and the long image's parts are drawn so, with one font database shared by all.
pub(super) fn on_every_core(
    count: usize,
    work: impl Fn(usize) -> Result<(), String> + Sync,
) -> Result<(), String> {
    let next = AtomicUsize::new(0);
    let run = || -> Result<(), String> {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            if index >= count {
                return Ok(());
            }
            work(index)?;
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(count)).map(|_| scope.spawn(run)).collect();
        workers.into_iter().try_for_each(|worker| {
            worker
                .join()
                .unwrap_or_else(|_| Err("a drawing thread panicked".to_owned()))
        })
    })
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
