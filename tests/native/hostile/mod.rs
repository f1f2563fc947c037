//! The site built in-process from `tests/fixtures/hostile.json`, a valid dataset whose names and texts
//! hold markup, template and CDATA breakers, bidirectional and zero-width controls, emoji, a
//! 2,000-character task, a 60-character department and spreadsheet formulas. Every file the build
//! writes must carry them as harmless text: pages, titles and meta tags escaped, cards valid SVG and
//! PNG, QR codes with the view's address only, CSV cells that no spreadsheet runs.

mod downloads;
mod pages;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use yitu::model::{parse, Dataset};
use yitu::site::{write_site, SiteOptions};

const HOSTILE: &[u8] = include_bytes!("../../fixtures/hostile.json");
const PUBLIC_URL: &str = "https://example.invalid/news/yitu/";

/// Markup the fixture holds that must never reach a written page as markup. (`<!--` is not among
/// them: Yew marks the pre-rendered components with comments; the fixture's `<!--` is checked escaped.)
const MARKUP: &[&str] = &[
    "<script>alert",
    "<img",
    "<iframe",
    "<svg onload",
    "<style>*",
    "<![CDATA[",
    "</textarea>",
    "<i>",
    "onerror=alert(1)>",
];

/// The bidirectional controls that reorder the text after them.
const BIDI_CONTROLS: &[char] = &[
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| parse(HOSTILE).expect("the hostile fixture is a valid dataset"))
}

/// The site, written once for all tests of this file into a folder of its own, with the views
/// rendered from the hostile dataset.
fn site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let dist = std::env::temp_dir().join(format!("yitu-hostile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).expect("a temporary folder");
        // What Trunk writes, in short: the placeholders, a stylesheet and the inline start-up module.
        let index = concat!(
            "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<base href=\"./\">\n<title>一图读懂</title>\n<meta name=\"description\" content=\"\">\n",
            "<link rel=\"stylesheet\" href=\"./base-1.css\"/>\n",
            "<script type=\"module\">\nimport init from './yitu-1.js';\ninit();\n</script>\n",
            "<link rel=\"modulepreload\" href=\"./yitu-1.js\">\n</head>\n<body>\n",
            "<div id=\"app\"></div>\n</body>\n</html>\n"
        );
        std::fs::write(dist.join("index.html"), index).expect("index.html");
        std::fs::write(dist.join("base-1.css"), "body{margin:0}").expect("base-1.css");
        let options = SiteOptions {
            build_year: 2026,
            public_url: Some(PUBLIC_URL.to_owned()),
            public_path: Some("/news/yitu/".to_owned()),
            made_on: "2026-01-01".to_owned(),
        };
        write_site(&dist, dataset(), &options).expect("the site builds from the hostile dataset");
        dist
    })
}

/// Every file under `dir`, by its path relative to `dir`.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a readable folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .expect("under dir")
                    .to_string_lossy()
                    .into_owned();
                found.insert(name, std::fs::read(&path).expect("a readable file"));
            }
        }
    }
    found
}

/// The views' pages (the long image's page, which holds its pictures, is checked apart).
fn pages() -> Vec<(String, String)> {
    files(site())
        .into_iter()
        .filter(|(name, _)| name.ends_with(".html") && !name.starts_with("longimage/"))
        .map(|(name, bytes)| (name, String::from_utf8(bytes).expect("pages are UTF-8")))
        .collect()
}
