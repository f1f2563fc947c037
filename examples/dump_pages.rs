//! A native dump of every page of a dataset, for comparing two versions of the page writer: each
//! view's page file (stylesheets from `styles/`, each chart box filled with its file name), the
//! chart options and the CSV files.
//!
//! Usage: `cargo run --example dump_pages -- <dataset.json> <out-dir>`.

use std::collections::HashMap;
use std::path::PathBuf;

use yitu::model::parse;
use yitu::pages::PageContext;
use yitu::route::Route;
use yitu::site::{
    chart_jobs, indicators_csv, inline_charts, inline_stylesheets, not_found_file, page_file,
    page_path, render_page, results_csv, tasks_csv, PageTemplate,
};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dataset = parse(&std::fs::read(&args[1]).expect("dataset")).expect("valid dataset");
    let context = PageContext::new(dataset, 2026);
    let dataset = &*context.dataset;
    let out = PathBuf::from(&args[2]);
    let html = std::fs::read_to_string("index.html")
        .expect("index.html")
        .replace(
            "</head>",
            "<script type=\"module\">import init from './app.js';init();</script></head>",
        );
    let template = PageTemplate::new(html).expect("template");
    let jobs = chart_jobs(dataset);
    let drawings: HashMap<String, String> = jobs
        .iter()
        .map(|job| (job.file.clone(), format!("<svg>{}</svg>", job.file)))
        .collect();
    let stylesheet = |name: &str| std::fs::read_to_string(name).ok();
    let write = |name: &str, text: &str| {
        let path = out.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    {
        for route in Route::all(dataset) {
            let body = render_page(&route, &context).unwrap();
            let page = if route == Route::NotFound {
                not_found_file(&template, dataset, &body, &stylesheet, Some("/w/")).unwrap()
            } else {
                let page = page_file(&template, &route, dataset, &body);
                inline_charts(&inline_stylesheets(&page, &stylesheet).unwrap(), &drawings).unwrap()
            };
            write(&page_path(&route), &page);
        }
    }
    write("charts.json", &serde_json::to_string_pretty(&jobs).unwrap());
    write("indicators.csv", &indicators_csv(dataset));
    write("tasks.csv", &tasks_csv(dataset));
    write("results.csv", &results_csv(dataset));
}
