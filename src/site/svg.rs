//! A chart as ECharts draws it, made to fit the page (see [`themed_svg`]).

use crate::charts::{opaque, Palette};

/// ECharts' SVG made to fit the page. The root keeps only its view box (the drawing scales to its
/// box) and names its file; colours become `var(--chart-<role>)`; the text loses its font family
/// (it inherits the page's) and the hover rules and pointer attributes of an interactive chart go;
/// long decimals are rounded to a tenth of a pixel; runs of lines drawn alike become one path and
/// invisible shapes go, so that the page has fewer elements to lay out. Fails on any colour that is not the palette's,
/// which would not follow the reader's colour scheme.
pub fn themed_svg(raw: &str, file: &str) -> Result<String, String> {
    let root_end = raw.find('>').ok_or("an SVG with no root")? + 1;
    let view_box = attribute(&raw[..root_end], "viewBox").ok_or("an SVG with no viewBox")?;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}" data-file="{file}" focusable="false">{}"#,
        &raw[root_end..]
    );
    remove_between(&mut svg, "<style", "</style>");
    remove_between(&mut svg, " class=\"zr", "\"");
    remove_between(&mut svg, "font-family:", ";");
    svg = svg.replace(" pointer-events=\"visible\"", "");
    svg = join_strokes(&round_decimals_in_tags(&svg));
    for (role, placeholder) in Palette::THEMED.roles() {
        let drawn = opaque(placeholder).replace(' ', "");
        svg = svg.replace(&drawn, &format!("var(--chart-{role})"));
    }
    if let Some(at) = svg
        .find("=\"#")
        .or_else(|| svg.find("rgb(").filter(|_| has_colour(&svg)))
    {
        let colour: String = svg[at..].chars().take(24).collect();
        return Err(format!("{file}: a colour outside the palette: {colour}"));
    }
    Ok(svg)
}

