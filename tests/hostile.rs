//! The site built in-process from `tests/fixtures/hostile.json`, a valid dataset whose names and texts
//! hold markup, template and CDATA breakers, bidirectional and zero-width controls, emoji, a
//! 2,000-character task, a 60-character department and spreadsheet formulas. Every file the build
//! writes must carry them as harmless text: pages, titles and meta tags escaped, cards valid SVG and
//! PNG, QR codes with the view's address only, CSV cells that no spreadsheet runs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use yitu::model::{parse, Dataset};
use yitu::route::Route;
use yitu::share::{page_link, site_cards, QrMatrix, CARD_HEIGHT, CARD_SCALE, CARD_WIDTH};
use yitu::site::{write_site, SiteOptions};

const HOSTILE: &[u8] = include_bytes!("fixtures/hostile.json");
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
            public_url: Some(PUBLIC_URL.to_owned()),
            public_path: Some("/news/yitu/".to_owned()),
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

fn pages() -> Vec<(String, String)> {
    files(site())
        .into_iter()
        .filter(|(name, _)| name.ends_with(".html"))
        .map(|(name, bytes)| (name, String::from_utf8(bytes).expect("pages are UTF-8")))
        .collect()
}

/// The text between `open` and the next `close`, for each `open` in `html`.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.match_indices(open)
        .filter_map(|(start, _)| {
            let from = start + open.len();
            html[from..].find(close).map(|end| &html[from..from + end])
        })
        .collect()
}

/// The tags of a page: from each `<` that a letter follows, to the next `>`.
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .filter(|(start, _)| {
            html[start + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
        })
        .filter_map(|(start, _)| html[start..].find('>').map(|end| &html[start..start + end]))
        .collect()
}

/// The names of a tag's attributes: the words outside quoted values, the tag's name aside.
fn attribute_names(tag: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    for c in tag.chars().skip(1) {
        match quote {
            Some(open) if c == open => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c.is_whitespace() || c == '=' || c == '/' => {
                if !word.is_empty() {
                    names.push(std::mem::take(&mut word).to_ascii_lowercase());
                }
            }
            None => word.push(c),
        }
    }
    if !word.is_empty() {
        names.push(word.to_ascii_lowercase());
    }
    names.into_iter().skip(1).collect()
}

#[test]
fn every_view_is_written() {
    let pages = pages();
    let routes = Route::all(dataset());
    assert_eq!(pages.len(), routes.len(), "one page per view");
    for route in &routes {
        let path = yitu::site::page_path(route);
        assert!(pages.iter().any(|(name, _)| *name == path), "{path}");
    }
    // The 60-character department has its page, and the 2,000-character task is written whole.
    let long = dataset()
        .departments
        .iter()
        .find(|department| department.name.chars().count() == 60)
        .expect("a 60-character department");
    assert!(pages
        .iter()
        .any(|(name, page)| name.contains(&long.slug) && page.contains(&long.name)));
    let task = dataset().task(10).expect("task 10");
    assert_eq!(task.text.chars().count(), 2000);
    let task_page = &pages
        .iter()
        .find(|(name, _)| name == "task/10/index.html")
        .expect("task 10's page")
        .1;
    assert!(task_page.contains(&task.text[task.text.len() - 300..]));
}

