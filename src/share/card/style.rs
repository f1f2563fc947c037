//! How a line of text is drawn in the cards' SVG and in the long image's, which is written with
//! the cards' writer (`svg::Svg`).

/// How a line of text is drawn: its size in pixels, its colour, its weight (`normal` or `bold`) and
/// where it stands against its x (`start`, `middle` or `end`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextStyle<'a> {
    pub(crate) size: f64,
    pub(crate) fill: &'a str,
    pub(crate) weight: &'a str,
    pub(crate) anchor: &'a str,
}

impl<'a> TextStyle<'a> {
    /// Text of normal weight, starting at its x.
    pub(crate) const fn normal(size: f64, fill: &'a str) -> Self {
        TextStyle {
            size,
            fill,
            weight: "normal",
            anchor: "start",
        }
    }

    /// Bold text, starting at its x.
    pub(crate) const fn bold(size: f64, fill: &'a str) -> Self {
        TextStyle {
            weight: "bold",
            ..TextStyle::normal(size, fill)
        }
    }

    /// The same text, centred on its x.
    pub(crate) const fn centred(self) -> Self {
        TextStyle {
            anchor: "middle",
            ..self
        }
    }

    /// The same text, ending at its x (its right edge: the text runs left to right).
    pub(crate) const fn right_aligned(self) -> Self {
        TextStyle {
            anchor: "end",
            ..self
        }
    }
}
