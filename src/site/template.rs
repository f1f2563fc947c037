//! The page template: Trunk's `index.html`, checked to hold every placeholder a page fills, with
//! its inline start-up module moved into its own file; and the stylesheets inlined into a page.

use crate::share::escape_xml;

/// The parts of `index.html` that differ per page. Each must appear exactly once.
pub(super) const BASE: &str = r#"<base href="./">"#;
pub(super) const TITLE: &str = "<title>一图读懂</title>";
pub(super) const HEAD_META: &str = r#"<meta name="description" content="">"#;
pub(super) const ROOT: &str = r#"<div id="app"></div>"#;
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
    pub(super) fn starter_tag(&self) -> String {
        let Some(boot) = &self.boot else {
            return String::new();
        };
        format!(
            r#"<script data-boot="{}">{STARTER}</script>"#,
            escape_xml(&boot.file_name)
        )
    }

    /// The widget's public URL, where the build was told it.
    pub(super) fn public_url(&self) -> Option<&str> {
        self.public_url.as_deref()
    }

    /// The page with its placeholders filled: the `<base href>`, the title, the head's meta tags and
    /// the app's pre-rendered body; the starter script goes before `</head>`.
    pub(super) fn fill(&self, base: &str, title: &str, meta: &str, body: &str) -> String {
        self.html
            .replacen(STARTER_PLACEHOLDER, &self.starter_tag(), 1)
            .replace(BASE, &format!(r#"<base href="{base}">"#))
            .replace(TITLE, &format!("<title>{title}</title>"))
            .replace(HEAD_META, meta)
            .replace(ROOT, &format!(r#"<div id="app">{body}</div>"#))
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
        css.push_str(&with_imports(
            href.trim_start_matches("./"),
            stylesheet,
            &mut Vec::new(),
        )?);
        place.get_or_insert(out.len());
    }
    if let Some(place) = place {
        out.insert_str(place, &format!("<style>{}</style>\n", css.trim_end()));
    }
    out.push_str(&page[head_end..]);
    Ok(out)
}

/// A stylesheet's text, each of its `@import "file";` lines replaced by that file's text (read from
/// the stylesheet's own folder), so that one link in the template stands for every stylesheet.
/// `importing` holds the stylesheets whose imports are being read, outermost first: a stylesheet that
/// imports one of them is refused, where it would otherwise be read forever.
fn with_imports(
    name: &str,
    stylesheet: &dyn Fn(&str) -> Option<String>,
    importing: &mut Vec<String>,
) -> Result<String, String> {
    if importing.iter().any(|outer| outer == name) {
        return Err(format!(
            "stylesheets import each other in a circle: {} → {name}",
            importing.join(" → ")
        ));
    }
    let text = stylesheet(name).ok_or_else(|| format!("stylesheet {name} is missing"))?;
    importing.push(name.to_owned());
    let folder = name.rfind('/').map_or("", |slash| &name[..=slash]);
    let mut css = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let imported = line
            .trim()
            .strip_prefix("@import \"")
            .and_then(|rest| rest.strip_suffix("\";"));
        match imported {
            Some(file) => css.push_str(&with_imports(
                &format!("{folder}{file}"),
                stylesheet,
                importing,
            )?),
            None => css.push_str(line),
        }
    }
    importing.pop();
    if !css.ends_with('\n') {
        css.push('\n');
    }
    Ok(css)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_stylesheet_s_imports_are_inlined_in_order_from_its_folder() {
        let page =
            "<head>\n<link rel=\"stylesheet\" href=\"styles/index.css\">\n</head><body></body>";
        let css = |name: &str| match name {
            "styles/index.css" => {
                Some("/* all */\n@import \"a.css\";\n@import \"b.css\";\n".to_owned())
            }
            "styles/a.css" => Some("a{}".to_owned()),
            "styles/b.css" => Some("@import \"c.css\";\nb{}\n".to_owned()),
            "styles/c.css" => Some("c{}\n".to_owned()),
            _ => None,
        };
        let inlined = inline_stylesheets(page, &css).unwrap();
        assert!(
            inlined.contains("<style>/* all */\na{}\nc{}\nb{}</style>"),
            "{inlined}"
        );
        let missing =
            |name: &str| (name == "styles/index.css").then(|| "@import \"gone.css\";".to_owned());
        assert_eq!(
            inline_stylesheets(page, &missing).unwrap_err(),
            "stylesheet styles/gone.css is missing"
        );
    }

    #[test]
    fn a_stylesheet_that_imports_itself_is_refused() {
        let page =
            "<head>\n<link rel=\"stylesheet\" href=\"styles/index.css\">\n</head><body></body>";
        let cycle = |name: &str| match name {
            "styles/index.css" => Some("@import \"a.css\";\n@import \"b.css\";\n".to_owned()),
            "styles/a.css" => Some("a{}\n".to_owned()),
            "styles/b.css" => Some("@import \"c.css\";\n".to_owned()),
            "styles/c.css" => Some("@import \"b.css\";\n".to_owned()),
            _ => None,
        };
        assert_eq!(
            inline_stylesheets(page, &cycle).unwrap_err(),
            "stylesheets import each other in a circle: styles/index.css → styles/b.css → styles/c.css → styles/b.css"
        );
        // A stylesheet imported twice, but not inside itself, is no cycle.
        let twice = |name: &str| match name {
            "styles/index.css" => Some("@import \"a.css\";\n@import \"a.css\";\n".to_owned()),
            "styles/a.css" => Some("a{}\n".to_owned()),
            _ => None,
        };
        assert!(inline_stylesheets(page, &twice)
            .unwrap()
            .contains("a{}\na{}"));
    }

    #[test]
    fn a_template_without_placeholders_is_refused() {
        assert!(PageTemplate::new("<html></html>".to_owned()).is_err());
    }
}
