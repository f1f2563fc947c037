//! The charts, drawn at build time. Every chart's charming option (in the themed palette, at both
//! text sizes) goes to ECharts, which draws them all with its SVG renderer: natively one Node
//! process, `tools/render-charts.mjs` (see `native::draw`). Each drawing is then made to fit the
//! page ([`themed_drawings`]): its colours become the palette's CSS custom properties and its text
//! takes the page's font. The site's files hold each drawing as `charts/<file>.svg`, and the
//! normal-size ones in their boxes on the pages ([`inline_charts`]).

use std::collections::HashMap;

use serde::Serialize;

use super::svg::themed_svg;
use crate::charts::{chart_option, ChartKind, TextSize};
use crate::model::Dataset;

/// One chart for ECharts to draw: the drawing's file name (`gauge-3`, `gauge-3-large`), its size
/// in pixels and its ECharts option (JSON, as ECharts takes it). `render-charts.mjs` in Node and
/// the builder's worker (`draw-charts.mjs`) read this shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartJob {
    pub file: String,
    pub width: u32,
    pub height: u32,
    pub option: serde_json::Value,
}

/// Every chart of the dataset at both text sizes.
pub fn chart_jobs(dataset: &Dataset) -> Vec<ChartJob> {
    ChartKind::all(dataset)
        .into_iter()
        .flat_map(|kind| [TextSize::Normal, TextSize::Large].map(|text| (kind, text)))
        .filter_map(|(kind, text)| {
            let (width, height) = kind.size();
            Some(ChartJob {
                file: kind.file(text),
                width,
                height,
                option: chart_option(kind, text, dataset)?,
            })
        })
        .collect()
}

/// The drawings made fit for the page ([`themed_svg`]), from ECharts' SVG of every job of
/// [`chart_jobs`] by file name, wherever ECharts drew them (Node natively, the editor's browser in
/// the builder). Fails unless there is one drawing for each of the `expected` jobs.
pub fn themed_drawings(
    raw: HashMap<String, String>,
    expected: usize,
) -> Result<HashMap<String, String>, String> {
    if raw.len() != expected {
        return Err(format!("{} drawings for {expected} charts", raw.len()));
    }
    raw.into_iter()
        .map(|(file, svg)| Ok((file.clone(), themed_svg(&svg, &file)?)))
        .collect()
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
    use crate::model::test_plan as dataset;

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
        let files: Vec<&str> = jobs.iter().map(|job| job.file.as_str()).collect();
        let charts = ChartKind::all(dataset());
        assert_eq!(files.len(), charts.len() * 2);
        assert!(files.contains(&"gauge-3") && files.contains(&"gauge-3-large"));
        assert!(files.contains(&"department-bars-large"));
        assert_eq!(jobs[0].width, 320);
        assert_eq!(jobs[0].option["animation"], false);
    }
}
