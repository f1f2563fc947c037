//! Writing the site: every view's page file, the app's start-up module and the CSV downloads.

use std::path::Path;

use super::{
    indicators_csv, inline_stylesheets, not_found_file, page_file, page_path, render_view,
    results_csv, tasks_csv, PageTemplate,
};
use crate::model::{with_dataset, Dataset};
use crate::route::Route;

/// Writes the site of `dataset` into `dist`, where Trunk has written the app's files (the page
/// files inline its stylesheets from there), and returns how many page files it wrote.
/// `public_path` is the widget's path on its host (`YITU_PUBLIC_PATH`), which `404.html` links
/// back to; without it, `404.html` links to the host's root.
pub fn write_site(
    dataset: &'static Dataset,
    template: &PageTemplate,
    dist: &Path,
    public_path: Option<&str>,
) -> Result<usize, String> {
    let routes = Route::all(dataset);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| error.to_string())?;
    let local = tokio::task::LocalSet::new();
    let stylesheet = |name: &str| std::fs::read_to_string(dist.join(name)).ok();
    // The components read the dataset through `model::dataset()`.
    with_dataset(dataset, || {
        routes.iter().try_for_each(|route| {
            let body = runtime.block_on(local.run_until(render_view(route)));
            let page = if *route == Route::NotFound {
                not_found_file(template, dataset, &body, &stylesheet, public_path)?
            } else {
                inline_stylesheets(&page_file(template, route, dataset, &body), &stylesheet)?
            };
            write_file(&dist.join(page_path(route)), page)
        })
    })?;
    if let Some(boot) = template.boot_script() {
        write_file(&dist.join(&boot.file_name), &boot.source)?;
    }
    write_file(&dist.join("data/indicators.csv"), indicators_csv(dataset))?;
    write_file(&dist.join("data/tasks.csv"), tasks_csv(dataset))?;
    write_file(&dist.join("data/results.csv"), results_csv(dataset))?;
    Ok(routes.len())
}

/// Writes a file, making its folder first; an error names the file.
pub fn write_file(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|error| format!("{}: {error}", path.display()))
}
