//! What every input form is read into: paragraphs and tables of cells, each piece with where it
//! came from, and the notes about the notice as a whole (filler dropped, text cut).

use super::notes::{Notes, Place};

/// A paragraph or a table cell, with its source line and what was done to it on reading.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Piece {
    pub text: String,
    /// The 1-based line of a plain-text notice.
    pub line: Option<usize>,
    /// What reading did to it (such as copying a merged cell's value), for the cell it lands in.
    pub note: Option<String>,
}

impl Piece {
    pub fn new(text: impl Into<String>, line: Option<usize>) -> Piece {
        Piece {
            text: text.into(),
            line,
            note: None,
        }
    }
}

/// A table's rows, each a list of cells; the first row is the header.
pub type Table = Vec<Vec<Piece>>;

/// One part of the notice in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Piece),
    Table(Table),
}

/// A notice read into blocks, and the notes about it as a whole.
#[derive(Default)]
pub struct Source {
    pub blocks: Vec<Block>,
    pub notes: Notes,
}

/// Whether a cell's text is a header's 序号, which starts a table.
pub fn is_number_header(text: &str) -> bool {
    matches!(text.trim(), "序号" | "编号" | "序 号")
}

/// At most `max` bytes of a text, cut at a character boundary.
pub fn capped(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The start of reading a notice's text or page: the text kept (at most `MAX_TEXT_BYTES`), and a
/// source whose first note says what was left out, if anything; `what` names the input (文本, 网页).
pub fn start<'a>(text: &'a str, what: &str) -> (Source, &'a str) {
    let mut source = Source::default();
    let kept = capped(text, super::MAX_TEXT_BYTES);
    if kept.len() < text.len() {
        let reason = format!(
            "{what}过长（{} 字节），只读了前 {} 字节，其后的内容没有导入",
            text.len(),
            kept.len()
        );
        source.notes.add_text(Place::Whole, reason, "", None);
    }
    (source, kept)
}
