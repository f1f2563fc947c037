//! Page files: the app's `index.html` with each view's head and pre-rendered body filled in.

use crate::app::{App, AppProps};
use crate::meta::{page_description, page_title, site_name};
use crate::model::Dataset;
use crate::route::Route;
use crate::share::escape_xml;

/// The parts of `index.html` that differ per page. Each must appear exactly once.
const BASE: &str = r#"<base href="./">"#;
const TITLE: &str = "<title>一图读懂</title>";
const HEAD_META: &str = r#"<meta name="description" content="">"#;
const ROOT: &str = r#"<div id="app"></div>"#;

/// The built `index.html`, checked to hold every placeholder, with Trunk's inline start-up module
/// moved into its own file and started by [`STARTER`] after the first paint.
#[derive(Debug, Clone)]
pub struct PageTemplate {
    html: String,
    boot: Option<BootScript>,
    /// The widget's public URL (`YITU_PUBLIC_URL`), for absolute `og:image` URLs.
    public_url: Option<String>,
}

/// The app's start-up module, written to `dist/` as its own file.
#[derive(Debug, Clone, PartialEq)]
pub struct BootScript {
    pub file_name: String,
    pub source: String,
}

const INLINE_MODULE: &str = r#"<script type="module">"#;

/// The one inline script of every page, at the end of `<head>`. It puts the 大字版 on at once for a
/// reader who chose it on an earlier visit (so the page does not change size when the app starts),
/// and it loads the app's start-up module (named by its `data-boot` attribute) once the browser
/// reports the pre-rendered page's first paint, so that the text never waits for, nor shares the line
/// with, the app's files; where paint timing is missing, after the first frame. Inside an iframe it
/// loads it at once: the host page waits for the height.
/// Its text never changes, so a CSP allows it by hash (README, "Security").
pub const STARTER: &str = include_str!("starter.js");