#[test]
fn pages_carry_the_data_as_text_never_as_markup() {
    for (name, page) in pages() {
        for markup in MARKUP {
            assert!(!page.contains(markup), "{name} holds {markup:?} as markup");
        }
        // Text holds no `<`, so each `<` and a letter opens a tag that the build wrote.
        for tag in tags(&page) {
            let lower = tag.to_ascii_lowercase();
            for link in ["href=\"", "src=\"", "action=\""] {
                assert!(
                    !lower.contains(&format!("{link}javascript:")),
                    "{name}: {tag}"
                );
            }
            let handler = attribute_names(tag)
                .into_iter()
                .any(|attribute| attribute.starts_with("on"));
            assert!(!handler, "{name}: {tag}");
        }
        let scripts = page.matches("<script").count();
        let expected = usize::from(name != "404.html");
        assert_eq!(scripts, expected, "{name}: only the starter script");
        assert_eq!(page.matches("</script>").count(), expected, "{name}");
        // One style element, holding the stylesheets: the `{STYLES}` in the data is left as text.
        assert_eq!(page.matches("<style>").count(), 1, "{name}");
        assert_eq!(page.matches("</style>").count(), 1, "{name}");
        assert!(page.contains("<style>body{margin:0}</style>"), "{name}");
    }
    let (_, overview) = pages()
        .into_iter()
        .find(|(name, _)| name == "index.html")
        .expect("the overview");
    // The data is there, escaped.
    assert!(overview.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(overview.contains("&lt;/title&gt;"));
    assert!(overview.contains("]]&gt;"));
    assert!(overview.contains("{{x}}"));
    assert!(overview.contains("👶🏽"));
    assert!(overview.contains("&lt;!--"));
}

#[test]
fn titles_and_meta_tags_are_escaped_plain_text() {
    for (name, page) in pages() {
        assert_eq!(page.matches("<title>").count(), 1, "{name}");
        assert_eq!(page.matches("</title>").count(), 1, "{name}");
        let head = &page[..page.find("</head>").expect("a head")];
        let title = between(head, "<title>", "</title>")[0];
        assert!(!title.contains(['<', '>', '"']), "{name}: {title}");
        assert!(!title.contains(BIDI_CONTROLS), "{name}: {title:?}");
        for tag in between(head, "<meta ", ">") {
            // Each attribute value is quoted once: an even number of quotes, no markup inside.
            assert_eq!(tag.matches('"').count() % 2, 0, "{name}: {tag}");
            assert!(!tag.contains('<'), "{name}: {tag}");
            assert!(!tag.contains(BIDI_CONTROLS), "{name}: {tag:?}");
        }
        assert!(
            between(head, "<meta ", ">")
                .iter()
                .all(|tag| tag.starts_with("charset")
                    || tag.starts_with("name=")
                    || tag.starts_with("property=")),
            "{name}: every meta tag is one the build writes"
        );
    }
    let (_, indicator) = pages()
        .into_iter()
        .find(|(name, _)| name == "indicator/1/index.html")
        .expect("indicator 1");
    assert!(indicator.contains(
        "<title>+每千人口托位数&lt;script&gt;alert(1)&lt;/script&gt;｜一图读懂·婴幼儿照护行动\u{200b}{{x}}👶🏽&lt;/title&gt;</title>"
    ));
    assert!(indicator.contains(&format!(
        r#"<meta property="og:image" content="{PUBLIC_URL}indicator/1/card.png">"#
    )));
}

#[test]
fn results_link_only_to_web_addresses() {
    let pages = pages();
    let page = |path: &str| {
        &pages
            .iter()
            .find(|(name, _)| name == path)
            .expect("the page")
            .1
    };
    // The result's `javascript:` URL and the one with markup are shown as text, not linked.
    assert!(!page("indicator/2/index.html").contains("javascript:"));
    assert!(page("indicator/2/index.html").contains("来源{{x}}"));
    assert!(!page("indicator/6/index.html").contains("href=\"https://example.invalid"));
    assert!(page("indicator/6/index.html").contains("区统计局&lt;script&gt;"));
}

#[test]
fn csv_cells_never_start_a_formula_and_figures_stay_figures() {
    let files = files(site());
    for name in ["data/indicators.csv", "data/tasks.csv", "data/results.csv"] {
        let text = String::from_utf8(files[name].clone()).expect("UTF-8");
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        assert!(!text.contains(BIDI_CONTROLS), "{name}");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut rows = 0;
        let mut width = None;
        for record in reader.records() {
            let record = record.expect("a CSV record");
            rows += 1;
            // Every row has as many cells as the header.
            assert_eq!(record.len(), *width.get_or_insert(record.len()), "{name}");
            for field in &record {
                let figure = field.parse::<f64>().is_ok();
                assert!(
                    figure || !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: {field:?} starts a formula"
                );
            }
        }
        assert!(rows > 1, "{name}");
        // Every line starts with its 序号, a bare figure (the header aside).
        for line in text.split("\r\n").skip(1).filter(|line| !line.is_empty()) {
            if line.starts_with('"') {
                // A line inside a quoted multi-line cell.
                continue;
            }
            assert!(line.starts_with(|c: char| c.is_ascii_digit() || c == '\'' || c == '长'));
        }
    }
    let tasks = String::from_utf8(files["data/tasks.csv"].clone()).expect("UTF-8");
    for neutralised in [
        "\"'@SUM(1+1)*cmd|' /C calc'!A0 ",
        "\"'+1+1<script>alert(1)</script>",
        "\"'-2+3\"\"><img src=x onerror=alert(1)>",
        "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")",
        "\"'\t制表符开头",
        "\"'\r回车开头",
        "\"'=HYPERLINK(\"\"http://example.invalid\"\")、",
    ] {
        assert!(tasks.contains(neutralised), "tasks.csv: {neutralised:?}");
    }
    assert!(tasks.contains(&dataset().task(10).expect("task 10").text));
    assert!(tasks.contains("\r\n10,\""), "序号 is a bare figure");
    let indicators = String::from_utf8(files["data/indicators.csv"].clone()).expect("UTF-8");
    assert!(indicators.contains(
        "\r\n1,\"'@预期性\",\"'+每千人口托位数<script>alert(1)</script>\",\"个\",2,4.5,\"预期性\"\r\n"
    ));
    assert!(indicators.contains(
        "\r\n3,\"\",\"'@托位使用率</title>\",\"%\",30,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\","
    ));
    assert!(indicators.contains("\r\n2,\"'=1+1\","));
}

