//! One block of the long image being drawn: its SVG, the boxes of its text lines (where no cut may
//! fall), and the text it shows, for the image's full text.

use crate::charts::Palette;
use crate::share::card::style::TextStyle;
use crate::share::card::svg::Svg;
use crate::share::card::text::{text_width, wrap};

use super::{FullText, WIDTH};

/// The left and right margin of every block.
pub(super) const MARGIN: f64 = 60.0;
/// The body text's size: at 1080 px wide, a phone shows it at about 11 CSS pixels or more.
pub(super) const BODY: f64 = 34.0;
/// The size of every figure.
pub(super) const FIGURE: f64 = 60.0;
pub(super) const BLUE: &str = "#1f5f99";
pub(super) const ACCENT: &str = "#ffd27f";
pub(super) const PALE: &str = "#eef4fa";
pub(super) const GREY: &str = "#f3f5f8";

/// Body text in the text colour, and in the muted colour.
pub(super) const BODY_TEXT: TextStyle<'static> = TextStyle::normal(BODY, Palette::LIGHT.text);
pub(super) const BODY_MUTED: TextStyle<'static> = TextStyle::normal(BODY, Palette::LIGHT.muted);
/// Sentences of body text, lines 1.5 × the size apart; and the same in the muted colour.
pub(super) const PROSE: Paragraph<'static> = Paragraph::new(BODY_TEXT, 1.5);
pub(super) const PROSE_MUTED: Paragraph<'static> = Paragraph::new(BODY_MUTED, 1.5);
/// The items of a list in body text (a unit, a post, a fact), set a little closer; and the same
/// in the muted colour.
pub(super) const LIST: Paragraph<'static> = Paragraph::new(BODY_TEXT, 1.45);
pub(super) const LIST_MUTED: Paragraph<'static> = Paragraph::new(BODY_MUTED, 1.45);

/// How a paragraph is set: the style of its text (which starts at the paragraph's x) and how far
/// apart its lines are, a multiple of the size.
#[derive(Clone, Copy)]
pub(super) struct Paragraph<'a> {
    style: TextStyle<'a>,
    leading: f64,
}

impl<'a> Paragraph<'a> {
    pub(super) const fn new(style: TextStyle<'a>, leading: f64) -> Self {
        Paragraph { style, leading }
    }
}

/// The width text may take between the margins.
pub(super) fn content_width() -> f64 {
    f64::from(WIDTH) - 2.0 * MARGIN
}

/// A block being drawn, from its own top (y = 0).
pub(super) struct Sheet {
    svg: Svg,
    /// Where the next thing goes.
    pub(super) y: f64,
    /// The vertical extent (top, bottom) of every line of text drawn.
    lines: Vec<(f64, f64)>,
    text: Vec<FullText>,
}

/// A finished block: its height (whole pixels), drawing, text line boxes and full text.
pub struct Block {
    pub height: u32,
    pub(super) svg: String,
    pub(super) lines: Vec<(f64, f64)>,
    pub(super) text: Vec<FullText>,
    /// What the block is, for a part's `alt` (主要目标第3项).
    pub(super) label: String,
    /// Whether the block is a heading, which never ends a part: it goes with the block below it.
    pub heading: bool,
}

impl Sheet {
    pub(super) fn new() -> Self {
        Sheet {
            svg: Svg::new(),
            y: 0.0,
            lines: Vec::new(),
            text: Vec::new(),
        }
    }

    /// Records text for the image's full text.
    pub(super) fn say(&mut self, text: FullText) {
        self.text.push(text);
    }

    pub(super) fn rect(
        &mut self,
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        fill: &str,
        radius: f64,
    ) {
        self.svg.rect(x, y, width, height, fill, radius);
    }

    /// Raw SVG drawn into the block.
    pub(super) fn raw(&mut self, svg: &str) {
        self.svg.body.push_str(svg);
    }

    /// One line of text with its baseline at `y`, standing against `x` as its style says.
    pub(super) fn line(&mut self, x: f64, y: f64, style: TextStyle<'_>, text: &str) {
        self.svg.text(x, y, style, text);
        // Noto Sans CJK rises about 0.88 em above the baseline and falls 0.12 em below it; the box
        // is taken a little larger on both sides.
        self.lines
            .push((y - style.size * 0.95, y + style.size * 0.2));
    }

    /// `text` wrapped to `width` from `x`, its first line's top at the sheet's `y`, set as
    /// `paragraph` says; moves `y` below the last line. Nothing is cut: every line the text needs
    /// is drawn.
    pub(super) fn paragraph(&mut self, x: f64, width: f64, paragraph: Paragraph<'_>, text: &str) {
        let Paragraph { style, leading } = paragraph;
        for line in wrap(text, style.size, width, usize::MAX) {
            self.line(x, self.y + style.size * 0.9, style, &line);
            self.y += style.size * leading;
        }
    }

    /// A bar across the content width, its top at `y`: the palette's track, and on it stretches
    /// from the left, each `(share it ends at, colour)`.
    pub(super) fn bar(&mut self, y: f64, height: f64, stretches: &[(f64, &str)]) {
        let (x, width) = (MARGIN, content_width());
        self.rect(x, y, width, height, palette().track, 0.0);
        let mut from = 0.0;
        for (to, colour) in stretches {
            let to = to.clamp(from, 1.0);
            if to > from {
                self.rect(
                    x + width * from,
                    y,
                    width * (to - from),
                    height,
                    colour,
                    0.0,
                );
            }
            from = to;
        }
    }

    /// The block, `bottom` pixels of space below the sheet's `y`, on `background`.
    pub(super) fn finish(self, bottom: f64, background: &str, label: impl Into<String>) -> Block {
        let height = (self.y + bottom).ceil().max(1.0);
        let mut svg = Svg::new();
        svg.rect(0.0, 0.0, f64::from(WIDTH), height, background, 0.0);
        svg.body.push_str(&self.svg.body);
        Block {
            height: height as u32,
            svg: svg.body,
            lines: self.lines,
            text: self.text,
            label: label.into(),
            heading: false,
        }
    }

    /// The block as a heading, kept with the block below it when the image is cut into parts.
    pub(super) fn finish_heading(
        self,
        bottom: f64,
        background: &str,
        label: impl Into<String>,
    ) -> Block {
        Block {
            heading: true,
            ..self.finish(bottom, background, label)
        }
    }
}

/// The palette the image is drawn in: the light one, on white, as the cards are.
pub(super) fn palette() -> Palette {
    Palette::LIGHT
}

/// Whether `text` fits on one line of `width` at `size`.
pub(super) fn fits(text: &str, size: f64, width: f64) -> bool {
    text_width(text, size) <= width
}
