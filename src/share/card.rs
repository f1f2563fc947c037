//! Picture cards for sharing: one SVG per indicator, and one for the overview. The browser rasterises
//! them to PNG for 保存图片; the build rasterises the same SVG into `card.png` files (see `raster`).
//!
//! Cards are always drawn on white in the light palette, so that they read the same wherever they are
//! posted. Text is laid out here (SVG has no line wrapping) with widths estimated per character:
//! a Chinese character is 1 em, Latin letters and digits about 0.56 em.

use std::fmt::Write as _;

use super::{escape_xml, qr_path_data, QrMatrix};
use crate::charts::Palette;
use crate::model::{dial, format_number, latest_assessment, Aim, BandKind, Dataset, Indicator};
use crate::route::Route;

/// The card's size in SVG units (CSS pixels).
pub const CARD_WIDTH: u32 = 750;
pub const CARD_HEIGHT: u32 = 1100;
/// Cards are rasterised at twice their size, so that they stay sharp on phones (1500 px wide).
pub const CARD_SCALE: u32 = 2;

/// The font stack of the cards: the CJK fonts of Linux (Noto, which the build uses), macOS and Windows.
pub const CARD_FONTS: &str = r#""Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif"#;

const MARGIN: f64 = 48.0;
const HEADER_BLUE: &str = "#1f5f99";
const HEADER_ACCENT: &str = "#ffc46b";
const FOOTER_BACKGROUND: &str = "#f3f5f8";
const FOOTER_HEIGHT: f64 = 230.0;

/// The `card.png` a route's page file links as its `og:image`, relative to the site root: the
/// overview's and each indicator's.
pub fn card_file(route: &Route) -> Option<String> {
    match route {
        Route::Overview => Some("card.png".to_owned()),
        Route::Indicator { id } => Some(format!("indicator/{id}/card.png")),
        _ => None,
    }
}

/// Every card the build writes: its path under `dist/` and its SVG. The QR codes link each
/// indicator's page under the widget's public URL; without one the cards have no QR code.
pub fn site_cards(dataset: &Dataset, public_url: Option<&str>) -> Vec<(String, String)> {
    let mut cards = vec![("card.png".to_owned(), overview_card_svg(dataset))];
    cards.extend(dataset.indicators.iter().map(|indicator| {
        let route = Route::Indicator { id: indicator.id };
        let link = public_url
            .map(|root| super::page_link(root, &route))
            .unwrap_or_default();
        (
            card_file(&route).unwrap_or_default(),
            indicator_card_svg(dataset, indicator, &link),
        )
    }));
    cards
}

