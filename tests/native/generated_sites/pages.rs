//! One written page against the site: it parses as HTML with no error, and every address in it
//! leads to a file the build wrote, with the site deployed below a sub-path.

use std::collections::BTreeSet;
use std::path::Path;

use html5ever::tendril::TendrilSink;
use html5ever::tokenizer::TokenizerOpts;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_document, ParseOpts};
use scraper::{Html, HtmlTreeSink};
use url::Url;

/// A written site, as a host serves it.
pub struct Site<'a> {
    /// The folder the build wrote.
    pub folder: &'a Path,
    /// The widget's address on its host, a sub-path ending in `/`.
    pub root: &'a Url,
    /// The only addresses on other origins a page may link: the dataset's result URLs.
    pub external: &'a BTreeSet<Url>,
    /// The share cards the build draws (`card.png`, `indicator/<序号>/card.png`).
    pub cards: &'a BTreeSet<String>,
}

/// An element's name and attributes.
type Element = (String, Vec<(String, String)>);

impl Site<'_> {
    /// Checks the page served at `url`; returns how many addresses it resolved.
    pub fn check_page(&self, html: &str, url: &Url) -> Result<usize, String> {
        let elements = parse(html)?;
        let attribute = |(_, attributes): &Element, name: &str| {
            attributes
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        };
        let base = match elements.iter().find(|element| element.0 == "base") {
            Some(element) => {
                let href = attribute(element, "href").ok_or("<base> has no href")?;
                url.join(&href)
                    .map_err(|error| format!("<base href={href:?}>: {error}"))?
            }
            None => url.clone(),
        };
        // Every page's links are written relative to the widget's root.
        if base != *self.root {
            return Err(format!("its base is {base}, not the widget's root"));
        }
        let mut resolved = 0;
        for element in elements.iter().filter(|element| element.0 != "base") {
            // The starter script names the app's start-up module.
            for name in ["href", "src", "data-boot"] {
                if let Some(address) = attribute(element, name) {
                    self.resolve(&base, &address)
                        .map_err(|error| format!("<{} {name}={address:?}>: {error}", element.0))?;
                    resolved += 1;
                }
            }
            // Link scrapers resolve og:image against the page's own address, not its base.
            if attribute(element, "property").as_deref() == Some("og:image") {
                let content = attribute(element, "content").unwrap_or_default();
                self.resolve_card(url, &content)
                    .map_err(|error| format!("og:image {content:?}: {error}"))?;
                resolved += 1;
            }
        }
        Ok(resolved)
    }

    /// An `href` or `src` leads to a written file below the root, or to a result's own URL.
    fn resolve(&self, base: &Url, address: &str) -> Result<(), String> {
        if address.starts_with('#') || address.starts_with("data:") {
            return Ok(());
        }
        let url = base.join(address).map_err(|error| error.to_string())?;
        if url.origin() != self.root.origin() {
            return match url.scheme() {
                "http" | "https" if self.external.contains(&url) => Ok(()),
                _ => Err(format!("{url} is on another origin, not a result's URL")),
            };
        }
        let file = self.file_of(&url)?;
        if self.folder.join(&file).is_file() {
            Ok(())
        } else {
            Err(format!("{url}: the build wrote no {file}"))
        }
    }

    /// An og:image names a share card the build draws.
    fn resolve_card(&self, page: &Url, content: &str) -> Result<(), String> {
        let url = page.join(content).map_err(|error| error.to_string())?;
        let file = self.file_of(&url)?;
        if self.cards.contains(&file) {
            Ok(())
        } else {
            Err(format!("{url}: the build draws no card {file}"))
        }
    }

    /// The file below the root that a host serves at `url`: `index.html` for a folder.
    fn file_of(&self, url: &Url) -> Result<String, String> {
        let path = url
            .path()
            .strip_prefix(self.root.path())
            .filter(|_| url.origin() == self.root.origin())
            .ok_or_else(|| format!("{url} is outside {}", self.root))?;
        let path = urlencoding::decode(path).map_err(|error| format!("{url}: {error}"))?;
        Ok(if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.into_owned()
        })
    }
}

/// Parses a page as browsers do and lists its elements; fails with every parse error.
fn parse(html: &str) -> Result<Vec<Element>, String> {
    let document = Html::parse_document(html);
    if !document.errors.is_empty() {
        // Parsed again, slowly, for messages that say where and what.
        let options = ParseOpts {
            tokenizer: TokenizerOpts {
                exact_errors: true,
                ..TokenizerOpts::default()
            },
            tree_builder: TreeBuilderOpts {
                exact_errors: true,
                ..TreeBuilderOpts::default()
            },
        };
        let exact = parse_document(HtmlTreeSink::new(Html::new_document()), options).one(html);
        return Err(format!(
            "{} HTML parse errors: {}",
            exact.errors.len(),
            exact.errors.join("; ")
        ));
    }
    let elements = document.tree.values().filter_map(|node| {
        let element = node.as_element()?;
        let attributes = element
            .attrs()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        Some((element.name().to_owned(), attributes))
    });
    Ok(elements.collect())
}