#[test]
fn cards_are_valid_svg_with_the_data_as_text() {
    let cards = site_cards(dataset(), Some(PUBLIC_URL));
    assert_eq!(cards.len(), 1 + dataset().indicators.len());
    let mut all_text = String::new();
    for (file, svg) in &cards {
        let document = roxmltree::Document::parse(svg)
            .unwrap_or_else(|error| panic!("{file} is not well-formed XML: {error}"));
        for node in document.descendants().filter(|node| node.is_element()) {
            let tag = node.tag_name().name();
            assert!(
                ["svg", "rect", "text", "tspan", "path", "g"].contains(&tag),
                "{file}: <{tag}> came from the data"
            );
            for attribute in node.attributes() {
                assert!(
                    !attribute.name().starts_with("on"),
                    "{file}: {}",
                    attribute.name()
                );
                assert!(!attribute.value().contains(BIDI_CONTROLS), "{file}");
            }
            if tag == "text" || tag == "tspan" {
                let text = node.text().unwrap_or_default();
                assert!(!text.contains(BIDI_CONTROLS), "{file}: {text:?}");
                all_text.push_str(text);
            }
        }
    }
    // The markup is drawn as the words it is.
    assert!(all_text.contains("<script>alert(1)"), "{all_text}");
    assert!(all_text.contains("</title>"));
    assert!(all_text.contains("{{x}}"));
    assert!(all_text.contains("]]>"));
}

#[test]
fn card_pngs_are_drawn_at_their_size() {
    let files = files(site());
    let mut names = vec!["card.png".to_owned()];
    names.extend(
        dataset()
            .indicators
            .iter()
            .map(|indicator| format!("indicator/{}/card.png", indicator.id)),
    );
    for name in names {
        let png = files
            .get(&name)
            .unwrap_or_else(|| panic!("{name} is written (fonts-noto-cjk is installed)"));
        let decoder = png::Decoder::new(std::io::Cursor::new(png.as_slice()));
        let reader = decoder.read_info().expect("a PNG");
        let info = reader.info();
        assert_eq!(
            (info.width, info.height),
            (CARD_WIDTH * CARD_SCALE, CARD_HEIGHT * CARD_SCALE),
            "{name}"
        );
    }
}

#[test]
fn qr_codes_hold_the_views_address_only() {
    for route in Route::all(dataset()) {
        if route == Route::NotFound {
            continue;
        }
        let link = page_link(PUBLIC_URL, &route);
        assert!(link.starts_with(PUBLIC_URL), "{link}");
        assert!(
            link.chars()
                .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\'' | '`')),
            "{link}"
        );
        assert!(QrMatrix::new(&link).is_some(), "{link}");
    }
    // The card of the indicator with the long name: its QR code decodes to its page's address.
    let svg = &site_cards(dataset(), Some(PUBLIC_URL))
        .into_iter()
        .find(|(file, _)| file == "indicator/9/card.png")
        .expect("indicator 9's card")
        .1;
    let pixmap = yitu::share::Rasteriser::new()
        .pixmap(svg, CARD_SCALE as f32)
        .expect("the card rasterises");
    let width = pixmap.width() as usize;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, pixmap.height() as usize, |x, y| {
            let pixel = pixmap.pixels()[y * width + x];
            ((u16::from(pixel.red()) + u16::from(pixel.green()) + u16::from(pixel.blue())) / 3)
                as u8
        });
    let texts: Vec<String> = image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect();
    assert_eq!(texts, [format!("{PUBLIC_URL}indicator/9/")]);
}
