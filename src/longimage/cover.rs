//! The covers of a 公众号 article: 900×383 and its square thumbnail, 500×500. The title and the key
//! figure stay inside the centre square, which is what the thumbnail shows of the wide cover.

use std::fmt::Write as _;

use crate::model::Dataset;
use crate::share::card::style::TextStyle;
use crate::share::card::svg::Svg;
use crate::share::card::text::wrap;

use super::sheet::{ACCENT, BLUE};
use super::svg_document;

/// A cover's file name and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cover {
    pub file: &'static str,
    pub width: u32,
    pub height: u32,
}

/// The covers the long image folder holds.
pub const COVERS: [Cover; 2] = [
    Cover {
        file: "cover-900x383.png",
        width: 900,
        height: 383,
    },
    Cover {
        file: "cover-500x500.png",
        width: 500,
        height: 500,
    },
];

/// A cover: 一图读懂, the plan's short title and its key figures, centred in the middle square.
pub fn cover_svg(dataset: &Dataset, cover: &Cover) -> String {
    let (width, height) = (f64::from(cover.width), f64::from(cover.height));
    let square = width.min(height);
    let unit = square / 383.0;
    let inner = square - 44.0 * unit;
    let centre = width / 2.0;
    let mut svg = Svg::new();
    svg.rect(0.0, 0.0, width, height, BLUE, 0.0);
    // Pale rings outside the centre square, only on a wide cover.
    if width > square {
        for x in [square * 0.12, width - square * 0.12] {
            let _ = write!(
                svg.body,
                r##"<circle cx="{x:.1}" cy="{:.1}" r="{:.1}" fill="none" stroke="#4f86bd" stroke-width="{:.1}"/>"##,
                height / 2.0,
                square * 0.28,
                18.0 * unit
            );
        }
    }
    let title = &dataset.document.short_title;
    // The largest size at which the title takes at most three lines, down to a floor.
    let mut size = 40.0 * unit;
    let mut lines = wrap(title, size, inner, usize::MAX);
    while lines.len() > 3 && size > 26.0 * unit {
        size -= 2.0 * unit;
        lines = wrap(title, size, inner, usize::MAX);
    }
    let lines = wrap(title, size, inner, 4);
    let figure = format!(
        "{}项主要目标 · {}项重点任务",
        dataset.indicators.len(),
        dataset.tasks().count()
    );
    let kicker_size = 30.0 * unit;
    let figure_size = 24.0 * unit;
    let block = kicker_size * 1.6 + lines.len() as f64 * size * 1.25 + figure_size * 1.9;
    let mut y = (height - block) / 2.0 + kicker_size;
    let kicker_style = TextStyle::bold(kicker_size, ACCENT).centred();
    svg.text(centre, y, kicker_style, "一图读懂");
    y += kicker_size * 0.6;
    for line in &lines {
        y += size * 1.25;
        svg.text(centre, y, TextStyle::bold(size, "#ffffff").centred(), line);
    }
    y += figure_size * 1.9;
    let figure_style = TextStyle::bold(figure_size, ACCENT).centred();
    svg.text(centre, y, figure_style, &figure);
    svg_document(
        cover.width,
        cover.height,
        &format!("一图读懂：{title}"),
        &svg.body,
    )
}
