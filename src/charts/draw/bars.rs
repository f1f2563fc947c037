//! The tasks each department leads and shares, as horizontal stacked bars.

use std::f64::consts::PI;

use charming::{
    component::{Aria, Axis, Decal, DecalItem, Grid},
    datatype::DataPoint,
    element::{
        AxisLabel, AxisLine, AxisTick, AxisType, ItemStyle, Label, LabelPosition, LineStyle,
        SplitLine,
    },
    series::Bar,
    Chart,
};

use crate::charts::{Palette, TextSize, CHART_FONT};
use crate::model::{Dataset, DepartmentTotals, Matrix, Role};

/// The name both series stack under.
const STACK: &str = "tasks";

/// One bar per department, most tasks led first: a solid 牵头 part and a striped 责任 part,
/// each labelled with its count. Zero counts are left out, so no empty part carries a "0". It is
/// drawn once, at build time, so it never animates.
pub fn department_bars(dataset: &Dataset, palette: &Palette, text: TextSize) -> Chart {
    let matrix = Matrix::new(dataset);
    let ranked = matrix.ranked_totals();
    let names: Vec<String> = ranked
        .iter()
        .map(|totals| totals.department.name.clone())
        .collect();
    let led = series(
        "牵头",
        &ranked,
        |totals| totals.led,
        palette.lead,
        palette.lead_text,
        text,
    );
    let shared = series(
        "责任",
        &ranked,
        |totals| totals.shared,
        palette.responsible,
        palette.responsible_text,
        text,
    );
    // A third series, 配合, only where the plan names that role: unfilled but for dots.
    let cooperating = (matrix.count_all(Role::Cooperating) > 0).then(|| {
        series(
            "配合",
            &ranked,
            |totals| totals.cooperating,
            palette.surface,
            palette.text,
            text,
        )
        .item_style(
            ItemStyle::new()
                .color(palette.surface)
                .border_color(palette.text)
                .border_width(1.0)
                .border_type(charming::element::BorderType::Dotted),
        )
    });
    // ECharts gives the n-th series the n-th decal: none for 牵头, diagonal stripes for 责任,
    // dots for 配合.
    let decals = Decal::new().show(true).decals(vec![
        DecalItem::new().color("rgba(0, 0, 0, 0)"),
        DecalItem::new()
            .color(palette.stripes)
            .dash_array_x(vec![1.0, 0.0])
            .dash_array_y(vec![3.0, 5.0])
            .rotation(-PI / 4.0),
        DecalItem::new()
            .color(palette.stripes)
            .symbol(charming::element::Symbol::Circle)
            .symbol_size(0.4),
    ]);
    let chart = Chart::new()
        .animation(false)
        .aria(Aria::new().enabled(true).decal(decals))
        .grid(
            Grid::new()
                .left(4.0)
                .right(16.0)
                .top(8.0)
                .bottom(4.0)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min_interval(1.0)
                .axis_label(
                    AxisLabel::new()
                        .color(palette.muted)
                        .font_size(text.px(12.0))
                        .font_family(CHART_FONT),
                )
                .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.track))),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(names)
                .axis_tick(AxisTick::new().show(false))
                .axis_line(AxisLine::new().show(false))
                .axis_label(
                    AxisLabel::new()
                        .color(palette.text)
                        .font_size(text.px(13.0))
                        .font_family(CHART_FONT),
                ),
        )
        .series(led)
        .series(shared);
    match cooperating {
        Some(cooperating) => chart.series(cooperating),
        None => chart,
    }
}

