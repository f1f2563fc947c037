//! 一图读懂长图: the plan as one tall picture, the form most readers meet it in (a 公众号 article, a
//! 政策解读 column), where no script or iframe runs. Made from the dataset alone, as blocks stacked
//! top to bottom (`blocks`), each drawn as SVG at the image's width (`sheet`). The image is cut
//! into parts between blocks, never through a line of text (`LongImage::parts`); its full text, every
//! heading, name, figure and sentence it shows, goes beside it as HTML (`page`), with the covers a
//! 公众号 article needs (`cover`).
//!
//! Everything here is pure and runs on both sides: natively `site` rasterises the SVG with resvg
//! (`site::native`), and the builder page draws the same SVG on a canvas, at the same sizes and cuts.

mod blocks;
mod cover;
mod files;
mod page;
mod sheet;

pub use blocks::COMPACT_TASKS_FROM;
pub use cover::{cover_svg, COVERS};
pub use files::{long_image_files, part_file, LongImageFiles};
pub use sheet::Block;

use crate::model::{band_kinds, indicators_with_results, BandKind, Dataset};
pub(crate) use crate::share::card::svg::svg_document;

/// The image's width in pixels: the width 公众号 editors and 政策解读 columns publish.
pub const WIDTH: u32 = 1080;
/// The tallest part: a phone shows a part in two or three screens, and the 公众号 editor takes it.
pub const MAX_PART_HEIGHT: u32 = 2400;
/// The tallest whole image written: browsers cannot draw a taller canvas.
pub const MAX_LONG_HEIGHT: u32 = 30_000;
/// The folder of the site the long image is written into.
pub const FOLDER: &str = "longimage";

/// What the image is told besides the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongImageOptions {
    /// The year it is made in: the plan's status is told as of then.
    pub build_year: u16,
    /// The day it is made, `YYYY-MM-DD`, printed in the footer.
    pub made_on: String,
    /// The site's public URL: the footer's QR code leads there. None: no QR code.
    pub public_url: Option<String>,
}

/// A piece of the image's text, for its full text in HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FullText {
    /// A heading of a level (1 the image's title).
    Heading(u8, String),
    /// A paragraph.
    Para(String),
    /// An item of a list (a task, a department).
    Item(String),
}

/// The image as its blocks, top to bottom.
pub struct LongImage {
    pub blocks: Vec<Block>,
}

/// A part of the image: the rows from `top` (a block's top) for `height` pixels, blocks
/// `blocks.0..blocks.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub top: u32,
    pub height: u32,
    pub blocks: (usize, usize),
}

/// The long image of a plan.
pub fn long_image(dataset: &Dataset, options: &LongImageOptions) -> LongImage {
    let mut blocks = vec![
        blocks::masthead(dataset),
        blocks::key_figures(dataset, options),
    ];
    if !dataset.indicators.is_empty() {
        let document = &dataset.document;
        blocks.push(blocks::heading(
            "主要目标",
            &format!(
                "{}项，{}年基数 → {}年目标。{}",
                dataset.indicators.len(),
                document.baseline_year,
                document.period_end,
                bar_legend(dataset)
            ),
            "主要目标",
        ));
        blocks.extend(
            dataset
                .indicators
                .iter()
                .map(|indicator| blocks::indicator(dataset, indicator)),
        );
    }
    let tasks = dataset.tasks().count();
    if tasks > 0 {
        let compact = tasks >= COMPACT_TASKS_FROM;
        let detail = if compact {
            format!(
                "{tasks}项，分{}个方面。本图列出每项任务和牵头单位，责任单位等完整分工见互动版。",
                dataset.sections.len()
            )
        } else {
            format!("{tasks}项，分{}个方面。", dataset.sections.len())
        };
        blocks.push(blocks::heading("重点任务", &detail, "重点任务"));
        for section in &dataset.sections {
            blocks.push(blocks::section(section));
            blocks.extend(section.tasks.iter().map(|task| blocks::task(task, compact)));
        }
    }
    let counts = blocks::department_counts(dataset);
    if !counts.is_empty() {
        let most = counts
            .iter()
            .map(|(_, count)| count.iter().sum::<usize>())
            .max()
            .unwrap_or(1);
        blocks.push(blocks::heading(
            "部门分工",
            &format!(
                "{}个部门承担重点任务，按牵头任务数排列。深色条为牵头任务，浅色条为参与、配合任务。",
                counts.len()
            ),
            "部门分工",
        ));
        blocks.extend(
            counts
                .iter()
                .map(|(name, count)| blocks::department(name, *count, most)),
        );
    }
    blocks.push(blocks::footer(dataset, options));
    LongImage { blocks }
}

