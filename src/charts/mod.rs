//! Charts. Which chart a box shows ([`ChartKind`]) is known everywhere; the charts themselves are
//! pure builders (data in, a charming `Chart` out, tested natively on their JSON) that only the
//! native build runs: it draws each chart once, as SVG, into the pages and into `charts/` files
//! (see `site::charts`). The app never builds a chart.

#[cfg(not(target_arch = "wasm32"))]
mod bars;
#[cfg(not(target_arch = "wasm32"))]
mod centre_text;
#[cfg(not(target_arch = "wasm32"))]
mod gauge;
mod palette;

#[cfg(not(target_arch = "wasm32"))]
pub use bars::department_bars;
#[cfg(not(target_arch = "wasm32"))]
pub use gauge::{gauge, gauge_scale, GaugeScale};
pub use palette::{opaque, Palette, TextSize};

#[cfg(not(target_arch = "wasm32"))]
use crate::model::Dataset;

/// The page's font stack (`styles/base.css`), for the charts' labels. The build measures labels
/// with it; the drawings leave the font to the page, so that their text inherits the page's own.
pub const CHART_FONT: &str = "-apple-system, BlinkMacSystemFont, \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Noto Sans SC\", sans-serif";

/// The dataset's words as they may stand in an ECharts string template (a `formatter`), where `{a}`,
/// `{value}` and `{style|text}` are markup: braces become full-width braces, which read the same.
/// ECharts still reads these templates: it draws the charts at build time.
#[cfg(not(target_arch = "wasm32"))]
pub fn template_text(text: &str) -> String {
    text.replace('{', "｛").replace('}', "｝")
}

/// Which chart a box shows. Views name charts by kind; the build draws them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// The gauge of the indicator with this 序号.
    Gauge { indicator: u32 },
    /// The tasks each department leads and shares.
    DepartmentBars,
}

impl ChartKind {
    /// The chart's name in its box's `data-chart` attribute: `gauge-3`, `department-bars`.
    pub fn key(self) -> String {
        match self {
            ChartKind::Gauge { indicator } => format!("gauge-{indicator}"),
            ChartKind::DepartmentBars => "department-bars".to_owned(),
        }
    }

    /// The name of the chart's drawing at a text size, under `charts/` without `.svg`:
    /// `gauge-3`, or `gauge-3-large` for the 大字版.
    pub fn file(self, text: TextSize) -> String {
        drawing_file(&self.key(), text)
    }

    /// The size of a gauge's drawing, in CSS pixels.
    pub const GAUGE_SIZE: (u32, u32) = (320, 240);

    /// The size the chart is drawn at, in CSS pixels; its box keeps the same proportions.
    pub fn size(self) -> (u32, u32) {
        match self {
            ChartKind::Gauge { .. } => Self::GAUGE_SIZE,
            ChartKind::DepartmentBars => (360, 470),
        }
    }

    /// Every chart of a dataset: the gauge of each indicator that has a dial, and the bars.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn all(dataset: &Dataset) -> Vec<ChartKind> {
        dataset
            .indicators
            .iter()
            .filter(|indicator| indicator.has_dial())
            .map(|indicator| ChartKind::Gauge {
                indicator: indicator.id,
            })
            .chain([ChartKind::DepartmentBars])
            .collect()
    }
}

/// The name of the drawing of the chart with this key at a text size (see [`ChartKind::file`]).
pub fn drawing_file(key: &str, text: TextSize) -> String {
    match text {
        TextSize::Normal => key.to_owned(),
        TextSize::Large => format!("{key}-large"),
    }
}

