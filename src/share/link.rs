//! The link a reader shares: the view's own page, or the embedding article with the view in its fragment.
//!
//! By default a view is shared as its own page URL, resolved from the page's `<base href>`
//! (`https://host/news/yitu/indicator/3/`). An article that embeds the widget can ask for links to
//! itself instead, by adding `?share=<percent-encoded article URL>` to the widget's URL; a view is then
//! shared as `<article URL>#yitu=indicator-3` (`task-7`, `department-health`), and the article's page
//! opens that view (see the README). Only `http:` and `https:` article URLs are taken: anything else
//! is ignored, so that a shared link is never `javascript:` or `data:`.

use crate::route::Route;

/// The widget URL's query parameter that names the embedding article.
pub const SHARE_PARAM: &str = "share";

/// The fragment key the embedding article reads: `#yitu=indicator-3`.
const FRAGMENT_KEY: &str = "yitu";

/// An article URL that links may point to: `http:` or `https:`, with a host, without its fragment.
/// Characters that may not stand in a URL unescaped (non-ASCII letters) are percent-encoded; a URL
/// with spaces, control characters, quotes, angle brackets or a user name before the host is refused.
pub fn article_base(value: &str) -> Option<String> {
    let value = value.trim();
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &value[8..]
    } else if lower.starts_with("http://") {
        &value[7..]
    } else {
        return None;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() || authority.contains(['@', '\\']) || authority.starts_with(':') {
        return None;
    }
    if value.chars().any(|c| {
        c.is_control() || c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}')
    }) {
        return None;
    }
    let without_fragment = value.split('#').next().unwrap_or_default();
    Some(encode_unsafe(without_fragment))
}

/// Percent-encodes what may not stand unescaped in a URL (non-ASCII letters, spaces, quotes, angle
/// brackets, `#`, `?`), keeping what is already escaped (`%E5`) as it is.
fn encode_unsafe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_graphic()
            && !matches!(c, '"' | '<' | '>' | '`' | '{' | '}' | '\\' | '^' | '|')
        {
            out.push(c);
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

/// The article URL named by `share=` in a query string (`?share=…&initialWidth=375`) or in a whole
/// URL, percent-decoded and checked with [`article_base`]. `None` where there is none or it is refused.
pub fn share_param(url_or_query: &str) -> Option<String> {
    let before_fragment = url_or_query.split('#').next().unwrap_or_default();
    let query = match before_fragment.split_once('?') {
        Some((_, query)) => query,
        None => before_fragment,
    };
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(name, _)| *name == SHARE_PARAM)
        .find_map(|(_, value)| {
            let decoded = urlencoding::decode(value).ok()?;
            article_base(&decoded)
        })
}

/// Resolves a relative link such as `indicator/3/` or `./` against an absolute base URL (the
/// document's resolved `<base href>`, `document.baseURI`). What may not stand in a URL is
/// percent-encoded, so a department named in Chinese becomes `department/%E5%8C%BA…/`.
pub fn join_relative(base: &str, relative: &str) -> String {
    let base = base.split(['#', '?']).next().unwrap_or_default();
    // The path starts at the first `/` after `scheme://host`; the directory ends at its last `/`:
    // `https://host/a/page.html` → `https://host/a/`, `https://host` → `https://host/`.
    let path_start = base
        .find("://")
        .map(|scheme| scheme + 3)
        .and_then(|host| base[host..].find('/').map(|slash| host + slash));
    let mut out = match path_start {
        Some(start) => base[..=start + base[start..].rfind('/').unwrap_or(0)].to_owned(),
        None => format!("{base}/"),
    };
    let relative = relative.strip_prefix("./").unwrap_or(relative);
    let segments: Vec<String> = relative
        .split('/')
        .map(|segment| {
            encode_unsafe(segment)
                .replace('#', "%23")
                .replace('?', "%3F")
        })
        .collect();
    out.push_str(&segments.join("/"));
    out
}

/// A view's own page URL under the widget's root.
pub fn page_link(base: &str, route: &Route) -> String {
    join_relative(base, &route.relative_href())
}

/// The link to share for a view: `<article>#yitu=<key>` where an article was named, else the view's
/// own page URL under `page_base` (the widget's root, absolute).
pub fn share_link(route: &Route, page_base: &str, article: Option<&str>) -> String {
    match article.and_then(article_base) {
        Some(article) => match route.share_key() {
            Some(key) => format!("{article}#{FRAGMENT_KEY}={key}"),
            None => article,
        },
        None => page_link(page_base, route),
    }
}

/// The widget's public URL as given to the build (`YITU_PUBLIC_URL`), ending in `/`; `None` unless
/// it is an `http:` or `https:` URL.
pub fn public_url(value: &str) -> Option<String> {
    let mut url = article_base(value)?;
    if url.contains('?') {
        return None;
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_onto_the_root() {
        assert_eq!(
            join_relative("https://host/news/yitu/", "indicator/3/"),
            "https://host/news/yitu/indicator/3/"
        );
        assert_eq!(join_relative("https://host/", "./"), "https://host/");
        assert_eq!(
            join_relative("https://host", "task/7/"),
            "https://host/task/7/"
        );
        assert_eq!(
            join_relative("https://host/a/index.html?x=1#y", "task/7/"),
            "https://host/a/task/7/"
        );
    }
}