impl PageTemplate {
    pub fn new(html: String) -> Result<Self, String> {
        for placeholder in [BASE, TITLE, HEAD_META, ROOT] {
            if html.matches(placeholder).count() != 1 {
                return Err(format!(
                    "index.html must contain {placeholder} exactly once"
                ));
            }
        }
        let Some(start) = html.find(INLINE_MODULE) else {
            return Ok(PageTemplate {
                html,
                boot: None,
                public_url: None,
            });
        };
        let body_start = start + INLINE_MODULE.len();
        let end = html[body_start..]
            .find("</script>")
            .map(|offset| body_start + offset)
            .ok_or("index.html has an unclosed inline module script")?;
        let source = html[body_start..end].trim().to_owned();
        let file_name = format!("boot-{:016x}.js", fnv1a(source.as_bytes()));
        let mut html = format!("{}{}", &html[..start], &html[end + "</script>".len()..]);
        // Trunk's preloads would fetch the app before the first paint; the starter fetches it after.
        remove_tags(&mut html, r#"<link rel="modulepreload""#);
        remove_tags(&mut html, r#"<link rel="preload""#);
        let head_end = html.find("</head>").ok_or("index.html has no </head>")?;
        html.insert_str(head_end, STARTER_PLACEHOLDER);
        Ok(PageTemplate {
            html,
            boot: Some(BootScript { file_name, source }),
            public_url: None,
        })
    }

    /// Pages with share cards name them by absolute URL under `public_url` (see `share::card_file`);
    /// without it, by the path relative to the page file (`card.png`).
    pub fn with_public_url(mut self, public_url: Option<String>) -> Self {
        self.public_url = public_url;
        self
    }

    /// The inline script that starts the app, with the files it needs named in its attributes.
    fn starter_tag(&self) -> String {
        let Some(boot) = &self.boot else {
            return String::new();
        };
        format!(
            r#"<script data-boot="{}">{STARTER}</script>"#,
            escape_xml(&boot.file_name)
        )
    }

    /// The start-up module that was inline in `index.html`, if there was one.
    pub fn boot_script(&self) -> Option<&BootScript> {
        self.boot.as_ref()
    }
}

/// Where the starter script goes, before `</head>`, until a page is written.
const STARTER_PLACEHOLDER: &str = "{STARTER}";

/// Removes every tag that starts with `prefix`.
fn remove_tags(html: &mut String, prefix: &str) {
    while let Some(start) = html.find(prefix) {
        let end = html[start..]
            .find('>')
            .map_or(html.len(), |offset| start + offset + 1);
        html.replace_range(start..end, "");
    }
}

/// A stable 64-bit FNV-1a hash, for content-addressed file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Where a view's page file goes in `dist/`.
pub fn page_path(route: &Route) -> String {
    match route {
        Route::Overview => "index.html".to_owned(),
        Route::NotFound => "404.html".to_owned(),
        route => format!("{}index.html", route.relative_href()),
    }
}

/// A view's page file: its `<base href>` back to the root, title, description, Open Graph tags and body.
pub fn page_file(template: &PageTemplate, route: &Route, dataset: &Dataset, body: &str) -> String {
    // 404.html is served at unknown addresses, so it is written for the root.
    let depth = if *route == Route::NotFound {
        0
    } else {
        route.depth()
    };
    let base = if depth == 0 {
        "./".to_owned()
    } else {
        "../".repeat(depth)
    };
    let title = escape_xml(&page_title(route, dataset));
    let description = escape_xml(&page_description(route, dataset));
    let site = escape_xml(&site_name(dataset));
    let meta = format!(
        concat!(
            r#"<meta name="description" content="{description}">"#,
            r#"<meta property="og:type" content="article">"#,
            r#"<meta property="og:site_name" content="{site}">"#,
            r#"<meta property="og:title" content="{title}">"#,
            r#"<meta property="og:description" content="{description}">"#,
            r#"<meta property="og:locale" content="zh_CN">"#,
        ),
        description = description,
        site = site,
        title = title,
    );
    let meta = meta + &og_image(template.public_url.as_deref(), route, dataset);
    template
        .html
        .replacen(STARTER_PLACEHOLDER, &template.starter_tag(), 1)
        .replace(BASE, &format!(r#"<base href="{base}">"#))
        .replace(TITLE, &format!("<title>{title}</title>"))
        .replace(HEAD_META, &meta)
        .replace(ROOT, &format!(r#"<div id="app">{body}</div>"#))
}

/// The `og:image` tags of a page whose view has a share card (the overview and each indicator).
fn og_image(public_url: Option<&str>, route: &Route, dataset: &Dataset) -> String {
    let Some(file) = crate::share::card_file(route).filter(|_| route.exists_in(dataset)) else {
        return String::new();
    };
    let url = match public_url {
        Some(root) => format!("{root}{file}"),
        None => "card.png".to_owned(),
    };
    format!(
        concat!(
            r#"<meta property="og:image" content="{url}">"#,
            r#"<meta property="og:image:width" content="{width}">"#,
            r#"<meta property="og:image:height" content="{height}">"#,
            r#"<meta property="og:image:alt" content="{alt}">"#,
        ),
        url = escape_xml(&url),
        width = crate::share::CARD_WIDTH * crate::share::CARD_SCALE,
        height = crate::share::CARD_HEIGHT * crate::share::CARD_SCALE,
        alt = escape_xml(&page_description(route, dataset)),
    )
}

/// `404.html`: hosts serve it at any unknown address, at any depth, so it stands alone. Its styles
/// are inline, it loads no script, and its `<base href>` is the widget's public path where the build
/// was told it (`YITU_PUBLIC_PATH`), else the site root.
pub fn not_found_file(
    template: &PageTemplate,
    dataset: &Dataset,
    body: &str,
    stylesheet: &dyn Fn(&str) -> Option<String>,
    public_path: Option<&str>,
) -> Result<String, String> {
    let mut page = inline_stylesheets(
        &page_file(template, &Route::NotFound, dataset, body),
        stylesheet,
    )?;
    let starter = template.starter_tag();
    if !starter.is_empty() {
        page = page.replace(&starter, "");
    }
    let base = public_path.unwrap_or("/");
    let mut out = String::with_capacity(page.len());
    let mut in_head = true;
    for line in page.lines() {
        let trimmed = line.trim();
        if trimmed.contains("</head>") {
            in_head = false;
        }
        if !in_head {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if trimmed.starts_with("<script") {
            // The app is not started on this page.
        } else if trimmed.starts_with("<base href=") {
            out.push_str(&format!(r#"<base href="{}">"#, escape_xml(base)));
            out.push('\n');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if out.contains("<script") {
        return Err("404.html must not load a script".to_owned());
    }
    Ok(out)
}

/// Puts the page's stylesheets into one `<style>` where the first of them was linked, so that the
/// page paints with no further request (the stylesheets are small; the CSP allows inline styles).
pub fn inline_stylesheets(
    page: &str,
    stylesheet: &dyn Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let head_end = page.find("</head>").unwrap_or(page.len());
    let mut css = String::new();
    let mut out = String::with_capacity(page.len());
    // Where the first stylesheet was linked. The styles go there once all are read: never through a
    // placeholder in the text, which the page's title (the dataset's words) could also contain.
    let mut place = None;
    for line in page[..head_end].split_inclusive('\n') {
        let Some(href) = attribute(line.trim(), "<link rel=\"stylesheet\"", "href") else {
            out.push_str(line);
            continue;
        };
        let name = href.trim_start_matches("./");
        css.push_str(&stylesheet(name).ok_or_else(|| format!("stylesheet {name} is missing"))?);
        css.push('\n');
        place.get_or_insert(out.len());
    }
    if let Some(place) = place {
        out.insert_str(place, &format!("<style>{}</style>\n", css.trim_end()));
    }
    out.push_str(&page[head_end..]);
    Ok(out)
}

/// The value of `name="…"` in a tag that starts with `prefix`.
fn attribute<'a>(tag: &'a str, prefix: &str, name: &str) -> Option<&'a str> {
    if !tag.starts_with(prefix) {
        return None;
    }
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// Renders a view natively into hydratable HTML.
pub async fn render_view(route: &Route) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        route: route.clone(),
    })
    .hydratable(true)
    .render()
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    fn template() -> PageTemplate {
        PageTemplate::new(format!(
            "<html><head>{BASE}{TITLE}{HEAD_META}</head><body>{ROOT}<script src=\"./app.js\"></script></body></html>"
        ))
        .expect("all placeholders")
    }

    #[test]
    fn pages_point_back_to_the_root() {
        let dataset = dataset();
        let page = page_file(
            &template(),
            &Route::Indicator { id: 3 },
            dataset,
            "<p>x</p>",
        );
        assert!(page.contains(r#"<base href="../../">"#));
        assert!(page.contains("<title>托位使用率｜"));
        assert!(page.contains(r#"<meta property="og:title" content="托位使用率｜"#));
        assert!(page.contains(r#"<div id="app"><p>x</p></div>"#));
        assert_eq!(
            page_path(&Route::Indicator { id: 3 }),
            "indicator/3/index.html"
        );
        assert_eq!(page_path(&Route::Overview), "index.html");
        assert_eq!(page_path(&Route::NotFound), "404.html");
        let not_found = page_file(&template(), &Route::NotFound, dataset, "");
        assert!(not_found.contains(r#"<base href="./">"#));
    }

    #[test]
    fn the_start_up_module_moves_to_its_own_file_started_from_the_head() {
        let html = format!(
            "<head>{BASE}{TITLE}{HEAD_META}\n<script type=\"module\">\nimport init from './app.js';\n</script>\n<link rel=\"modulepreload\" href=\"./app.js\"><link rel=\"preload\" href=\"./app.wasm\" as=\"fetch\"></head><body>{ROOT}</body>"
        );
        let template = PageTemplate::new(html).unwrap();
        let boot = template.boot_script().expect("a boot script").clone();
        assert_eq!(boot.source, "import init from './app.js';");
        assert!(boot.file_name.starts_with("boot-") && boot.file_name.ends_with(".js"));
        let page = page_file(&template, &Route::Overview, dataset(), "<h1>x</h1>");
        let starter = format!(
            r#"<script data-boot="{}">{STARTER}</script></head>"#,
            boot.file_name
        );
        assert!(page.contains(&starter), "{page}");
        assert_eq!(page.matches("<script").count(), 1);
        assert!(!page.contains("import init"));
        assert!(!page.contains("preload"));
    }

    #[test]
    fn the_starter_is_one_line_that_a_csp_hash_can_name() {
        assert!(!STARTER.contains('\n') && STARTER.starts_with("(function"));
        assert!(STARTER.contains("PerformanceObserver") && STARTER.contains("data-boot"));
        // It records on <html> what started the app, before requesting it, for the loading test.
        assert!(STARTER
            .contains(r#"started=true;document.documentElement.setAttribute("data-start",how);"#));
        assert!(STARTER.contains(r#"start("paint")"#));
        // The 大字版 it restores is the one the app remembers.
        assert!(STARTER.contains(r#"getItem("yitu:text-size")==="large""#));
        assert!(STARTER.contains(r#"classList.add("large-text")"#));
    }

    #[test]
    fn not_found_stands_alone() {
        let html = format!(
            "<head>\n{BASE}\n{TITLE}\n{HEAD_META}\n<link rel=\"stylesheet\" href=\"./base-1.css\"/>\n<script type=\"module\">\nimport x from './a.js';\n</script>\n<link rel=\"modulepreload\" href=\"./a.js\"></head>\n<body>{ROOT}</body>"
        );
        let template = PageTemplate::new(html).unwrap();
        let css = |name: &str| (name == "base-1.css").then(|| "body{color:red}".to_owned());
        let page = not_found_file(
            &template,
            dataset(),
            "<h1>x</h1>",
            &css,
            Some("/news/yitu/"),
        )
        .unwrap();
        assert!(page.contains("<style>body{color:red}</style>"));
        assert!(page.contains(r#"<base href="/news/yitu/">"#));
        assert!(!page.contains("<script"));
        assert!(!page.contains("modulepreload"));
        let missing = |_: &str| None;
        assert!(not_found_file(&template, dataset(), "", &missing, None).is_err());
    }

    #[test]
    fn stylesheets_are_inlined_into_one_style_element() {
        let page = "<head>\n<link rel=\"stylesheet\" href=\"./a-1.css\"/>\n<link rel=\"stylesheet\" href=\"./b-2.css\"/>\n</head><body><link rel=\"stylesheet\" href=\"./c.css\"></body>";
        let css = |name: &str| match name {
            "a-1.css" => Some("a{}".to_owned()),
            "b-2.css" => Some("b{}".to_owned()),
            _ => None,
        };
        let inlined = inline_stylesheets(page, &css).unwrap();
        assert_eq!(inlined.matches("<style>").count(), 1);
        assert!(inlined.contains("<style>a{}\nb{}</style>"));
        assert!(!inlined.contains("a-1.css"));
        assert!(inlined.contains("c.css"), "only the head's stylesheets");
        assert!(inline_stylesheets(page, &|_: &str| None).is_err());
    }

    #[test]
    fn a_template_without_placeholders_is_refused() {
        assert!(PageTemplate::new("<html></html>".to_owned()).is_err());
    }

    #[test]
    fn escapes_attribute_text_with_the_shared_escaper() {
        assert_eq!(escape_xml(r#"<a "b">&"#), "&lt;a &quot;b&quot;&gt;&amp;");
    }

    fn render(route: Route) -> String {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(tokio::task::LocalSet::new().run_until(render_view(&route)))
    }

    #[test]
    fn the_overview_prerenders_the_table_and_the_status() {
        let html = render(Route::Overview);
        assert_eq!(
            html.matches("<tr>").count(),
            11,
            "header row and 10 indicators"
        );
        assert!(html.contains("10项指标均无公开结果"));
        assert!(html.contains("尚无公开结果"));
        assert!(html.contains("大足府办发〔2024〕16号"));
        assert!(html.contains(r#"href="indicator/3/""#));
    }

    #[test]
    fn an_indicator_prerenders_its_own_view() {
        let html = render(Route::Indicator { id: 5 });
        assert!(html.contains("提供托育服务的幼儿园数占幼儿园总数比例"));
        assert!(html.contains(
            "2023—2025年全区提供托育服务幼儿园数占幼儿园总数的比例分别达30%、35%、40%。"
        ));
        assert!(html.contains(r#"href="task/1/""#));
        let missing = render(Route::Indicator { id: 11 });
        assert!(missing.contains("没有找到这个页面"));
    }
}
