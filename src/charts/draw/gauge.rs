//! The progress gauge of one indicator.

use charming::{
    element::{AxisLabel, AxisLine, AxisLineStyle, AxisTick, LineStyle, Pointer, SplitLine},
    series::{Gauge, GaugeDetail, GaugeProgress, GaugeTitle},
    Chart,
};

use super::centre_text::wrap_words;
use crate::charts::{ChartKind, Palette, TextSize, CHART_FONT};
use crate::model::{dial, latest_result, Dataset, Indicator};

/// The width of a gauge's drawing, in px.
const GAUGE_WIDTH: u32 = ChartKind::GAUGE_SIZE.0;

/// The scale a gauge is drawn on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GaugeScale {
    pub max: f64,
    pub split_number: f64,
}

/// Percentages run from 0 to 100; other units from 0 to a round number above the largest figure.
/// A target in words has no dial, and gets a scale of 0–1 for completeness.
pub fn gauge_scale(indicator: &Indicator) -> GaugeScale {
    dial(indicator).map_or(
        GaugeScale {
            max: 1.0,
            split_number: 1.0,
        },
        |dial| GaugeScale {
            max: dial.max,
            split_number: dial.split_number,
        },
    )
}

/// The gauge of one indicator, its labels at the given text size: the scale coloured up to the
/// baseline, from the baseline to the target, and beyond a "more than" target; a bar for the latest
/// published result, where there is one. It is drawn once, at build time, so it never animates.
pub fn gauge(indicator: &Indicator, dataset: &Dataset, palette: &Palette, text: TextSize) -> Chart {
    let scale = gauge_scale(indicator);
    let latest = latest_result(indicator);
    // The centre text's lines fit the drawing, with a margin on each side.
    let line_ems = (f64::from(GAUGE_WIDTH) - 24.0) / text.px(16.0);
    let (value, detail) = match latest {
        None => (
            indicator.start_value().unwrap_or(0.0),
            format!(
                "目标\n{}",
                wrap_words(
                    &super::template_text(
                        &indicator.target_in_words(dataset.document.baseline_year)
                    ),
                    line_ems
                )
            ),
        ),
        Some(result) => (
            result.value,
            format!(
                "{}年\n{}",
                result.year,
                wrap_words(
                    &super::template_text(&indicator.with_unit(result.value)),
                    line_ems
                )
            ),
        ),
    };
    let has_result = latest.is_some();
    // In the 大字版 the larger labels would touch at the top of the arc: it labels only the ends and
    // the middle of the scale.
    let split_number = match text {
        TextSize::Normal => scale.split_number,
        TextSize::Large => scale.split_number.min(2.0),
    };
    let label_template = if indicator.is_percent() {
        "{value}%"
    } else {
        "{value}"
    };

    let series = Gauge::new()
        .name(indicator.short_name.as_str())
        .min(0.0)
        .max(scale.max)
        .split_number(split_number)
        // A half circle: its end labels sit level with the centre, above the centre text, so that
        // the text may be as wide as the drawing (a target in words, 不低于全市平均水平), also in
        // the 大字版.
        .start_angle(180.0)
        .end_angle(0.0)
        .radius("88%")
        .center(("50%", "55%"))
        .axis_line(
            AxisLine::new().line_style(
                segments(indicator, palette)
                    .into_iter()
                    .fold(AxisLineStyle::new().width(16.0), AxisLineStyle::color),
            ),
        )
        .progress(
            GaugeProgress::new()
                .show(has_result)
                .width(8.0)
                .item_style(charming::element::ItemStyle::new().color(palette.result)),
        )
        .pointer(Pointer::new().show(false))
        .axis_tick(
            AxisTick::new()
                .distance(-16.0)
                .length(4.0)
                .line_style(LineStyle::new().color(palette.track).width(1.0)),
        )
        .split_line(
            SplitLine::new()
                .distance(-16.0)
                .length(16.0)
                .line_style(LineStyle::new().color(palette.surface).width(2.0)),
        )
        .axis_label(
            AxisLabel::new()
                .distance(22.0)
                .font_size(text.px(12.0))
                .font_family(CHART_FONT)
                .color(palette.muted)
                .formatter(label_template),
        )
        .title(GaugeTitle::new().show(false))
        .detail(
            GaugeDetail::new()
                .font_size(text.px(16.0))
                .font_family(CHART_FONT)
                .color(palette.text)
                .formatter(detail.as_str()),
        )
        .data(vec![value]);

    Chart::new().animation(false).series(series)
}