/// One stacked series: a count per department, "-" (no bar) where it is zero.
fn series(
    name: &str,
    ranked: &[DepartmentTotals],
    count: impl Fn(&DepartmentTotals) -> usize,
    colour: &str,
    label_colour: &str,
    text: TextSize,
) -> Bar {
    let data: Vec<DataPoint> = ranked
        .iter()
        .map(|totals| match count(totals) {
            0 => DataPoint::from("-"),
            n => DataPoint::from(n as f64),
        })
        .collect();
    Bar::new()
        .name(name)
        .stack(STACK)
        .bar_width("62%")
        .item_style(ItemStyle::new().color(colour))
        .label(
            Label::new()
                .show(true)
                .position(LabelPosition::Inside)
                .formatter("{c}")
                .color(label_colour)
                .font_size(text.px(12.0))
                .font_weight("bold"),
        )
        .data(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;
    use serde_json::Value;

    fn option(palette: &Palette) -> Value {
        let chart = department_bars(dataset(), palette, TextSize::Normal);
        serde_json::from_str(&chart.to_string()).expect("chart options are JSON")
    }

    #[test]
    fn health_commission_comes_first_with_twelve_led() {
        let json = option(&Palette::LIGHT);
        let categories = json["yAxis"]["data"].as_array().unwrap();
        assert_eq!(categories.len(), dataset().departments.len());
        assert_eq!(categories[0], "区卫生健康委");
        assert_eq!(json["series"][0]["name"], "牵头");
        assert_eq!(json["series"][1]["name"], "责任");
        assert_eq!(json["series"][0]["data"][0], 12.0);
        assert_eq!(json["series"][1]["data"][0], 2.0);
        assert_eq!(json["series"][0]["stack"], json["series"][1]["stack"]);
        assert_eq!(json["yAxis"]["inverse"], true);
        assert_eq!(json["yAxis"]["type"], "category");
        assert_eq!(json["xAxis"]["type"], "value");
    }

    #[test]
    fn bars_are_sorted_by_led_then_shared_and_zeros_are_empty() {
        let json = option(&Palette::LIGHT);
        let count = |value: &Value| value.as_f64().unwrap_or(0.0);
        let led = json["series"][0]["data"].as_array().unwrap();
        let shared = json["series"][1]["data"].as_array().unwrap();
        for index in 1..led.len() {
            let previous = (count(&led[index - 1]), count(&shared[index - 1]));
            let current = (count(&led[index]), count(&shared[index]));
            assert!(
                previous >= current,
                "bar {index}: {previous:?} < {current:?}"
            );
        }
        // 区税务局 leads nothing and shares task 13: its 牵头 part is empty, not a zero.
        let categories = json["yAxis"]["data"].as_array().unwrap();
        let taxation = categories
            .iter()
            .position(|name| name == "区税务局")
            .unwrap();
        assert_eq!(led[taxation], "-");
        assert_eq!(shared[taxation], 1.0);
        let total: f64 = led.iter().chain(shared).map(count).sum();
        let cells: usize = dataset()
            .tasks()
            .map(|task| task.lead.len() + task.responsible.len())
            .sum();
        assert_eq!(total, cells as f64);
    }

    #[test]
    fn still_templates_not_functions_and_stripes_for_responsible() {
        let json = option(&Palette::DARK);
        assert_eq!(json["animation"], false);
        assert_eq!(json["aria"]["enabled"], true);
        assert_eq!(json["aria"]["decal"]["show"], true);
        assert_eq!(
            json["aria"]["decal"]["decals"][1]["color"],
            Palette::DARK.stripes
        );
        assert_eq!(json["series"][0]["label"]["formatter"], "{c}");
        assert_eq!(json["series"][0]["itemStyle"]["color"], Palette::DARK.lead);
        assert_eq!(
            json["series"][1]["itemStyle"]["color"],
            Palette::DARK.responsible
        );
        assert!(json.get("legend").is_none(), "the key is HTML");
        assert!(json.get("tooltip").is_none(), "a drawing has no tooltip");
        assert!(!json.to_string().contains("function"));
    }

    #[test]
    fn large_text_enlarges_every_label() {
        let chart = department_bars(dataset(), &Palette::LIGHT, TextSize::Large);
        let json: Value = serde_json::from_str(&chart.to_string()).unwrap();
        assert_eq!(json["yAxis"]["axisLabel"]["fontSize"], 18.0);
        assert_eq!(json["xAxis"]["axisLabel"]["fontSize"], 17.0);
        assert_eq!(json["series"][0]["label"]["fontSize"], 17.0);
        assert_eq!(json["series"][1]["label"]["fontSize"], 17.0);
    }
}