/// What the bars' colours mean, in words, with the bands this plan's dials use (the figures beside
/// each bar say the same in words, so colour is never the only carrier).
fn bar_legend(dataset: &Dataset) -> String {
    let kinds = band_kinds(dataset);
    let named: Vec<&str> = [
        (BandKind::Baseline, "深蓝为基数"),
        (BandKind::Gap, "橙色为基数到目标的区间"),
        (BandKind::Goal, "绿色为达标区间"),
    ]
    .into_iter()
    .filter(|(kind, _)| kinds.contains(kind))
    .map(|(_, words)| words)
    .collect();
    let mut legend = String::new();
    if !named.is_empty() {
        legend.push_str(&format!("刻度条中{}", named.join("、")));
        if indicators_with_results(dataset) > 0 {
            legend.push_str("，黑色竖线为最新公开结果");
        }
        legend.push('。');
    }
    legend
}

impl LongImage {
    /// The image's height in pixels.
    pub fn height(&self) -> u32 {
        self.blocks.iter().map(|block| block.height).sum()
    }

    /// Each block's top, in pixels from the image's top.
    pub fn tops(&self) -> Vec<u32> {
        self.blocks
            .iter()
            .scan(0, |top, block| {
                let this = *top;
                *top += block.height;
                Some(this)
            })
            .collect()
    }

    /// The parts the image is cut into: as many blocks as fit in `MAX_PART_HEIGHT`, each part
    /// ending where a block ends, and never on a heading (it goes to the next part, with what it
    /// heads). A block taller than a part (none is, at any plan's sizes: a block is one indicator
    /// or task) is cut at its text lines' gaps.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts = Vec::new();
        let mut start = 0;
        let mut top = 0;
        while start < self.blocks.len() {
            let mut end = start;
            let mut height = 0;
            while end < self.blocks.len()
                && (end == start || height + self.blocks[end].height <= MAX_PART_HEIGHT)
            {
                height += self.blocks[end].height;
                end += 1;
            }
            // A heading at a part's foot goes on to the next part, unless the part holds nothing else.
            while end < self.blocks.len() && end - start > 1 && self.blocks[end - 1].heading {
                end -= 1;
                height -= self.blocks[end].height;
            }
            parts.push(Part {
                top,
                height,
                blocks: (start, end),
            });
            top += height;
            start = end;
        }
        parts
    }

    /// Every line of text's extent (top, bottom) in pixels from the image's top.
    pub fn text_lines(&self) -> Vec<(f64, f64)> {
        self.tops()
            .into_iter()
            .zip(&self.blocks)
            .flat_map(|(top, block)| {
                block
                    .lines
                    .iter()
                    .map(move |(from, to)| (from + f64::from(top), to + f64::from(top)))
            })
            .collect()
    }

    /// The SVG of one part.
    pub fn part_svg(&self, part: &Part, label: &str) -> String {
        let tops = self.tops();
        let mut body = String::new();
        let range = part.blocks.0..part.blocks.1;
        for (top, block) in tops[range.clone()].iter().zip(&self.blocks[range]) {
            let y = top - part.top;
            body.push_str(&format!(
                r#"<g transform="translate(0 {y})">{}</g>"#,
                block.svg
            ));
        }
        svg_document(WIDTH, part.height, label, &body)
    }

    /// A part's `alt`: which part, and what it shows from its first block to its last.
    pub fn part_alt(&self, part: &Part, index: usize, count: usize) -> String {
        let first = &self.blocks[part.blocks.0].label;
        let last = &self.blocks[part.blocks.1 - 1].label;
        let span = if first == last {
            first.clone()
        } else {
            format!("{first}至{last}")
        };
        format!("一图读懂长图第{}部分（共{count}部分）：{span}", index + 1)
    }

    /// The image's full text, in order.
    pub fn full_text(&self) -> Vec<&FullText> {
        self.blocks.iter().flat_map(|block| &block.text).collect()
    }

    /// The full text as plain text: a heading, paragraph or item a line, items marked with `·`.
    pub fn plain_text(&self) -> String {
        let mut text = String::new();
        for piece in self.full_text() {
            match piece {
                FullText::Heading(_, words) | FullText::Para(words) => text.push_str(words),
                FullText::Item(words) => {
                    text.push_str("· ");
                    text.push_str(words);
                }
            }
            text.push('\n');
        }
        text
    }
}
