//! The page template: Trunk's `index.html`, checked to hold every placeholder a page fills, with
//! its inline start-up module moved into its own file.

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
    /// the app's pre-rendered body, with `after_body` after it; the starter script goes before
    /// `</head>`.
    pub(super) fn fill(
        &self,
        base: &str,
        title: &str,
        meta: &str,
        body: &str,
        after_body: &str,
    ) -> String {
        self.html
            .replacen(STARTER_PLACEHOLDER, &self.starter_tag(), 1)
            .replace(BASE, &format!(r#"<base href="{base}">"#))
            .replace(TITLE, &format!("<title>{title}</title>"))
            .replace(HEAD_META, meta)
            .replace(ROOT, &format!(r#"<div id="app">{body}</div>{after_body}"#))
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
    fn a_template_without_placeholders_is_refused() {
        assert!(PageTemplate::new("<html></html>".to_owned()).is_err());
    }
}
