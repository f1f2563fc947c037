//! What every input form is read into: paragraphs and tables of cells, each piece with where it
//! came from (`source` adds the notes about the notice as a whole).

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
