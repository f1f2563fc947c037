//! The card of one indicator.

use super::style::TextStyle;
use super::svg::{point, CardQr, Svg};
use super::text::{text_width, wrap};
use super::{content_width, CARD_WIDTH, MARGIN};
use crate::charts::Palette;
use crate::model::{dial, format_number, latest_assessment, Aim, BandKind, Dataset, Indicator};

/// The card of one indicator: its name, the baseline and the target in words, a gauge of the scale
/// coloured as the app's gauges are, whether results have been published, the source document and
/// the plan period, and (where `link` is not empty) the QR code of `link`.
pub fn indicator_card_svg(dataset: &Dataset, indicator: &Indicator, link: &str) -> String {
    indicator_card(dataset, indicator, CardQr::Link(link))
}

/// The card of one indicator with a slot for the QR code of the link the reader shares, which
/// the browser fills (`fill_qr_slot`): the app draws no card itself.
pub fn indicator_card_template(dataset: &Dataset, indicator: &Indicator) -> String {
    indicator_card(dataset, indicator, CardQr::Slot)
}

fn indicator_card(dataset: &Dataset, indicator: &Indicator, qr: CardQr<'_>) -> String {
    let document = &dataset.document;
    let palette = Palette::LIGHT;
    let kicker = format!(
        "主要目标第{}项（共{}项）{}",
        indicator.id,
        dataset.indicators.len(),
        indicator
            .attribute
            .map_or_else(String::new, |attribute| format!(
                "· {}指标",
                attribute.label()
            ))
    );
    let (mut svg, mut y) = Svg::begin(&document.short_title, 56.0, &kicker);
    let title = wrap(&indicator.name, 44.0, content_width(), 3);
    for line in &title {
        y += 56.0;
        svg.text(MARGIN, y, TextStyle::bold(44.0, palette.text), line);
    }

    // The gauge: a 240° arc, as the app draws it; smaller under a three-line name.
    let radius = if title.len() > 2 { 124.0 } else { 150.0 };
    let stroke = 34.0;
    let centre = (
        f64::from(CARD_WIDTH) / 2.0,
        y + 30.0 + stroke / 2.0 + radius,
    );
    let dial = dial(indicator);
    let scale_max = dial.as_ref().map_or(1.0, |dial| dial.max);
    let mut from = 0.0;
    for band in dial.iter().flat_map(|dial| dial.bands.iter()) {
        svg.arc(
            centre,
            radius,
            from,
            band.to,
            stroke,
            palette.band(band.kind),
        );
        from = band.to;
    }
    if dial.is_none() {
        // A target in words has no scale: an empty ring frames its words.
        svg.arc(centre, radius, 0.0, 1.0, stroke, palette.track);
    }
    let latest = latest_assessment(indicator, dataset);
    if let (Some(assessment), Some(dial)) = (&latest, &dial) {
        let share = (assessment.result.value / dial.max).clamp(0.0, 1.0);
        svg.arc(centre, radius - stroke, 0.0, share, 10.0, palette.result);
    }
    let unit = if indicator.is_percent() { "%" } else { "" };
    let (start, end) = (point(centre, radius, 0.0), point(centre, radius, 1.0));
    let label_y = start.1 + stroke / 2.0 + 28.0;
    let small = TextStyle::normal(22.0, palette.muted);
    if dial.is_some() {
        svg.text(start.0, label_y, small.centred(), &format!("0{unit}"));
        svg.text(
            end.0,
            label_y,
            small.centred(),
            &format!("{}{unit}", format_number(scale_max)),
        );
    }
    let target_words = indicator.target_in_words(document.baseline_year);
    let (centre_label, centre_figure) = match &latest {
        None => (
            format!("{}年目标", document.period_end),
            target_words.clone(),
        ),
        Some(assessment) => (
            format!("{}年公开结果", assessment.result.year),
            indicator.with_unit(assessment.result.value),
        ),
    };
    svg.text(
        centre.0,
        centre.1 - 28.0,
        TextStyle::normal(24.0, palette.muted).centred(),
        &centre_label,
    );
    // One line where it fits inside the arc, else the comparator (不低于) above the figure.
    let inside = 2.0 * (radius - stroke) - 8.0;
    let figure_lines = if text_width(&centre_figure, 36.0) <= inside || latest.is_some() {
        vec![centre_figure.clone()]
    } else {
        wrap(&centre_figure, 36.0, inside.max(36.0 * 4.0), 3)
    };
    let size = figure_lines
        .iter()
        .map(|line| (inside / text_width(line, 1.0)).min(36.0))
        .fold(36.0, f64::min)
        .floor();
    for (index, line) in figure_lines.iter().enumerate() {
        svg.text(
            centre.0,
            centre.1 + 22.0 + (size + 6.0) * index as f64,
            TextStyle::bold(size, palette.text).centred(),
            line,
        );
    }
    y = label_y + 22.0;

    // Baseline → target in words.
    y += 16.0;
    let box_width = (content_width() - 56.0) / 2.0;
    let baseline = indicator.baseline_in_words();
    let target = target_words;
    let box_height = 104.0;
    svg.figure_box(
        (MARGIN, y),
        (box_width, box_height),
        palette.baseline,
        &format!("{}年基数", document.baseline_year),
        &baseline,
    );
    svg.text(
        f64::from(CARD_WIDTH) / 2.0,
        y + box_height / 2.0 + 14.0,
        TextStyle::bold(40.0, palette.muted).centred(),
        "→",
    );
    svg.figure_box(
        (MARGIN + box_width + 56.0, y),
        (box_width, box_height),
        target_colour(indicator, &palette),
        &format!("{}年目标", document.period_end),
        &target,
    );
    y += box_height + 40.0;
    let status = match &latest {
        None => "尚无公开结果；本图不推算进展。".to_owned(),
        Some(assessment) => format!(
            "{}年公开结果{}，{}。来源：{}（{}）",
            assessment.result.year,
            indicator.with_unit(assessment.result.value),
            assessment.verdict.label(),
            assessment.result.source,
            assessment.result.date
        ),
    };
    for line in wrap(&status, 22.0, content_width(), 2) {
        svg.text(MARGIN, y, small, &line);
        y += 32.0;
    }

    svg.footer(dataset, qr, &indicator.name);
    svg.finish(&format!(
        "{}：{}年{}，{}年目标{}",
        indicator.name,
        document.baseline_year,
        indicator.baseline_in_words(),
        document.period_end,
        target
    ))
}

/// The colour of the target figure: the goal colour where the target has a met zone, else the
/// gap colour's dark shade.
fn target_colour(indicator: &Indicator, palette: &Palette) -> &'static str {
    let has_goal = dial(indicator)
        .is_some_and(|dial| dial.bands.iter().any(|band| band.kind == BandKind::Goal));
    if has_goal && indicator.aim() != Aim::None {
        palette.goal
    } else {
        "#a35f00"
    }
}
