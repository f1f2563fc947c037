//! From notice to site, in-process: this plan's notice (tests/fixtures/notices/dazu-2024-16.txt, the
//! repository's copy of the scraped notice) is imported to a draft workbook, openpyxl reads it
//! and confirms its 待核对 rows (tests/workbook/confirm.py: the draft needs no edit beyond that, and
//! the sheet is removed), and the site's files are made from the confirmed workbook, as `make site`
//! makes them.

use std::collections::{BTreeMap, HashMap};

use crate::common::{python, scratch};
use yitu::charts::{ChartKind, TextSize};
use yitu::import::import_text_bytes;
use yitu::route::Route;
use yitu::site::{read_dataset, site_files, AppTexts, SiteOptions};
use yitu::workbook::{workbook_with_review, REVIEW_SHEET};

const NOTICE: &[u8] = include_bytes!("../fixtures/notices/dazu-2024-16.txt");

fn app() -> AppTexts {
    AppTexts {
        index_html: "<!doctype html>\n<html><head><base href=\"./\"><title>一图读懂</title><meta name=\"description\" content=\"\">\n</head><body><div id=\"app\"></div></body></html>".to_owned(),
        stylesheets: BTreeMap::new(),
    }
}

#[test]
fn the_imported_draft_confirmed_builds_the_site() {
    let draft = import_text_bytes(NOTICE);
    let dir = scratch("import_to_site");
    let (drafted, confirmed) = (dir.join("draft.xlsx"), dir.join("confirmed.xlsx"));
    let bytes = workbook_with_review(&draft.dataset, &draft.review).expect("the draft workbook");
    std::fs::write(&drafted, &bytes).unwrap();
    // The draft as written, its 待核对 sheet kept, reads as the draft.
    let kept = read_dataset(&bytes, "draft.xlsx").expect("the draft with 待核对 reads");
    assert_eq!(kept, draft.dataset);
    python("confirm.py", &[&drafted, &confirmed]);
    let confirmed = std::fs::read(&confirmed).unwrap();
    let book = calamine_sheets(&confirmed);
    assert!(!book.iter().any(|name| name == REVIEW_SHEET), "{book:?}");
    let dataset = read_dataset(&confirmed, "confirmed.xlsx").expect("the confirmed draft reads");
    assert_eq!(dataset, draft.dataset, "confirming changed no cell");
    let drawings: HashMap<String, String> = ChartKind::all(&dataset)
        .into_iter()
        .flat_map(|kind| [TextSize::Normal, TextSize::Large].map(|text| kind.file(text)))
        .map(|file| (file.clone(), format!("<svg data-file=\"{file}\"></svg>")))
        .collect();
    let options = SiteOptions {
        build_year: 2026,
        public_url: None,
        public_path: None,
        made_on: "2026-01-01".to_owned(),
    };
    let files = site_files(&dataset, &options, &app(), &drawings).expect("the site's files");
    for route in Route::all(&dataset) {
        assert!(files.contains_key(&route.page_file()), "{route:?}");
    }
    let tasks = String::from_utf8(files["data/tasks.csv"].clone()).unwrap();
    assert_eq!(tasks.trim_end().split("\r\n").count(), 1 + 16);
}

fn calamine_sheets(bytes: &[u8]) -> Vec<String> {
    use calamine::Reader as _;
    let book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    book.sheet_names().to_vec()
}
