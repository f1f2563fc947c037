//! The site's files in memory, made from values only: the dataset, the options, the app's page
//! template and stylesheets, and the charts' drawings. Nothing here reads or writes a file, starts a
//! process or needs a runtime, so the same code writes the site natively (`write_site`) and in the
//! editor's browser (the builder).

use std::collections::{BTreeMap, HashMap};

use crate::model::Dataset;
use crate::pages::PageContext;
use crate::route::Route;

use super::{
    indicators_csv, inline_charts, inline_stylesheets, not_found_file, page_file, page_path,
    render_page, results_csv, tasks_csv, PageTemplate,
};

/// The site's files by their path in the site (`indicator/3/index.html`), with their bytes.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;

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
    /// The day the site is made, `YYYY-MM-DD` (the long image's footer prints it); empty: not printed.
    pub made_on: String,
}

impl SiteOptions {
    /// What the long image is told: the build's year and day, and the site's public URL.
    pub fn long_image(&self) -> crate::longimage::LongImageOptions {
        crate::longimage::LongImageOptions {
            build_year: self.build_year,
            made_on: self.made_on.clone(),
            public_url: self.public_url.clone(),
        }
    }
}

/// The texts of the built app that every page takes in: Trunk's `index.html`, the page template,
/// and the stylesheets by their path in the app's folder (`styles/index.css`).
#[derive(Debug, Clone, Default)]
pub struct AppTexts {
    pub index_html: String,
    pub stylesheets: BTreeMap<String, String>,
}

/// The dataset in a file's bytes, by the file name's extension, validated. A fault is a line each:
/// the JSON path (`$.indicators[2].target: …`) or the cell (`重点任务!E7: …`), every one it has
/// (`read_dataset_faults` gives them typed).
pub fn read_dataset(bytes: &[u8], file_name: &str) -> Result<Dataset, Vec<String>> {
    super::read_dataset_faults(bytes, file_name)
        .map_err(|faults| faults.iter().map(ToString::to_string).collect())
}

/// Every file of the site that is made from the dataset, except the share cards' PNG files and the
/// long image's pictures (which need a rasteriser): the pages, the drawings (`drawings`, the page-ready SVG of every chart by
/// file name), the app's start-up module, the CSV files, the workbook and the indicators' card
/// templates. The app's own files (the WebAssembly, its glue, the stylesheets) are not among them.
pub fn site_files(
    dataset: &Dataset,
    options: &SiteOptions,
    app: &AppTexts,
    drawings: &HashMap<String, String>,
) -> Result<SiteFiles, String> {
    let template =
        PageTemplate::new(app.index_html.clone())?.with_public_url(options.public_url.clone());
    let context = PageContext::new(dataset.clone(), options.build_year);
    let mut files = page_files(
        &context,
        &template,
        &app.stylesheets,
        drawings,
        options.public_path.as_deref(),
    )?;
    for (file, svg) in crate::share::site_card_templates(dataset) {
        files.insert(file, svg.into_bytes());
    }
    let long_image = crate::longimage::long_image_files(dataset, &options.long_image());
    files.insert(
        format!("{}/index.html", crate::longimage::FOLDER),
        long_image.index_html.into_bytes(),
    );
    Ok(files)
}

/// Every view's page file of the context's dataset (each with the stylesheets inline, and its charts
/// from `drawings`), each drawing as `charts/<file>.svg` (the app fetches them after a move and in
/// the 大字版), the app's start-up module and the downloads the pages' footers link (the CSV files
/// and the plan's workbook). Fails on a chart box with no drawing or a missing stylesheet.
/// `public_path` is the widget's path on its host (`YITU_PUBLIC_PATH`), which `404.html` links back
/// to; without it, `404.html` links to the host's root.
pub fn page_files(
    context: &PageContext,
    template: &PageTemplate,
    stylesheets: &BTreeMap<String, String>,
    drawings: &HashMap<String, String>,
    public_path: Option<&str>,
) -> Result<SiteFiles, String> {
    let mut files = SiteFiles::new();
    for (file, svg) in drawings {
        files.insert(format!("charts/{file}.svg"), svg.clone().into_bytes());
    }
    let dataset = &*context.dataset;
    let stylesheet = |name: &str| stylesheets.get(name).cloned();
    for route in Route::all(dataset) {
        let body = render_page(&route, context)?;
        let page = if route == Route::NotFound {
            not_found_file(template, dataset, &body, &stylesheet, public_path)?
        } else {
            let page = page_file(template, &route, dataset, &body);
            inline_charts(&inline_stylesheets(&page, &stylesheet)?, drawings)?
        };
        files.insert(page_path(&route), page.into_bytes());
    }
    if let Some(boot) = template.boot_script() {
        files.insert(boot.file_name.clone(), boot.source.clone().into_bytes());
    }
    files.insert("data/indicators.csv".into(), indicators_csv(dataset).into());
    files.insert("data/tasks.csv".into(), tasks_csv(dataset).into());
    files.insert("data/results.csv".into(), results_csv(dataset).into());
    let workbook = crate::workbook::workbook_bytes(dataset).map_err(|error| error.to_string())?;
    files.insert("data/plan.xlsx".into(), workbook);
    Ok(files)
}
