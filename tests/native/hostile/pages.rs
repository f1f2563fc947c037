//! The pages: every view written, the data as text and never as markup, titles and meta tags
//! escaped, results linked only to web addresses.

use super::{dataset, pages, BIDI_CONTROLS, MARKUP, PUBLIC_URL};
use yitu::route::Route;

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
        // The starter and the plan's index (data, which runs nothing), on every page but 404.html.
        let expected = usize::from(name != "404.html");
        let index = page.matches(r#"<script type="application/json" id="plan-index">"#);
        assert_eq!(index.count(), expected, "{name}: the plan index");
        let scripts = page.matches("<script").count();
        assert_eq!(
            scripts,
            2 * expected,
            "{name}: only the starter and the index"
        );
        assert_eq!(page.matches("</script>").count(), 2 * expected, "{name}");
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
    // The page as a reader sees it: without the plan's index, which holds department names as data.
    let page = |path: &str| {
        let page = &pages
            .iter()
            .find(|(name, _)| name == path)
            .expect("the page")
            .1;
        let start = page
            .find(r#"<script type="application/json""#)
            .expect("an index");
        let end = start + page[start..].find("</script>").expect("a closed index");
        format!("{}{}", &page[..start], &page[end..])
    };
    // The result's `javascript:` URL and the one with markup are shown as text, not linked.
    assert!(!page("indicator/2/index.html").contains("javascript:"));
    assert!(page("indicator/2/index.html").contains("来源{{x}}"));
    assert!(!page("indicator/6/index.html").contains("href=\"https://example.invalid"));
    assert!(page("indicator/6/index.html").contains("区统计局&lt;script&gt;"));
}

/// The long image's page: its only images are the parts, in order; every text of the dataset is
/// text there (escaped, without bidirectional controls), and no tag the build did not write.
#[test]
fn the_long_image_page_holds_its_parts_and_the_text_as_text() {
    let files = super::files(super::site());
    let page = String::from_utf8(files["longimage/index.html"].clone()).expect("UTF-8");
    let parts: Vec<&String> = files
        .keys()
        .filter(|name| name.starts_with("longimage/part-") && name.ends_with(".jpg"))
        .collect();
    assert!(!parts.is_empty(), "the long image was drawn");
    let images = between(&page, "<img ", ">");
    assert_eq!(images.len(), parts.len(), "one image a part");
    for (image, part) in images.iter().zip(&parts) {
        let file = part.trim_start_matches("longimage/");
        assert!(
            image.starts_with(&format!("src=\"{file}\" alt=\"")),
            "{image}"
        );
    }
    for markup in MARKUP.iter().filter(|markup| **markup != "<img") {
        assert!(
            !page.contains(markup),
            "the page holds {markup:?} as markup"
        );
    }
    assert!(!page.contains(BIDI_CONTROLS), "no bidirectional control");
    for tag in tags(&page) {
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let written = [
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4",
            "p", "a", "div", "img", "main", "ul", "li", "footer",
        ];
        assert!(
            written.contains(&name.as_str()),
            "a tag the build did not write: {tag}"
        );
    }
}
