//! The charts, drawn at build time. Every chart's charming option (in the themed palette, at both
//! text sizes) goes to one Node process, `tools/render-charts.mjs`, which draws them all with
//! ECharts' server-side SVG renderer. Each drawing is then made to fit the page ([`themed_svg`]):
//! its colours become the palette's CSS custom properties and its text takes the page's font. The
//! site step writes each drawing to `charts/<file>.svg` and puts the normal-size ones into their
//! boxes on the pages ([`inline_charts`]).

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::json;

use super::svg::themed_svg;
use crate::charts::{chart_option, ChartKind, TextSize};
use crate::model::Dataset;

/// The script that draws the charts, beside the crate's own sources.
const RENDERER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/render-charts.mjs");

/// Every chart of the dataset at both text sizes, as `render-charts.mjs` reads them.
pub fn chart_jobs(dataset: &Dataset) -> serde_json::Value {
    let jobs: Vec<serde_json::Value> = ChartKind::all(dataset)
        .into_iter()
        .flat_map(|kind| [TextSize::Normal, TextSize::Large].map(|text| (kind, text)))
        .filter_map(|(kind, text)| {
            let (width, height) = kind.size();
            Some(json!({
                "file": kind.file(text),
                "width": width,
                "height": height,
                "option": chart_option(kind, text, dataset)?,
            }))
        })
        .collect();
    serde_json::Value::Array(jobs)
}

/// Draws every chart with Node and ECharts: the page-ready SVG of each, by file name.
pub fn draw_charts(dataset: &Dataset) -> Result<HashMap<String, String>, String> {
    let start = std::time::Instant::now();
    let jobs = chart_jobs(dataset);
    let mut child = Command::new("node")
        .arg(RENDERER)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|error| format!("node {RENDERER}: {error} (is Node.js installed?)"))?;
    child
        .stdin
        .take()
        .ok_or("no stdin for the chart renderer")?
        .write_all(jobs.to_string().as_bytes())
        .map_err(|error| format!("writing to the chart renderer: {error}"))?;
    let output = child
        .wait_with_output()
        .map_err(|error| format!("the chart renderer: {error}"))?;
    if !output.status.success() {
        return Err(format!("the chart renderer failed: {}", output.status));
    }
    let raw: HashMap<String, String> = serde_json::from_slice(&output.stdout)
        .map_err(|error| format!("the chart renderer's output: {error}"))?;
    let expected = jobs.as_array().map_or(0, Vec::len);
    if raw.len() != expected {
        return Err(format!("{} drawings for {expected} charts", raw.len()));
    }
    let drawings = raw
        .into_iter()
        .map(|(file, svg)| Ok((file.clone(), themed_svg(&svg, &file)?)))
        .collect();
    super::timing::charts_drawn(start);
    drawings
}

/// Puts each chart's drawing into its empty box (`data-chart="<key>"`) on a page. Fails on a box
/// with no drawing or one that is not empty.
pub fn inline_charts(page: &str, drawings: &HashMap<String, String>) -> Result<String, String> {
    const MARK: &str = "data-chart=\"";
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find(MARK) {
        let key_start = at + MARK.len();
        let key_end = key_start
            + rest[key_start..]
                .find('"')
                .ok_or("an unclosed data-chart")?;
        let key = &rest[key_start..key_end];
        let tag_end = key_end + rest[key_end..].find('>').ok_or("an unclosed chart box")? + 1;
        if !rest[tag_end..].starts_with("</div>") {
            return Err(format!("the chart box {key} is not empty"));
        }
        let svg = drawings
            .get(&crate::charts::drawing_file(key, TextSize::Normal))
            .ok_or(format!("no drawing of the chart {key}"))?;
        out.push_str(&rest[..tag_end]);
        out.push_str(svg);
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    #[test]
    fn drawings_go_into_their_empty_boxes() {
        let drawings = HashMap::from([("gauge-3".to_owned(), "<svg>3</svg>".to_owned())]);
        let page = r#"<p>a</p><div class="chart" data-chart="gauge-3" role="img" aria-label="x"></div><p>b</p>"#;
        assert_eq!(
            inline_charts(page, &drawings).unwrap(),
            r#"<p>a</p><div class="chart" data-chart="gauge-3" role="img" aria-label="x"><svg>3</svg></div><p>b</p>"#
        );
        assert!(inline_charts(&page.replace("gauge-3", "gauge-4"), &drawings).is_err());
        assert!(inline_charts(&page.replace("></div>", "><i></i></div>"), &drawings).is_err());
        assert_eq!(
            inline_charts("<p>no chart</p>", &drawings).unwrap(),
            "<p>no chart</p>"
        );
    }

    #[test]
    fn every_chart_is_drawn_at_both_text_sizes() {
        let jobs = chart_jobs(dataset());
        let files: Vec<&str> = jobs
            .as_array()
            .unwrap()
            .iter()
            .map(|job| job["file"].as_str().unwrap())
            .collect();
        let charts = ChartKind::all(dataset());
        assert_eq!(files.len(), charts.len() * 2);
        assert!(files.contains(&"gauge-3") && files.contains(&"gauge-3-large"));
        assert!(files.contains(&"department-bars-large"));
        assert_eq!(jobs[0]["width"], 320);
        assert_eq!(jobs[0]["option"]["animation"], false);
    }
}
