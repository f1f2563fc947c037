//! The content of a view, fetched from its pre-rendered page for a move in the app.

use crate::contract::{ISLAND_ATTRIBUTE, MAIN_ID, MAIN_START};
use crate::route::Route;

/// What a move in the app takes from the next view's page: its title, description and content.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewPage {
    pub title: String,
    pub description: String,
    /// What the page's `<main>` holds.
    pub content: String,
}

/// The view in a page file of this build; `None` for a page not written by it.
pub fn view_page(page: &str) -> Option<ViewPage> {
    let main_start = page.find(MAIN_START)?;
    let start = main_start + page[main_start..].find('>')? + 1;
    let end = page.rfind("</main>")?;
    let title = between(page, "<title>", "</title>")?;
    let description = between(page, r#"<meta name="description" content=""#, "\"")?;
    (start <= end).then(|| ViewPage {
        title: unescape(title),
        description: unescape(description),
        content: page[start..end].to_owned(),
    })
}

/// The text after the first `open` and before the next `close`.
fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let length = text[start..].find(close)?;
    Some(&text[start..start + length])
}

/// Text as `share::escape_xml` escaped it.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Fetches the page of a view (same origin, relative to the page's `<base href>`); `None` if the
/// page cannot be had or is not one of this build's.
pub async fn fetch_view(route: &Route) -> Option<ViewPage> {
    view_page(&super::fetch_text(&route.page_file()).await?)
}

/// Marks `<html data-loading>` while the next view's page is fetched; the stylesheet shows a bar.
pub fn mark_loading(loading: bool) {
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    let _ = if loading {
        root.set_attribute("data-loading", "")
    } else {
        root.remove_attribute("data-loading")
    };
}

/// Shows a view's content (from its page) in `<main>`, in place of the view shown.
pub fn show_view_content(content: &str) {
    if let Some(main) = gloo::utils::document().get_element_by_id(MAIN_ID) {
        main.set_inner_html(content);
    }
}

/// Empties an island's host of what the page wrote there, for the live island to render into.
pub fn empty_island_host(host: &web_sys::Element) {
    host.set_inner_html("");
}

/// The host of an island outside the view (`[data-island]`), emptied for the live island to render
/// into; `None` if the page has none.
pub fn emptied_island_host(name: &str) -> Option<web_sys::Element> {
    let host = gloo::utils::document()
        .query_selector(&format!(r#"[{ISLAND_ATTRIBUTE}="{name}"]"#))
        .ok()
        .flatten()?;
    empty_island_host(&host);
    Some(host)
}

/// The hosts of the islands in the view shown (`#main [data-island]`), each with its island's name.
pub fn island_hosts() -> Vec<(String, web_sys::Element)> {
    super::elements(
        gloo::utils::document().query_selector_all(&format!("#{MAIN_ID} [{ISLAND_ATTRIBUTE}]")),
    )
    .into_iter()
    .filter_map(|host| Some((host.get_attribute(ISLAND_ATTRIBUTE)?, host)))
    .collect()
}