/// The ECharts option of a chart at a text size, in the themed palette, as JSON; `None` for an
/// indicator the dataset does not have, or one without a dial.
#[cfg(not(target_arch = "wasm32"))]
pub fn chart_option(
    kind: ChartKind,
    text: TextSize,
    dataset: &Dataset,
) -> Option<serde_json::Value> {
    let palette = Palette::THEMED;
    let chart = match kind {
        ChartKind::Gauge { indicator } => gauge(
            dataset
                .indicator(indicator)
                .filter(|indicator| indicator.has_dial())?,
            dataset,
            &palette,
            text,
        ),
        ChartKind::DepartmentBars => department_bars(dataset, &palette, text),
    };
    serde_json::to_value(&chart).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    #[test]
    fn charts_measure_labels_in_the_pages_font_stack() {
        let css = include_str!("../../styles/base.css");
        let body = &css[css.find("body {").expect("a body rule")..];
        let start = body.find("font-family:").expect("a font-family") + "font-family:".len();
        let end = start + body[start..].find(';').expect("the end of the declaration");
        let stack = body[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(stack, CHART_FONT);
        let option = chart_option(
            ChartKind::Gauge { indicator: 3 },
            TextSize::Normal,
            dataset(),
        );
        assert!(option.unwrap().to_string().contains("Noto Sans CJK SC"));
    }

    #[test]
    fn a_gauge_option_is_the_json_of_its_chart_in_the_themed_palette() {
        let indicator = dataset().indicator(3).unwrap();
        let option = chart_option(
            ChartKind::Gauge { indicator: 3 },
            TextSize::Normal,
            dataset(),
        )
        .unwrap();
        let expected = gauge(indicator, dataset(), &Palette::THEMED, TextSize::Normal);
        assert_eq!(option, serde_json::to_value(&expected).unwrap());
        assert_eq!(option["series"][0]["type"], "gauge");
        assert!(!option.to_string().contains(Palette::LIGHT.baseline));
    }

    #[test]
    fn the_text_size_changes_the_option() {
        let kind = ChartKind::DepartmentBars;
        assert_ne!(
            chart_option(kind, TextSize::Normal, dataset()),
            chart_option(kind, TextSize::Large, dataset())
        );
    }

    #[test]
    fn every_dial_has_a_gauge_and_text_targets_have_none() {
        let all = ChartKind::all(dataset());
        assert_eq!(all.last(), Some(&ChartKind::DepartmentBars));
        for indicator in &dataset().indicators {
            let kind = ChartKind::Gauge {
                indicator: indicator.id,
            };
            assert_eq!(
                all.contains(&kind),
                indicator.has_dial(),
                "{}",
                indicator.id
            );
            let option = chart_option(kind, TextSize::Normal, dataset());
            assert_eq!(option.is_some(), indicator.has_dial(), "{}", indicator.id);
        }
    }

    #[test]
    fn targets_in_words_or_assigned_get_no_chart() {
        let mut words = dataset().clone();
        words.indicators[2].target = crate::model::Target::Text {
            text: "全覆盖".to_owned(),
        };
        words.indicators[4].target = crate::model::Target::Assigned {
            by: "市下达目标".to_owned(),
        };
        let all = ChartKind::all(&words);
        assert_eq!(all.len(), words.indicators.len() - 1);
        for id in [3, 5] {
            let kind = ChartKind::Gauge { indicator: id };
            assert!(!all.contains(&kind), "{id}");
            assert_eq!(chart_option(kind, TextSize::Normal, &words), None);
        }
    }

    #[test]
    fn files_name_the_chart_and_its_text_size() {
        let kind = ChartKind::Gauge { indicator: 3 };
        assert_eq!(kind.key(), "gauge-3");
        assert_eq!(kind.file(TextSize::Normal), "gauge-3");
        assert_eq!(kind.file(TextSize::Large), "gauge-3-large");
        assert_eq!(
            ChartKind::DepartmentBars.file(TextSize::Large),
            "department-bars-large"
        );
    }

    #[test]
    fn an_unknown_indicator_has_no_option() {
        assert_eq!(
            chart_option(
                ChartKind::Gauge { indicator: 99 },
                TextSize::Normal,
                dataset()
            ),
            None
        );
    }
}
