//! Hostile deep links: any hash or path ends in a real view or the not-found view, never a panic,
//! never reflected markup. A seeded generator makes 100,000 cases.

use yitu::plan_index::PlanIndex;
use yitu::route::Route;

const PLAN_JSON: &str = include_str!("../../src/data/dazu-2024-16.json");

/// This plan's dataset, parsed once.
fn dataset() -> &'static yitu::model::Dataset {
    static PLAN: std::sync::OnceLock<yitu::model::Dataset> = std::sync::OnceLock::new();
    PLAN.get_or_init(|| yitu::model::parse(PLAN_JSON.as_bytes()).expect("the plan is valid"))
}

/// Pieces that hostile or broken links are made of.
const PIECES: &[&str] = &[
    "/",
    "/",
    "indicator",
    "task",
    "department",
    "0",
    "3",
    "11",
    "-1",
    "1e9",
    "99999999999999999999",
    "%",
    "%E5",
    "%ZZ",
    "%2F",
    "..",
    "<script>alert(1)</script>",
    "\"",
    "'",
    "\u{202e}",
    "\u{200b}",
    "?",
    "&",
    "#",
    "=",
    "initialWidth=375",
    "区卫生健康委",
    "区外交部",
    "health",
    "extra",
    " ",
    "\\",
    "%00",
    "💥",
    "index.html",
];

/// A small, seeded xorshift generator, so every run tries the same cases.
struct Cases(u64);

impl Cases {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn link(&mut self) -> String {
        let length = 1 + self.next() % 12;
        let mut link = String::new();
        // A third of the links start like a real one, so that real views are reached too.
        if self.next() % 3 == 0 {
            let kind = ["indicator/", "task/", "department/"][(self.next() % 3) as usize];
            let id = [
                "1",
                "3",
                "10",
                "16",
                "health",
                "区民政局",
                "%E5%8C%BA%E6%B0%91%E6%94%BF%E5%B1%80",
            ];
            link.push_str(kind);
            link.push_str(id[(self.next() % id.len() as u64) as usize]);
            if self.next() % 2 == 0 {
                return link;
            }
        }
        for _ in 0..length {
            if self.next() % 5 == 0 {
                // A random code point, sometimes outside ASCII.
                let code = (self.next() % 0x3000) as u32;
                link.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            } else {
                link.push_str(PIECES[(self.next() % PIECES.len() as u64) as usize]);
            }
        }
        if self.next() % 20 == 0 {
            link.push_str(&"9".repeat(5_000));
        }
        link
    }
}

/// The view a route shows: itself where the dataset has it, else not-found.
fn shown(route: Route) -> Route {
    if route.exists_in(&PlanIndex::of(dataset())) {
        route
    } else {
        Route::NotFound
    }
}

#[test]
fn a_hundred_thousand_hostile_links_end_in_a_view() {
    let index = PlanIndex::of(dataset());
    let mut cases = Cases(0x5eed_1234_abcd_ef01);
    let mut views = std::collections::BTreeMap::<String, usize>::new();
    // 100,000 under `make test` (YITU_SLOW_TESTS set), 5,000 in `make check`, the quick tier.
    let count: usize = if crate::common::full_tier() {
        100_000
    } else {
        5_000
    };
    for _ in 0..count {
        let link = cases.link();
        let from_hash = Route::from_hash(&format!("#/{link}"), &index);
        let from_path = Route::from_path(&format!("/{link}"));
        for route in from_hash.into_iter().chain([from_path]) {
            let view = shown(route);
            let kind = match &view {
                Route::Overview => "overview",
                Route::Indicator { .. } => "indicator",
                Route::Task { .. } => "task",
                Route::Department { .. } => "department",
                Route::NotFound => "not found",
            };
            *views.entry(kind.to_owned()).or_default() += 1;
        }
    }
    println!("{count} hostile links tried; views reached: {views:?}");
    assert!(views["not found"] > 0 && views["indicator"] > 0 && views["department"] > 0);
}

#[test]
fn hostile_links_never_reflect_markup() {
    let mut cases = Cases(0xfeed_beef_0bad_cafe);
    let hostile = [
        "department/<script>alert(1)</script>",
        "task/1/<img src=x onerror=alert(1)>",
        "indicator/3/extra",
    ];
    let links: Vec<String> = hostile
        .iter()
        .map(|link| link.to_string())
        .chain((0..200).map(|_| cases.link()))
        .collect();
    let index = PlanIndex::of(dataset());
    let context = yitu::pages::PageContext::new(dataset().clone(), 2026);
    for link in &links {
        let route = Route::from_hash(&format!("#/{link}"), &index).unwrap_or(Route::NotFound);
        let html = yitu::site::render_page(&route, &context).expect("rendered");
        assert!(
            !html.contains("<script"),
            "{link:?} put a script in the page"
        );
        assert!(!html.contains("onerror"), "{link:?} reflected an attribute");
    }
    println!(
        "{} hostile links rendered without reflected markup",
        links.len()
    );
}

#[test]
fn edge_cases_named_in_the_issue() {
    let index = PlanIndex::of(dataset());
    for (hash, expected) in [
        ("#/indicator/0", Route::NotFound),
        ("#/indicator/11", Route::NotFound),
        ("#/indicator/-1", Route::NotFound),
        ("#/indicator/1e9", Route::NotFound),
        ("#/indicator/3/extra", Route::NotFound),
        ("#/indicator/%ZZ", Route::NotFound),
        ("#/../../etc/passwd", Route::NotFound),
        (
            "#/department/%E5%8C%BA%E5%A4%96%E4%BA%A4%E9%83%A8",
            Route::NotFound,
        ),
        ("#/indicator/3", Route::Indicator { id: 3 }),
    ] {
        let route = Route::from_hash(hash, &index).map(shown);
        assert_eq!(route, Some(expected), "{hash}");
    }
}