/// Joins each run of consecutive unfilled paths drawn alike (a gauge's ticks, a chart's grid lines)
/// into one path, and drops shapes that draw nothing: transparent fills and the unfilled background.
/// ECharts writes one element per line.
fn join_strokes(svg: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut run: Option<(String, &str)> = None;
    for line in svg.split('\n') {
        if let Some((d, look)) = unfilled_path(line) {
            match &mut run {
                Some((joined, same)) if *same == look => {
                    joined.push(' ');
                    joined.push_str(d);
                }
                _ => {
                    lines.extend(
                        run.take()
                            .map(|(d, look)| format!("<path d=\"{d}\"{look}></path>")),
                    );
                    run = Some((d.to_owned(), look));
                }
            }
            continue;
        }
        lines.extend(
            run.take()
                .map(|(d, look)| format!("<path d=\"{d}\"{look}></path>")),
        );
        let invisible = (line.contains(r#"fill="rgb(0,0,0)" fill-opacity="0""#)
            || (line.starts_with("<rect ") && line.contains(r#"fill="none""#)))
            && !line.contains("stroke=");
        if !invisible {
            lines.push(line.to_owned());
        }
    }
    lines.extend(run.map(|(d, look)| format!("<path d=\"{d}\"{look}></path>")));
    lines.join("\n")
}

/// A line that is one path with no fill: its outline and the rest of its attributes.
fn unfilled_path(line: &str) -> Option<(&str, &str)> {
    let (d, look) = line.strip_prefix("<path d=\"")?.split_once('"')?;
    let look = look.strip_suffix("></path>")?;
    look.contains(r#"fill="none""#).then_some((d, look))
}

/// Whether an SVG has an `rgb()` colour that is not the transparent black of an invisible shape.
fn has_colour(svg: &str) -> bool {
    svg.match_indices("rgb(")
        .any(|(at, _)| !svg[at..].starts_with("rgb(0,0,0)\" fill-opacity=\"0\""))
}

/// The value of `name="…"` in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// Removes every stretch from `start` to the next `end`, both included.
fn remove_between(text: &mut String, start: &str, end: &str) {
    let mut from = 0;
    while let Some(at) = text[from..].find(start).map(|offset| from + offset) {
        let Some(length) = text[at + start.len()..].find(end) else {
            return;
        };
        text.replace_range(at..at + start.len() + length + end.len(), "");
        from = at;
    }
}

/// Rounds numbers with more than two decimals inside tags (coordinates) to one decimal; text
/// between tags is left as it is.
fn round_decimals_in_tags(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut in_tag = false;
    let mut chars = svg.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        if !(in_tag && c.is_ascii_digit()) {
            out.push(c);
            continue;
        }
        let mut end = at + 1;
        while let Some(&(next, d)) = chars.peek() {
            if d.is_ascii_digit() || d == '.' {
                end = next + 1;
                chars.next();
            } else {
                break;
            }
        }
        let number = &svg[at..end];
        let decimals = number.split_once('.').map_or(0, |(_, tail)| tail.len());
        match number.parse::<f64>() {
            Ok(value) if decimals > 2 => {
                let rounded = format!("{value:.1}");
                out.push_str(rounded.strip_suffix(".0").unwrap_or(&rounded));
            }
            _ => out.push_str(number),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gauge as ECharts 6 draws it, shortened.
    const RAW: &str = concat!(
        r#"<svg width="320" height="240" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" baseProfile="full" viewBox="0 0 320 240">"#,
        "\n",
        r#"<rect width="320" height="240" x="0" y="0" fill="none"></rect>"#,
        "\n",
        r##"<path d="M55 143L59 142.6" fill="none" pointer-events="visible" stroke="#0c0004" class="zr0-cls-0"></path>"##,
        "\n",
        r##"<path d="M54.4 134.2L58.4 134.1" fill="none" pointer-events="visible" stroke="#0c0004" class="zr0-cls-0"></path>"##,
        "\n",
        r##"<text dominant-baseline="central" text-anchor="start" style="font-size:12px;font-family:-apple-system, "Noto Sans CJK SC", sans-serif;" x="76.85796963872254" y="-140.7" fill="#0c0007">10.125%</text>"##,
        "\n",
        r#"<path d="M0 0l1 0Z" fill="rgb(12,0,13)" fill-opacity="0.35"></path>"#,
        "\n",
        r#"<path d="M100 139.2l120 0Z" fill="rgb(0,0,0)" fill-opacity="0" class="zr0-cls-0"></path>"#,
        "\n",
        "<style ><![CDATA[\n.zr0-cls-0:hover {\npointer-events:none;\n}\n]]>\n</style></svg>",
    );

    #[test]
    fn drawings_take_the_pages_colours_and_font() {
        let svg = themed_svg(RAW, "gauge-3").unwrap();
        assert_eq!(
            svg,
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 240" data-file="gauge-3" focusable="false">"#,
                "\n",
                r#"<path d="M55 143L59 142.6 M54.4 134.2L58.4 134.1" fill="none" stroke="var(--chart-track)"></path>"#,
                "\n",
                r#"<text dominant-baseline="central" text-anchor="start" style="font-size:12px;" x="76.9" y="-140.7" fill="var(--chart-muted)">10.125%</text>"#,
                "\n",
                r#"<path d="M0 0l1 0Z" fill="var(--chart-stripes)" fill-opacity="0.35"></path>"#,
                "\n",
                "</svg>",
            )
        );
    }

    #[test]
    fn a_colour_outside_the_palette_fails_the_build() {
        let stray = RAW.replace("#0c0004", "#54555a");
        let error = themed_svg(&stray, "gauge-3").unwrap_err();
        assert!(error.contains("#54555a"), "{error}");
        let grey = RAW.replace("rgb(12,0,13)", "rgb(84,85,90)");
        assert!(themed_svg(&grey, "gauge-3").is_err());
    }
}
