//! Hostile deep links: any hash or path ends in the view it names (README, Deep links) or the
//! not-found view, never a panic, never reflected markup. A seeded generator makes 100,000 cases;
//! which view each should show is judged from the dataset's JSON, not by `Route` or `PlanIndex`.

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

/// What the document has, read from the dataset's JSON itself (not through `PlanIndex`, which the
/// routes use): the indicators' and tasks' numbers, and each department's name and slug.
struct Named {
    indicators: Vec<u32>,
    tasks: Vec<u32>,
    departments: Vec<(String, String)>,
}

fn named() -> Named {
    let json: serde_json::Value = serde_json::from_str(PLAN_JSON).expect("JSON");
    let ids = |items: &serde_json::Value| -> Vec<u32> {
        let items = items.as_array().expect("a list");
        items
            .iter()
            .map(|item| u32::try_from(item["id"].as_u64().expect("an id")).expect("a u32"))
            .collect()
    };
    let sections = json["sections"].as_array().expect("sections");
    let departments = json["departments"].as_array().expect("departments");
    Named {
        indicators: ids(&json["indicators"]),
        tasks: sections.iter().flat_map(|s| ids(&s["tasks"])).collect(),
        departments: departments
            .iter()
            .map(|d| {
                (
                    d["name"].as_str().unwrap().into(),
                    d["slug"].as_str().unwrap().into(),
                )
            })
            .collect(),
    }
}

/// The view an address below the root names by the README's rule (Deep links), written out here
/// and not with `Route`: `` for the overview, `indicator/<n>`, `task/<n>`, `department/<slug>`
/// (in a hash also `department/<name>`), for what the document has; else none.
fn view_named(address: &str, in_hash: bool, named: &Named) -> Option<Route> {
    let number = |text: &str, ids: &[u32]| ids.iter().copied().find(|id| id.to_string() == text);
    match address.split_once('/') {
        None if address.is_empty() => Some(Route::Overview),
        Some(("indicator", id)) => number(id, &named.indicators).map(|id| Route::Indicator { id }),
        Some(("task", id)) => number(id, &named.tasks).map(|id| Route::Task { id }),
        Some(("department", key)) => named
            .departments
            .iter()
            .find(|(name, slug)| slug == key || (in_hash && name == key))
            .map(|(_, slug)| Route::Department { slug: slug.clone() }),
        _ => None,
    }
}

/// Checks one link's view against the README's rule, and says what is wrong:
/// - a real view is shown only for an address that names it, give or take its last slashes and
///   its page file (`indicator/3/index.html`), and, in a hash, a query a host appended;
/// - an address that names a view exactly (`indicator/3`, `indicator/3/`; in a hash, percent-encoded
///   or with a query appended) shows it.
fn wrong_view(link: &str, in_hash: bool, shown: &Option<Route>, named: &Named) -> Option<String> {
    let written = format!("{}{link}", if in_hash { "#/" } else { "/" });
    let address = if in_hash {
        let before_query = link.split(['?', '&']).next().unwrap_or_default();
        match urlencoding::decode(before_query) {
            Ok(decoded) => decoded.into_owned(),
            // Not UTF-8 once decoded: no route, the page keeps its view.
            Err(_) => {
                return shown
                    .is_some()
                    .then(|| format!("{written:?} is no route: {shown:?}"))
            }
        }
    } else {
        link.to_owned()
    };
    let Some(shown) = shown else {
        return Some(format!("{written:?} gave no route"));
    };
    let exact = address.strip_suffix('/').unwrap_or(&address);
    if let Some(named) = view_named(exact, in_hash, named) {
        return (*shown != named).then(|| format!("{written:?} shows {shown:?}, not {named:?}"));
    }
    if *shown == Route::NotFound {
        return None;
    }
    let loose = address.trim_end_matches('/');
    let loose = match loose.strip_suffix("index.html") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
        _ => loose,
    };
    let loose = loose.trim_end_matches('/');
    (view_named(loose, in_hash, named).as_ref() != Some(shown))
        .then(|| format!("{written:?} names no such view, yet shows {shown:?}"))
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
    let named = named();
    let mut wrong = Vec::new();
    for _ in 0..count {
        let link = cases.link();
        let from_hash = Route::from_hash(&format!("#/{link}"), &index).map(shown);
        let from_path = shown(Route::from_path(&format!("/{link}")));
        wrong.extend(wrong_view(&link, true, &from_hash, &named));
        wrong.extend(wrong_view(&link, false, &Some(from_path.clone()), &named));
        for view in from_hash.into_iter().chain([from_path]) {
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
    assert!(
        wrong.is_empty(),
        "{} of {count} links show the wrong view, such as:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(5)].join("\n")
    );
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
