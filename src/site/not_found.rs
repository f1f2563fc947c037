//! `404.html`, which stands alone: no script, its styles inline, its links from the widget's root.

use super::page_file;
use super::stylesheets::inline_stylesheets;
use super::template::PageTemplate;
use crate::model::Dataset;
use crate::route::Route;
use crate::share::escape_xml;

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
    // Its base is the widget's root wherever the host serves it, not the address asked for.
    let base = format!(
        r#"<base href="{}">"#,
        escape_xml(public_path.unwrap_or("/"))
    );
    let page = page.replacen(r#"<base href="./">"#, &base, 1);
    let out = without_head_scripts(&page);
    if out.contains("<script") {
        return Err("404.html must not load a script".to_owned());
    }
    Ok(out)
}

/// The page without the scripts of its head: the app is not started on 404.html. A script that has
/// a line of its own goes with its line.
fn without_head_scripts(page: &str) -> String {
    let head_end = page.find("</head>").unwrap_or(page.len());
    let mut out = String::with_capacity(page.len());
    let mut rest = &page[..head_end];
    while let Some(start) = rest.find("<script") {
        let Some(close) = rest[start..].find("</script>") else {
            break;
        };
        let mut end = start + close + "</script>".len();
        let line_start = rest[..start].rfind('\n').map_or(0, |newline| newline + 1);
        let mut cut_from = start;
        if rest[line_start..start].trim().is_empty() && rest[end..].starts_with('\n') {
            cut_from = line_start;
            end += 1;
        }
        out.push_str(&rest[..cut_from]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.push_str(&page[head_end..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;
    use crate::site::template::{BASE, HEAD_META, ROOT, TITLE};

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
}