/// The colour segments of the scale, as fractions of its maximum (`model::dial`'s bands).
fn segments(indicator: &Indicator, palette: &Palette) -> Vec<(f64, &'static str)> {
    dial(indicator).map_or_else(
        || vec![(1.0, palette.track)],
        |dial| {
            dial.bands
                .iter()
                .map(|band| (band.to, palette.band(band.kind)))
                .collect()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;

    fn option(id: u32) -> serde_json::Value {
        let indicator = dataset().indicator(id).expect("indicator exists");
        let chart = gauge(indicator, dataset(), &Palette::LIGHT, TextSize::Normal);
        serde_json::from_str(&chart.to_string()).expect("chart options are JSON")
    }

    #[test]
    fn percent_gauges_run_to_100_and_counts_to_a_round_number_above_the_target() {
        let dataset = dataset();
        for indicator in &dataset.indicators {
            let scale = gauge_scale(indicator);
            if indicator.is_percent() {
                assert_eq!(scale.max, 100.0, "{}", indicator.name);
            } else {
                let target = indicator
                    .implied_target()
                    .expect("count targets are numbers");
                assert!(
                    scale.max > target && scale.max <= target * 3.0,
                    "{} {:?}",
                    indicator.name,
                    scale
                );
            }
        }
        assert_eq!(gauge_scale(dataset.indicator(1).unwrap()).max, 6.0);
    }

    #[test]
    fn more_than_ninety_colours_baseline_gap_and_goal_zone() {
        let json = option(4);
        let series = &json["series"][0];
        assert_eq!(series["type"], "gauge");
        assert_eq!(series["max"], 100.0);
        assert_eq!(
            series["axisLine"]["lineStyle"]["color"],
            serde_json::json!([[0.5, "#1f5f99"], [0.9, "#f3a33a"], [1.0, "#2e8b57"]])
        );
        assert_eq!(series["detail"]["formatter"], "目标\n超过90%");
        assert_eq!(series["axisLabel"]["formatter"], "{value}%");
        assert_eq!(series["progress"]["show"], false);
    }

    #[test]
    fn qualitative_target_has_no_number() {
        let json = option(3);
        let series = &json["series"][0];
        assert_eq!(series["detail"]["formatter"], "目标\n不低于全市平均水平");
        assert_eq!(
            series["axisLine"]["lineStyle"]["color"],
            serde_json::json!([[0.3, "#1f5f99"], [1.0, "#e3e8ef"]])
        );
    }

    #[test]
    fn the_datasets_braces_are_not_template_markup() {
        let mut indicator = dataset().indicator(3).expect("indicator 3").clone();
        indicator.target = crate::model::Target::Reference {
            comparator: crate::model::Comparator::AtLeast,
            reference: "{value}{b|x}".to_owned(),
        };
        let chart = gauge(&indicator, dataset(), &Palette::LIGHT, TextSize::Normal);
        let json: serde_json::Value = serde_json::from_str(&chart.to_string()).expect("JSON");
        assert_eq!(
            json["series"][0]["detail"]["formatter"],
            "目标\n不低于｛value｝｛b|x｝"
        );
    }

    #[test]
    fn missing_baseline_starts_the_gap_at_zero() {
        let json = option(2);
        assert_eq!(
            json["series"][0]["axisLine"]["lineStyle"]["color"],
            serde_json::json!([[0.6, "#f3a33a"], [1.0, "#e3e8ef"]])
        );
    }

    #[test]
    fn a_drawing_never_animates() {
        assert_eq!(option(1)["animation"], false);
    }

    #[test]
    fn large_text_enlarges_labels_and_keeps_the_rest() {
        let indicator = dataset().indicator(1).unwrap();
        let normal = option(1);
        let large: serde_json::Value = serde_json::from_str(
            &gauge(indicator, dataset(), &Palette::LIGHT, TextSize::Large).to_string(),
        )
        .unwrap();
        assert_eq!(normal["series"][0]["axisLabel"]["fontSize"], 12.0);
        assert_eq!(normal["series"][0]["detail"]["fontSize"], 16.0);
        assert_eq!(large["series"][0]["axisLabel"]["fontSize"], 17.0);
        assert_eq!(large["series"][0]["detail"]["fontSize"], 22.0);
        assert_eq!(
            large["series"][0]["axisLine"],
            normal["series"][0]["axisLine"]
        );
    }

    #[test]
    fn large_text_labels_the_ends_and_the_middle_of_the_scale() {
        for indicator in &dataset().indicators {
            let normal = gauge(indicator, dataset(), &Palette::LIGHT, TextSize::Normal);
            let large = gauge(indicator, dataset(), &Palette::LIGHT, TextSize::Large);
            let divisions = |chart: Chart| -> f64 {
                let option: serde_json::Value = serde_json::from_str(&chart.to_string()).unwrap();
                option["series"][0]["splitNumber"].as_f64().unwrap()
            };
            let normal = divisions(normal);
            assert_eq!(
                divisions(large),
                normal.min(2.0),
                "{}",
                indicator.short_name
            );
        }
    }
}