/// The card of one indicator: its name, the baseline and the target in words, a gauge of the scale
/// coloured as the app's gauges are, whether results have been published, the source document and
/// the plan period, and (where `link` is not empty) the QR code of `link`.
pub fn indicator_card_svg(dataset: &Dataset, indicator: &Indicator, link: &str) -> String {
    let document = &dataset.document;
    let palette = Palette::LIGHT;
    let mut svg = Svg::new();
    let mut y = svg.header(&document.short_title);

    y += 56.0;
    svg.text(
        MARGIN,
        y,
        24.0,
        HEADER_BLUE,
        "bold",
        &format!(
            "主要目标第{}项（共{}项）{}",
            indicator.id,
            dataset.indicators.len(),
            indicator
                .attribute
                .map_or_else(String::new, |attribute| format!(
                    "· {}指标",
                    attribute.label()
                ))
        ),
    );
    let title = wrap(&indicator.name, 44.0, content_width(), 3);
    for line in &title {
        y += 56.0;
        svg.text(MARGIN, y, 44.0, palette.text, "bold", line);
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
    if dial.is_some() {
        svg.text_anchored(
            start.0,
            label_y,
            22.0,
            palette.muted,
            "normal",
            "middle",
            &format!("0{unit}"),
        );
        svg.text_anchored(
            end.0,
            label_y,
            22.0,
            palette.muted,
            "normal",
            "middle",
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
    svg.text_anchored(
        centre.0,
        centre.1 - 28.0,
        24.0,
        palette.muted,
        "normal",
        "middle",
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
        svg.text_anchored(
            centre.0,
            centre.1 + 22.0 + (size + 6.0) * index as f64,
            size,
            palette.text,
            "bold",
            "middle",
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
        MARGIN,
        y,
        box_width,
        box_height,
        palette.baseline,
        &format!("{}年基数", document.baseline_year),
        &baseline,
    );
    svg.text_anchored(
        f64::from(CARD_WIDTH) / 2.0,
        y + box_height / 2.0 + 14.0,
        40.0,
        palette.muted,
        "bold",
        "middle",
        "→",
    );
    svg.figure_box(
        MARGIN + box_width + 56.0,
        y,
        box_width,
        box_height,
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
        svg.text(MARGIN, y, 22.0, palette.muted, "normal", &line);
        y += 32.0;
    }

    svg.footer(dataset, link, &indicator.name);
    svg.finish(&format!(
        "{}：{}年{}，{}年目标{}",
        indicator.name,
        document.baseline_year,
        indicator.baseline_in_words(),
        document.period_end,
        target
    ))
}

/// The overview card: the plan's key figures and each indicator's baseline → target.
pub fn overview_card_svg(dataset: &Dataset) -> String {
    let document = &dataset.document;
    let palette = Palette::LIGHT;
    let mut svg = Svg::new();
    let mut y = svg.header(&document.short_title);

    y += 62.0;
    svg.text(
        MARGIN,
        y,
        24.0,
        HEADER_BLUE,
        "bold",
        &format!(
            "主要目标和重点任务分工（{}—{}年）",
            document.period_start, document.period_end
        ),
    );
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
        svg.text(x + 20.0, y + 96.0, 22.0, palette.muted, "normal", label);
    }
    y += 112.0 + 44.0;
    svg.text(
        MARGIN,
        y,
        26.0,
        palette.text,
        "bold",
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
            22.0,
            HEADER_BLUE,
            "bold",
            &indicator.id.to_string(),
        );
        let name = wrap(&indicator.short_name, 22.0, 300.0, 1).remove(0);
        svg.text(
            MARGIN + 40.0,
            baseline_y,
            22.0,
            palette.text,
            "normal",
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
        svg.text_anchored(
            MARGIN + content_width(),
            baseline_y,
            22.0,
            palette.text,
            "bold",
            "end",
            &figures,
        );
    }
    svg.footer(dataset, "", &document.short_title);
    svg.finish(&format!(
        "{}：{}项主要目标、{}项重点任务",
        document.short_title,
        dataset.indicators.len(),
        dataset.tasks().count()
    ))
}

fn content_width() -> f64 {
    f64::from(CARD_WIDTH) - 2.0 * MARGIN
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

/// The point at `share` (0–1) along the gauge's arc, which runs clockwise from 210° to −30°.
fn point(centre: (f64, f64), radius: f64, share: f64) -> (f64, f64) {
    let angle = (210.0 - 240.0 * share).to_radians();
    (
        centre.0 + radius * angle.cos(),
        centre.1 - radius * angle.sin(),
    )
}

/// How wide a character is, in ems.
fn char_width(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        '.' | ',' | ':' | ';' | '(' | ')' | '|' | 'i' | 'l' | '1' => 0.4,
        'A'..='Z' | '%' | 'm' | 'w' => 0.72,
        c if c.is_ascii() => 0.56,
        _ => 1.0,
    }
}

/// The width of `text` at `size`, estimated.
pub(super) fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(char_width).sum::<f64>() * size
}

/// Breaks `text` into lines no wider than `width` at `size`, at most `max_lines` (the last one ends
/// with "…" if the text is longer). Latin words and numbers are kept whole, and a line never starts
/// with closing punctuation.
pub(super) fn wrap(text: &str, size: f64, width: f64, max_lines: usize) -> Vec<String> {
    // Tokens: runs of ASCII letters, digits and figures' punctuation, or single other characters.
    let mut tokens: Vec<String> = Vec::new();
    for c in text.chars() {
        let joins = c.is_ascii_alphanumeric() || matches!(c, '.' | '%' | '-' | '/');
        match tokens.last_mut() {
            Some(last)
                if joins
                    && last.chars().last().is_some_and(|p| {
                        p.is_ascii_alphanumeric() || matches!(p, '.' | '%' | '-' | '/')
                    }) =>
            {
                last.push(c)
            }
            _ => tokens.push(c.to_string()),
        }
    }
    // A run too long for a line of its own (a long Latin word, a URL) is broken anywhere.
    let tokens = tokens.into_iter().flat_map(|token| {
        if text_width(&token, size) > width {
            token.chars().map(String::from).collect()
        } else {
            vec![token]
        }
    });
    let mut lines: Vec<String> = vec![String::new()];
    for token in tokens {
        let line = lines.last_mut().expect("one line at least");
        let closing = token
            .chars()
            .all(|c| "，。、；：！？）》”’,.;:!?)".contains(c));
        if line.is_empty() || closing || text_width(&format!("{line}{token}"), size) <= width {
            line.push_str(&token);
        } else {
            lines.push(token);
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines is at least 1");
        while !last.is_empty() && text_width(&format!("{last}…"), size) > width {
            last.pop();
        }
        last.push('…');
    }
    lines
}

/// Text of the dataset as a card writes it: escaped for XML, without bidirectional controls.
fn card_text(text: &str) -> String {
    escape_xml(&super::without_bidi_controls(text))
}

/// An SVG document being written.
struct Svg {
    body: String,
}

impl Svg {
    fn new() -> Self {
        Svg {
            body: String::with_capacity(16 * 1024),
        }
    }

    /// The blue band at the top with the widget's name and the plan's short title; returns its bottom.
    fn header(&mut self, title: &str) -> f64 {
        let lines = wrap(title, 30.0, content_width(), 2);
        let height = 96.0 + 40.0 * lines.len() as f64;
        self.rect(0.0, 0.0, f64::from(CARD_WIDTH), height, HEADER_BLUE, 0.0);
        self.text(MARGIN, 62.0, 26.0, HEADER_ACCENT, "bold", "一图读懂");
        for (index, line) in lines.iter().enumerate() {
            self.text(
                MARGIN,
                112.0 + 40.0 * index as f64,
                30.0,
                "#ffffff",
                "bold",
                line,
            );
        }
        height
    }

    /// The grey band at the bottom: the source document, the plan period and, with a link, its QR code.
    fn footer(&mut self, dataset: &Dataset, link: &str, subject: &str) {
        let document = &dataset.document;
        let top = f64::from(CARD_HEIGHT) - FOOTER_HEIGHT;
        let palette = Palette::LIGHT;
        self.rect(
            0.0,
            top,
            f64::from(CARD_WIDTH),
            FOOTER_HEIGHT,
            FOOTER_BACKGROUND,
            0.0,
        );
        let qr = (!link.is_empty()).then(|| QrMatrix::new(link)).flatten();
        let qr_size = 170.0;
        let text_width = if qr.is_some() {
            content_width() - qr_size - 24.0
        } else {
            content_width()
        };
        let mut y = top + 56.0;
        self.text(
            MARGIN,
            y,
            26.0,
            palette.text,
            "bold",
            &format!("来源：{}", document.number),
        );
        y += 42.0;
        self.text(
            MARGIN,
            y,
            22.0,
            palette.muted,
            "normal",
            &format!(
                "规划期：{}—{}年",
                document.period_start, document.period_end
            ),
        );
        for line in wrap(&document.issuer, 22.0, text_width, 2) {
            y += 34.0;
            self.text(MARGIN, y, 22.0, palette.muted, "normal", &line);
        }
        y += 34.0;
        self.text(
            MARGIN,
            y,
            22.0,
            palette.muted,
            "normal",
            &format!("发布日期：{}", document.published),
        );
        if let Some(matrix) = qr {
            let x = f64::from(CARD_WIDTH) - MARGIN - qr_size;
            let qr_top = top + 18.0;
            let scale = qr_size / matrix.size() as f64;
            let _ = write!(
                self.body,
                r##"<g transform="translate({x:.1} {qr_top:.1}) scale({scale:.5})" role="img" aria-label="{}"><rect width="{size}" height="{size}" fill="#ffffff"/><path fill="#000000" shape-rendering="crispEdges" d="{}"/></g>"##,
                card_text(&format!("二维码：{subject}")),
                qr_path_data(&matrix),
                size = matrix.size(),
            );
            self.text_anchored(
                x + qr_size / 2.0,
                qr_top + qr_size + 30.0,
                20.0,
                palette.muted,
                "normal",
                "middle",
                "扫码查看",
            );
        }
    }

    fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, fill: &str, radius: f64) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{height:.1}" rx="{radius:.1}" fill="{fill}"/>"#
        );
    }

    fn text(&mut self, x: f64, y: f64, size: f64, fill: &str, weight: &str, text: &str) {
        self.text_anchored(x, y, size, fill, weight, "start", text);
    }

    #[allow(clippy::too_many_arguments)]
    fn text_anchored(
        &mut self,
        x: f64,
        y: f64,
        size: f64,
        fill: &str,
        weight: &str,
        anchor: &str,
        text: &str,
    ) {
        let _ = write!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{}</text>"#,
            card_text(text)
        );
    }

    /// A figure in a box with a coloured top edge: its label above, the figure (wrapped) below.
    #[allow(clippy::too_many_arguments)]
    fn figure_box(
        &mut self,
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        colour: &str,
        label: &str,
        figure: &str,
    ) {
        let palette = Palette::LIGHT;
        self.rect(x, y, width, height, "#f6f8fb", 12.0);
        self.rect(x, y, width, 8.0, colour, 4.0);
        self.text(x + 18.0, y + 42.0, 22.0, palette.muted, "normal", label);
        let lines = wrap(figure, 30.0, width - 36.0, 2);
        let size = if lines.len() > 1 { 24.0 } else { 30.0 };
        let lines = wrap(figure, size, width - 36.0, 2);
        for (index, line) in lines.iter().enumerate() {
            let first = if lines.len() > 1 { 72.0 } else { 82.0 };
            self.text(
                x + 18.0,
                y + first + 26.0 * index as f64,
                size,
                colour,
                "bold",
                line,
            );
        }
    }

    /// A stroked arc of the gauge from `from` to `to` (shares of the scale).
    fn arc(
        &mut self,
        centre: (f64, f64),
        radius: f64,
        from: f64,
        to: f64,
        width: f64,
        colour: &str,
    ) {
        let (x0, y0) = point(centre, radius, from);
        let (x1, y1) = point(centre, radius, to);
        let large = u8::from((to - from) * 240.0 > 180.0);
        let _ = write!(
            self.body,
            r#"<path d="M{x0:.2},{y0:.2}A{radius:.2},{radius:.2} 0 {large} 1 {x1:.2},{y1:.2}" fill="none" stroke="{colour}" stroke-width="{width:.1}"/>"#
        );
    }

    fn finish(self, label: &str) -> String {
        format!(
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" font-family="{fonts}">"#,
                r##"<rect width="{w}" height="{h}" fill="#ffffff"/>"##,
                "{body}</svg>"
            ),
            w = CARD_WIDTH,
            h = CARD_HEIGHT,
            label = card_text(label),
            fonts = escape_xml(CARD_FONTS),
            body = self.body,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_without_splitting_numbers() {
        let lines = wrap("从业人员持保育师、育婴员等级证书上岗率", 44.0, 654.0, 3);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines.concat(), "从业人员持保育师、育婴员等级证书上岗率");
        let lines = wrap("每千人口拥有3岁以下婴幼儿托位数4.5个", 44.0, 300.0, 5);
        assert!(lines.iter().any(|line| line.contains("4.5")), "{lines:?}");
        let lines = wrap("一二三四五六七八九十", 10.0, 50.0, 1);
        assert_eq!(lines, ["一二三四…"]);
        // A Latin run wider than a line is broken, so that no line runs off the card.
        let long = "=HYPERLINK(http://example.invalid/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)";
        let lines = wrap(long, 44.0, 654.0, 9);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines.iter().all(|line| text_width(line, 44.0) <= 654.0),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), long);
    }

    #[test]
    fn the_arc_runs_from_lower_left_to_lower_right() {
        let (x0, y0) = point((0.0, 0.0), 1.0, 0.0);
        let (x1, y1) = point((0.0, 0.0), 1.0, 1.0);
        assert!(x0 < 0.0 && y0 > 0.0 && x1 > 0.0 && y1 > 0.0);
        let (xm, ym) = point((0.0, 0.0), 1.0, 0.5);
        assert!(xm.abs() < 1e-9 && ym < 0.0);
    }
}
