//! The site's files made in memory (`site::site_files`), the core that `make site` and the builder
//! share: every file the dataset makes is there, made from the values passed in alone, and the
//! dataset is read from a file's bytes by its name.

use std::collections::{BTreeMap, HashMap};

use yitu::charts::{ChartKind, TextSize};
use yitu::model::Dataset;
use yitu::route::Route;
use yitu::site::{read_dataset, site_files, AppTexts, SiteOptions};

const PLAN_JSON: &str = include_str!("../../src/data/dazu-2024-16.json");

/// This plan's dataset, parsed once.
fn test_plan() -> &'static Dataset {
    static PLAN: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    PLAN.get_or_init(|| yitu::model::parse(PLAN_JSON.as_bytes()).expect("the plan is valid"))
}

const TEMPLATE: &str = "<!doctype html>\n<html><head><base href=\"./\"><title>一图读懂</title><meta name=\"description\" content=\"\">\n<link rel=\"stylesheet\" href=\"styles/index.css\">\n<script type=\"module\">\nimport init from './app.js';init();\n</script>\n</head><body><div id=\"app\"></div></body></html>";

fn app() -> AppTexts {
    AppTexts {
        index_html: TEMPLATE.to_owned(),
        stylesheets: BTreeMap::from([
            (
                "styles/index.css".to_owned(),
                "@import \"a.css\";\n".to_owned(),
            ),
            ("styles/a.css".to_owned(), "body{margin:0}\n".to_owned()),
        ]),
    }
}

fn drawings() -> HashMap<String, String> {
    ChartKind::all(test_plan())
        .into_iter()
        .flat_map(|kind| [TextSize::Normal, TextSize::Large].map(|text| kind.file(text)))
        .map(|file| (file.clone(), format!("<svg data-file=\"{file}\"></svg>")))
        .collect()
}

#[test]
fn the_site_s_files_are_made_from_values_alone() {
    let options = SiteOptions {
        build_year: 2026,
        public_url: None,
        public_path: Some("/news/yitu/".to_owned()),
        made_on: "2026-01-01".to_owned(),
    };
    let files = site_files(test_plan(), &options, &app(), &drawings()).expect("the files");
    for route in Route::all(test_plan()) {
        assert!(files.contains_key(&route.page_file()), "{route:?}");
    }
    for name in [
        "data/indicators.csv",
        "data/tasks.csv",
        "data/results.csv",
        "data/plan.xlsx",
        "charts/gauge-3.svg",
        "charts/gauge-3-large.svg",
        "indicator/3/card.svg",
    ] {
        assert!(files.contains_key(name), "{name}");
    }
    assert_eq!(
        files
            .keys()
            .filter(|name| name.starts_with("boot-"))
            .count(),
        1
    );
    let overview = String::from_utf8(files["index.html"].clone()).expect("UTF-8");
    assert!(overview.contains("<style>body{margin:0}</style>"));
    assert!(overview.contains("<svg data-file=\"gauge-3\"></svg>"));
    let not_found = String::from_utf8(files["404.html"].clone()).expect("UTF-8");
    assert!(not_found.contains("<base href=\"/news/yitu/\">"));
    // The same values make the same bytes.
    let again = site_files(test_plan(), &options, &app(), &drawings()).expect("the files");
    assert_eq!(files, again);
    // A stylesheet or a drawing that is missing is a fault, not a page without it.
    let mut no_styles = app();
    no_styles.stylesheets.remove("styles/a.css");
    assert!(site_files(test_plan(), &options, &no_styles, &drawings()).is_err());
    let mut fewer = drawings();
    fewer.remove("gauge-3");
    assert!(site_files(test_plan(), &options, &app(), &fewer).is_err());
}

#[test]
fn a_dataset_is_read_from_a_file_s_bytes_by_its_name() {
    let json = PLAN_JSON.as_bytes();
    assert_eq!(
        &read_dataset(json, "plan.JSON").expect("valid"),
        test_plan()
    );
    let workbook = yitu::workbook::workbook_bytes(test_plan()).expect("a workbook");
    assert_eq!(
        &read_dataset(&workbook, "plan.xlsx").expect("valid"),
        test_plan()
    );
    assert_eq!(
        read_dataset(json, "plan.txt").unwrap_err(),
        ["plan.txt: 数据文件应为 .json、.xlsx、.xls 或 .ods"]
    );
    let faults = read_dataset(&json[..json.len() / 2], "plan.json").unwrap_err();
    assert!(!faults.is_empty());
}
