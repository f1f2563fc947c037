//! Pure chart builders: data in, a charming `Chart` out. Tested natively on their JSON.

mod bars;
mod gauge;
mod palette;

pub use bars::{department_bars, department_bars_text};
pub use gauge::{gauge, gauge_scale, gauge_with_text, GaugeScale};
pub use palette::{Motion, Palette, TextSize};

use crate::model::Dataset;

/// The page's font stack (`styles/base.css`), for the charts' labels: they read as the page does,
/// and the browser draws them with the font it has already loaded for the page.
pub const CHART_FONT: &str = "-apple-system, BlinkMacSystemFont, \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Noto Sans SC\", sans-serif";

/// The dataset's words as they may stand in an ECharts string template (a `formatter`), where `{a}`,
/// `{value}` and `{style|text}` are markup: braces become full-width braces, which read the same.
pub fn template_text(text: &str) -> String {
    text.replace('{', "｛").replace('}', "｝")
}

/// Which chart a box shows. Views name charts by kind; the ECharts option itself is built only when
/// the box is drawn, so pages that never draw a chart never build one.
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

    /// The chart a `data-chart` attribute names, if any.
    pub fn from_key(key: &str) -> Option<ChartKind> {
        if key == "department-bars" {
            return Some(ChartKind::DepartmentBars);
        }
        let indicator = key.strip_prefix("gauge-")?.parse().ok()?;
        Some(ChartKind::Gauge { indicator })
    }
}

/// How a chart looks: the reader's colour scheme, motion and text size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartLook {
    pub palette: Palette,
    pub motion: Motion,
    pub text_size: TextSize,
}

/// The ECharts option of a chart, as JSON; `None` for an indicator the dataset does not have.
pub fn chart_option(kind: ChartKind, look: ChartLook, dataset: &Dataset) -> Option<String> {
    let chart = match kind {
        ChartKind::Gauge { indicator } => gauge_with_text(
            dataset
                .indicator(indicator)
                .filter(|indicator| indicator.has_dial())?,
            dataset,
            &look.palette,
            look.motion,
            look.text_size,
        ),
        ChartKind::DepartmentBars => {
            department_bars(dataset, &look.palette, look.motion, look.text_size)
        }
    };
    serde_json::to_string(&chart).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    const LOOK: ChartLook = ChartLook {
        palette: Palette::LIGHT,
        motion: Motion::Reduced,
        text_size: TextSize::Normal,
    };

    #[test]
    fn charts_use_the_pages_font_stack() {
        let css = include_str!("../../styles/base.css");
        let body = &css[css.find("body {").expect("a body rule")..];
        let start = body.find("font-family:").expect("a font-family") + "font-family:".len();
        let end = start + body[start..].find(';').expect("the end of the declaration");
        let stack = body[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(stack, CHART_FONT);
        let json = chart_option(ChartKind::Gauge { indicator: 3 }, LOOK, dataset()).unwrap();
        assert!(json.contains("Noto Sans CJK SC"), "{json}");
    }

    #[test]
    fn a_gauge_option_is_the_json_of_its_chart() {
        let indicator = dataset().indicator(3).unwrap();
        let json = chart_option(ChartKind::Gauge { indicator: 3 }, LOOK, dataset()).unwrap();
        let expected = gauge_with_text(
            indicator,
            dataset(),
            &Palette::LIGHT,
            Motion::Reduced,
            TextSize::Normal,
        );
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&json).unwrap(),
            serde_json::to_value(&expected).unwrap()
        );
        assert!(json.contains("\"type\":\"gauge\""), "{json}");
    }

    #[test]
    fn the_look_changes_the_option() {
        let kind = ChartKind::DepartmentBars;
        let dark = ChartLook {
            palette: Palette::DARK,
            ..LOOK
        };
        assert_ne!(
            chart_option(kind, LOOK, dataset()),
            chart_option(kind, dark, dataset())
        );
    }

    #[test]
    fn kinds_round_trip_through_their_keys() {
        for kind in [ChartKind::Gauge { indicator: 3 }, ChartKind::DepartmentBars] {
            assert_eq!(ChartKind::from_key(&kind.key()), Some(kind));
        }
        for key in ["", "gauge-", "gauge-x", "gauge--1", "bars"] {
            assert_eq!(ChartKind::from_key(key), None, "{key}");
        }
    }

    #[test]
    fn an_unknown_indicator_has_no_option() {
        assert_eq!(
            chart_option(ChartKind::Gauge { indicator: 99 }, LOOK, dataset()),
            None
        );
    }
}
