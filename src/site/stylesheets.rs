//! The stylesheets inlined into a page, their imports followed.

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
}
