//! The SVG document a card is written into, and the shapes cards are made of.

use std::fmt::Write as _;

use super::text::{card_text, wrap};
use super::{content_width, CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, HEADER_BLUE, MARGIN};
use crate::charts::Palette;
use crate::model::Dataset;
use crate::share::{escape_xml, QrMatrix};

use super::qr_slot::{qr_code, QR_SIZE, QR_SLOT};
use super::style::TextStyle;

const HEADER_ACCENT: &str = "#ffc46b";
const FOOTER_BACKGROUND: &str = "#f3f5f8";
pub(super) const FOOTER_HEIGHT: f64 = 230.0;

/// The point at `share` (0–1) along the gauge's arc, which runs clockwise from 210° to −30°.
pub(super) fn point(centre: (f64, f64), radius: f64, share: f64) -> (f64, f64) {
    let angle = (210.0 - 240.0 * share).to_radians();
    (
        centre.0 + radius * angle.cos(),
        centre.1 - radius * angle.sin(),
    )
}

/// An SVG document being written.
pub(crate) struct Svg {
    pub(crate) body: String,
}

impl Svg {
    pub(crate) fn new() -> Self {
        Svg {
            body: String::with_capacity(16 * 1024),
        }
    }

    /// A card begun with its header and, `gap` below it, its kicker line in the header's blue;
    /// returns the card and the kicker line's baseline.
    pub(super) fn begin(title: &str, gap: f64, kicker: &str) -> (Self, f64) {
        let mut svg = Svg::new();
        let y = svg.header(title) + gap;
        svg.text(MARGIN, y, TextStyle::bold(24.0, HEADER_BLUE), kicker);
        (svg, y)
    }

    /// The blue band at the top with the widget's name and the plan's short title; returns its bottom.
    fn header(&mut self, title: &str) -> f64 {
        let lines = wrap(title, 30.0, content_width(), 2);
        let height = 96.0 + 40.0 * lines.len() as f64;
        self.rect(0.0, 0.0, f64::from(CARD_WIDTH), height, HEADER_BLUE, 0.0);
        self.text(
            MARGIN,
            62.0,
            TextStyle::bold(26.0, HEADER_ACCENT),
            "一图读懂",
        );
        let style = TextStyle::bold(30.0, "#ffffff");
        for (index, line) in lines.iter().enumerate() {
            self.text(MARGIN, 112.0 + 40.0 * index as f64, style, line);
        }
        height
    }

    /// The grey band at the bottom: the source document, the plan period and, with a link, its QR code.
    pub(super) fn footer(&mut self, dataset: &Dataset, qr: CardQr<'_>, subject: &str) {
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
        let qr = match qr {
            CardQr::Link(link) if !link.is_empty() => {
                QrMatrix::new(link).map(|code| qr_code(&code))
            }
            CardQr::Link(_) | CardQr::None => None,
            CardQr::Slot => Some(QR_SLOT.to_owned()),
        };
        let text_width = if qr.is_some() {
            content_width() - QR_SIZE - 24.0
        } else {
            content_width()
        };
        let small = TextStyle::normal(22.0, palette.muted);
        let mut y = top + 56.0;
        self.text(
            MARGIN,
            y,
            TextStyle::bold(26.0, palette.text),
            &format!("来源：{}", document.number),
        );
        y += 42.0;
        self.text(
            MARGIN,
            y,
            small,
            &format!(
                "规划期：{}—{}年",
                document.period_start, document.period_end
            ),
        );
        for line in wrap(&document.issuer, 22.0, text_width, 2) {
            y += 34.0;
            self.text(MARGIN, y, small, &line);
        }
        y += 34.0;
        self.text(
            MARGIN,
            y,
            small,
            &format!("发布日期：{}", document.published),
        );
        if let Some(code) = qr {
            let x = f64::from(CARD_WIDTH) - MARGIN - QR_SIZE;
            let qr_top = top + 18.0;
            let _ = write!(
                self.body,
                r##"<g transform="translate({x:.1} {qr_top:.1})" role="img" aria-label="{}">{code}</g>"##,
                card_text(&format!("二维码：{subject}")),
            );
            self.text(
                x + QR_SIZE / 2.0,
                qr_top + QR_SIZE + 30.0,
                TextStyle::normal(20.0, palette.muted).centred(),
                "扫码查看",
            );
        }
    }

    pub(crate) fn rect(
        &mut self,
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        fill: &str,
        radius: f64,
    ) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{height:.1}" rx="{radius:.1}" fill="{fill}"/>"#
        );
    }

    /// One line of text with its baseline at `y`, standing against `x` as its style says.
    pub(crate) fn text(&mut self, x: f64, y: f64, style: TextStyle<'_>, text: &str) {
        let TextStyle {
            size,
            fill,
            weight,
            anchor,
        } = style;
        let _ = write!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{}</text>"#,
            card_text(text)
        );
    }

    /// A figure in a box with a coloured top edge: its label above, the figure (wrapped) below.
    /// The box's top left corner is `at`, its width and height `size`.
    pub(super) fn figure_box(
        &mut self,
        at: (f64, f64),
        size: (f64, f64),
        colour: &str,
        label: &str,
        figure: &str,
    ) {
        let ((x, y), (width, height)) = (at, size);
        let palette = Palette::LIGHT;
        self.rect(x, y, width, height, "#f6f8fb", 12.0);
        self.rect(x, y, width, 8.0, colour, 4.0);
        self.text(
            x + 18.0,
            y + 42.0,
            TextStyle::normal(22.0, palette.muted),
            label,
        );
        let lines = wrap(figure, 30.0, width - 36.0, 2);
        let size = if lines.len() > 1 { 24.0 } else { 30.0 };
        let lines = wrap(figure, size, width - 36.0, 2);
        for (index, line) in lines.iter().enumerate() {
            let first = if lines.len() > 1 { 72.0 } else { 82.0 };
            let y = y + first + 26.0 * index as f64;
            self.text(x + 18.0, y, TextStyle::bold(size, colour), line);
        }
    }

    /// A stroked arc of the gauge from `from` to `to` (shares of the scale).
    pub(super) fn arc(
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

    pub(super) fn finish(self, label: &str) -> String {
        svg_document(CARD_WIDTH, CARD_HEIGHT, label, &self.body)
    }
}

/// An SVG document `width` × `height` on white with `body`, labelled for screen readers, in the
/// cards' fonts (the cards' and the long image's).
pub(crate) fn svg_document(width: u32, height: u32, label: &str, body: &str) -> String {
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" font-family="{fonts}">"#,
            r##"<rect width="{w}" height="{h}" fill="#ffffff"/>"##,
            "{body}</svg>"
        ),
        w = width,
        h = height,
        label = card_text(label),
        fonts = escape_xml(CARD_FONTS),
        body = body,
    )
}

/// Where a card's QR code comes from.
pub enum CardQr<'a> {
    /// No QR code.
    None,
    /// The QR code of a link (none for an empty link).
    Link(&'a str),
    /// A slot for the QR code, filled in the browser with the link the reader shares
    /// ([`fill_qr_slot`]).
    Slot,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arc_runs_from_lower_left_to_lower_right() {
        let (x0, y0) = point((0.0, 0.0), 1.0, 0.0);
        let (x1, y1) = point((0.0, 0.0), 1.0, 1.0);
        assert!(x0 < 0.0 && y0 > 0.0 && x1 > 0.0 && y1 > 0.0);
        let (xm, ym) = point((0.0, 0.0), 1.0, 0.5);
        assert!(xm.abs() < 1e-9 && ym < 0.0);
    }
}
