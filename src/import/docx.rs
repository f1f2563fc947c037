//! A .docx into blocks: the zip's `word/document.xml`, its paragraphs (`w:p`) and tables
//! (`w:tbl/w:tr/w:tc`, with `w:gridSpan` and `w:vMerge`). A zip bomb is stopped by
//! `crate::bounded_zip`: few entries, and at most `LIMITS.unpacked_bytes` unpacked, whatever the
//! zip claims. The XML's DTDs are refused (roxmltree's default), so entities cannot blow it up
//! either.

use roxmltree::{Document, Node, ParsingOptions};

use super::blocks::{Block, Piece, Table};
use super::source::Source;
use super::ImportError;
use crate::bounded_zip::{BoundedZip, Limits, Refusal, MB};

/// The most entries a .docx may have (Word writes about a dozen), and the most bytes of
/// `word/document.xml` read once unpacked.
pub const LIMITS: Limits = Limits {
    entries: 1000,
    unpacked_bytes: 20 * MB,
};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The blocks of a .docx file's body.
pub fn blocks(bytes: &[u8]) -> Result<Source, ImportError> {
    let xml = document_xml(bytes)?;
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: 4_000_000,
    };
    let document = Document::parse_with_options(&xml, options)
        .map_err(|error| ImportError::Unreadable(error.to_string()))?;
    let body = document
        .root_element()
        .children()
        .find(|node| node.has_tag_name((W, "body")))
        .ok_or(ImportError::NoDocument)?;
    let mut source = Source::default();
    // Content controls (w:sdt) wrap paragraphs and tables: their content is read in place.
    let mut pending: Vec<Node> = body.children().filter(Node::is_element).collect();
    pending.reverse();
    while let Some(node) = pending.pop() {
        if node.has_tag_name((W, "p")) {
            let text = paragraph_text(node);
            if !text.trim().is_empty() {
                let piece = Piece::new(text.trim(), None);
                source.blocks.push(Block::Paragraph(piece));
            }
        } else if node.has_tag_name((W, "tbl")) {
            source.blocks.push(Block::Table(table(node)));
        } else if node.has_tag_name((W, "sdt")) {
            let content = node.children().find(|n| n.has_tag_name((W, "sdtContent")));
            let mut inner: Vec<Node> = content
                .into_iter()
                .flat_map(|content| content.children().filter(Node::is_element))
                .collect();
            inner.reverse();
            pending.extend(inner);
        }
    }
    Ok(source)
}

/// `word/document.xml` as text, read within the limits.
fn document_xml(bytes: &[u8]) -> Result<String, ImportError> {
    let xml = BoundedZip::open(bytes, LIMITS)
        .and_then(|mut zip| zip.read_named("word/document.xml"))
        .map_err(|refusal| match refusal {
            Refusal::NotZip(reason) => ImportError::NotZip(reason),
            Refusal::TooManyEntries(count) => ImportError::TooManyEntries(count),
            Refusal::TooLarge => ImportError::TooLarge,
            Refusal::Missing => ImportError::NoDocument,
            Refusal::Unreadable(reason) => ImportError::Unreadable(reason),
        })?;
    String::from_utf8(xml).map_err(|error| ImportError::Unreadable(error.to_string()))
}

/// A paragraph's text: its runs' `w:t`, tabs as spaces, breaks as new lines.
fn paragraph_text(paragraph: Node) -> String {
    let mut text = String::new();
    for node in paragraph.descendants() {
        if node.has_tag_name((W, "t")) {
            text.push_str(node.text().unwrap_or(""));
        } else if node.has_tag_name((W, "tab")) {
            text.push(' ');
        } else if node.has_tag_name((W, "br")) || node.has_tag_name((W, "cr")) {
            text.push('\n');
        }
    }
    text
}

/// A table's rows: a cell spanning columns (`w:gridSpan`) is followed by empty cells, a cell
/// continuing a vertical merge (`w:vMerge` without `restart`) takes the text of the cell above.
fn table(table: Node) -> Table {
    let mut rows: Table = Vec::new();
    for row in table.children().filter(|n| n.has_tag_name((W, "tr"))) {
        let mut cells = Vec::new();
        for cell in row.children().filter(|n| n.has_tag_name((W, "tc"))) {
            let properties = cell.children().find(|n| n.has_tag_name((W, "tcPr")));
            let property =
                |name| properties.and_then(|p| p.children().find(|n| n.has_tag_name((W, name))));
            let span = property("gridSpan")
                .and_then(|n| n.attribute((W, "val")))
                .and_then(|v| v.parse::<usize>().ok())
                .map_or(1, |span| span.clamp(1, 50));
            let continues =
                property("vMerge").is_some_and(|n| n.attribute((W, "val")) != Some("restart"));
            let column = cells.len();
            let piece = if continues {
                let above = rows.last().and_then(|row: &Vec<Piece>| row.get(column));
                let mut piece = above.cloned().unwrap_or_default();
                piece.note = Some("原表此格与上一行合并，已照抄上一行的内容".to_owned());
                piece
            } else {
                let paragraphs: Vec<String> = cell
                    .descendants()
                    .filter(|n| n.has_tag_name((W, "p")))
                    .map(paragraph_text)
                    .filter(|text| !text.trim().is_empty())
                    .collect();
                Piece::new(paragraphs.join("\n").trim(), None)
            };
            cells.push(piece);
            cells.extend((1..span).map(|_| Piece::default()));
        }
        rows.push(cells);
    }
    rows
}
