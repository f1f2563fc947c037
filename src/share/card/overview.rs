//! The overview card.

use std::fmt::Write as _;

use super::style::TextStyle;
use super::svg::{CardQr, Svg, FOOTER_HEIGHT};
use super::text::wrap;
use super::{content_width, CARD_HEIGHT, HEADER_BLUE, MARGIN};
use crate::charts::Palette;
use crate::model::Dataset;

/// The overview card: the plan's key figures and each indicator's baseline → target.
pub fn overview_card_svg(dataset: &Dataset) -> String {
    let document = &dataset.document;
    let palette = Palette::LIGHT;
    let kicker = document.plan_subtitle();
    let (mut svg, mut y) = Svg::begin(&document.short_title, 62.0, kicker);
    // Key figures.
    y += 28.0;
    let figures = [
        (dataset.indicators.len(), "项", "主要目标"),
        (dataset.tasks().count(), "项", "重点任务"),
        (dataset.departments.len(), "个", "参与部门"),
    ];
    let column = (content_width() - 2.0 * 16.0) / 3.0;
    for (index, (count, unit, label)) in figures.iter().enumerate() {
        let x = MARGIN + (column + 16.0) * index as f64;
        svg.rect(x, y, column, 112.0, "#eef4fa", 12.0);
        let _ = write!(
            svg.body,
            r#"<text x="{:.1}" y="{:.1}" font-size="52" font-weight="bold" fill="{HEADER_BLUE}">{count}<tspan font-size="24" font-weight="normal" fill="{}">{unit}</tspan></text>"#,
            x + 20.0,
            y + 62.0,
            palette.text,
        );
        svg.text(
            x + 20.0,
            y + 96.0,
            TextStyle::normal(22.0, palette.muted),
            label,
        );
    }
    y += 112.0 + 44.0;
    svg.text(
        MARGIN,
        y,
        TextStyle::bold(26.0, palette.text),
        &format!(
            "{}年基数 → {}年目标",
            document.baseline_year, document.period_end
        ),
    );
    y += 14.0;
    let rows_bottom = f64::from(CARD_HEIGHT) - FOOTER_HEIGHT - 16.0;
    let row_height = ((rows_bottom - y) / dataset.indicators.len().max(1) as f64).min(56.0);
    for (index, indicator) in dataset.indicators.iter().enumerate() {
        let top = y + row_height * index as f64;
        if index % 2 == 0 {
            svg.rect(
                MARGIN - 12.0,
                top,
                content_width() + 24.0,
                row_height,
                "#f6f8fb",
                6.0,
            );
        }
        let baseline_y = top + row_height / 2.0 + 8.0;
        svg.text(
            MARGIN,
            baseline_y,
            TextStyle::bold(22.0, HEADER_BLUE),
            &indicator.id.to_string(),
        );
        let name = wrap(&indicator.short_name, 22.0, 300.0, 1).remove(0);
        svg.text(
            MARGIN + 40.0,
            baseline_y,
            TextStyle::normal(22.0, palette.text),
            &name,
        );
        let figures = format!(
            "{} → {}",
            indicator
                .baseline
                .map(|b| indicator.with_unit(b))
                .unwrap_or_else(|| "—".to_owned()),
            indicator.target_in_words(document.baseline_year)
        );
        let figures = wrap(&figures, 22.0, content_width() - 350.0, 1).remove(0);
        svg.text(
            MARGIN + content_width(),
            baseline_y,
            TextStyle::bold(22.0, palette.text).right_aligned(),
            &figures,
        );
    }
    svg.footer(dataset, CardQr::None, &document.short_title);
    svg.finish(&format!(
        "{}：{}项主要目标、{}项重点任务",
        document.short_title,
        dataset.indicators.len(),
        dataset.tasks().count()
    ))
}
