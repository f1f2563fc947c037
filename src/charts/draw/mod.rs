//! The chart builders: data in, a charming `Chart` out, each a pure function tested natively on
//! its JSON. Only the native build has them.

mod bars;
mod centre_text;
mod gauge;

pub use bars::department_bars;
pub use gauge::{gauge, gauge_scale, GaugeScale};

use super::{ChartKind, Palette, TextSize};
use crate::model::Dataset;

/// The dataset's words as they may stand in an ECharts string template (a `formatter`), where `{a}`,
/// `{value}` and `{style|text}` are markup: braces become full-width braces, which read the same.
/// ECharts still reads these templates: it draws the charts at build time.
pub fn template_text(text: &str) -> String {
    text.replace('{', "｛").replace('}', "｝")
}

impl ChartKind {
    /// Every chart of a dataset: the gauge of each indicator that has a dial, and the bars.
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

/// The ECharts option of a chart at a text size, in the themed palette, as JSON; `None` for an
/// indicator the dataset does not have, or one without a dial.
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
mod tests;
