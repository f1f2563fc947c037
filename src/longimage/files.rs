//! The long image's files before rasterising: its parts' and covers' SVG, and its page.

use crate::model::Dataset;

use super::{cover_svg, long_image, page, LongImageOptions, COVERS, MAX_LONG_HEIGHT};

/// What the long image folder holds before rasterising: each part's file name (`part-01.jpg`) and
/// SVG, each cover's file name and SVG, whether `long.png` is written, and `index.html`.
pub struct LongImageFiles {
    pub parts: Vec<(String, String)>,
    pub covers: Vec<(String, String)>,
    /// The parts' heights, in order (the whole image is the parts one below the other).
    pub heights: Vec<u32>,
    /// Whether the whole image is written as `long.png` (no taller than `MAX_LONG_HEIGHT`).
    pub whole: bool,
    pub index_html: String,
    /// The full text as plain text, a paragraph a line, for 复制图片说明.
    pub text: String,
}

/// The long image's files of a plan, as SVG, and its page.
pub fn long_image_files(dataset: &Dataset, options: &LongImageOptions) -> LongImageFiles {
    let image = long_image(dataset, options);
    let parts = image.parts();
    let count = parts.len();
    let mut files = Vec::new();
    let mut alts = Vec::new();
    for (index, part) in parts.iter().enumerate() {
        let alt = image.part_alt(part, index, count);
        files.push((part_file(index), image.part_svg(part, &alt)));
        alts.push(alt);
    }
    let whole = image.height() <= MAX_LONG_HEIGHT;
    LongImageFiles {
        index_html: page::index_html(dataset, &image, &alts, whole),
        text: image.plain_text(),
        parts: files,
        covers: COVERS
            .iter()
            .map(|cover| (cover.file.to_owned(), cover_svg(dataset, cover)))
            .collect(),
        heights: parts.iter().map(|part| part.height).collect(),
        whole,
    }
}

/// The file name of the part at `index` (from 0): `part-01.jpg`.
pub fn part_file(index: usize) -> String {
    format!("part-{:02}.jpg", index + 1)
}
