//! A notice's scraped text into blocks. Two table forms are read: one cell a line ending in ` |`
//! (the district's pages), and one cell a line without pipes, rows separated by blank lines. A
//! table starts at a header whose first cell is 序号. Lines holding only `?` are page filler.

use super::blocks::{is_number_header, Block, Piece, Table};
use super::notes::Place;
use super::source::{start, Source};

/// The blocks of a notice's text.
pub fn blocks(text: &str) -> Source {
    let (mut source, kept) = start(text, "文本");
    let mut filler = Vec::new();
    let mut lines: Vec<(usize, &str)> = Vec::new();
    for (index, line) in kept.lines().enumerate() {
        let trimmed = line.trim();
        if !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '?' | '？' | ' ')) {
            filler.push(index + 1);
        } else {
            lines.push((index + 1, line));
        }
    }
    if !filler.is_empty() {
        let shown: Vec<String> = filler.iter().take(10).map(usize::to_string).collect();
        let more = if filler.len() > 10 { "…" } else { "" };
        let reason = format!(
            "删去了 {} 行只有“?”的页面填充（第 {}{more} 行），它们不是文件的内容",
            filler.len(),
            shown.join("、")
        );
        source.notes.add_text(Place::Whole, reason, "?", None);
    }
    let mut at = 0;
    while at < lines.len() {
        let (number, line) = lines[at];
        let cell = pipe_cell(line);
        if cell.is_some_and(is_number_header) {
            let (table, next) = pipe_table(&lines, at);
            source.blocks.push(Block::Table(table));
            at = next;
        } else if super::cells::is_cell_table(&lines, at) && blank_before(&lines, at) {
            let (table, next) = super::cells::cell_table(&lines, at);
            source.blocks.push(Block::Table(table));
            at = next;
        } else if is_number_header(line) && blank_before(&lines, at) {
            let (table, next) = plain_table(&lines, at);
            source.blocks.push(Block::Table(table));
            at = next;
        } else {
            if !line.trim().is_empty() {
                source
                    .blocks
                    .push(Block::Paragraph(Piece::new(line.trim(), Some(number))));
            }
            at += 1;
        }
    }
    source
}

/// A text file's bytes as text: UTF-8 as it is (without a BOM), anything else decoded as GB18030,
/// with the note that says so (and how many bytes could not be read).
pub fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Option<String>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.into(), None);
    }
    let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
    let mut reason = "文件不是 UTF-8 文本，已按 GB18030（GBK）解码，请核对文字".to_owned();
    if had_errors {
        let lost = text.chars().filter(|c| *c == '\u{FFFD}').count();
        reason.push_str(&format!("；有 {lost} 处无法解码，显示为“\u{FFFD}”"));
    }
    (text, Some(reason))
}

/// The one cell of a line of the pipe form (`text |`); `None` for a line of another form.
fn pipe_cell(line: &str) -> Option<&str> {
    let body = line.trim_end().strip_suffix('|')?;
    (!body.contains('|')).then(|| body.trim())
}

/// The cells of a line holding a whole row (`一、… | |||`), or `None`.
fn pipe_row(line: &str) -> Option<Vec<&str>> {
    let body = line.trim_end().strip_suffix('|')?;
    body.contains('|')
        .then(|| body.split('|').map(str::trim).collect())
}

/// A table of the pipe form from its 序号 line: the header up to the first number or whole row,
/// then rows of that many cells. It ends at a line of another form, or at the next 序号.
fn pipe_table(lines: &[(usize, &str)], start: usize) -> (Table, usize) {
    let mut at = start;
    let mut header = Vec::new();
    while let Some((number, line)) = lines.get(at) {
        match pipe_cell(line) {
            Some(cell) if header.is_empty() || !starts_row(cell) => {
                header.push(Piece::new(cell, Some(*number)));
                at += 1;
            }
            _ => break,
        }
    }
    let width = header.len();
    let mut table = vec![header];
    let mut row: Vec<Piece> = Vec::new();
    // Text of a cell broken over lines: the lines without a pipe, joined to the cell that ends it.
    let mut broken: Vec<Piece> = Vec::new();
    while let Some((number, line)) = lines.get(at) {
        let line_number = Some(*number);
        if let Some(cell) = pipe_cell(line) {
            if row.is_empty() && is_number_header(cell) {
                break;
            }
            let mut piece = Piece::new(cell, line_number);
            if !broken.is_empty() {
                let mut text: String = broken.iter().map(|p| p.text.trim()).collect();
                text.push_str(cell);
                piece = Piece::new(text, broken[0].line);
                piece.note = Some("此格原文分在几行，已连成一段".to_owned());
                broken.clear();
            }
            row.push(piece);
            if row.len() == width {
                table.push(std::mem::take(&mut row));
            }
        } else if let Some(cells) = pipe_row(line).filter(|_| row.is_empty()) {
            table.push(
                cells
                    .into_iter()
                    .map(|c| Piece::new(c, line_number))
                    .collect(),
            );
        } else if line.trim().is_empty() {
        } else if row.is_empty() {
            break;
        } else {
            broken.push(Piece::new(line.trim(), line_number));
        }
        at += 1;
    }
    if !row.is_empty() {
        table.push(row);
    }
    (table, at)
}

/// Whether a cell can only start a data row: a number (序号) or a section's heading.
fn starts_row(cell: &str) -> bool {
    cell.parse::<u32>().is_ok() || super::numbering::section_heading(cell).is_some()
}

fn blank_before(lines: &[(usize, &str)], at: usize) -> bool {
    at == 0 || lines[at - 1].1.trim().is_empty()
}

/// A table of the plain form from its 序号 line: the header is the lines up to a blank line, each
/// row the lines of one group. It ends at a group that neither starts with a number nor is a
/// section heading alone.
fn plain_table(lines: &[(usize, &str)], start: usize) -> (Table, usize) {
    let mut table = Vec::new();
    let mut at = start;
    loop {
        while lines
            .get(at)
            .is_some_and(|(_, line)| line.trim().is_empty())
        {
            at += 1;
        }
        let end = (at..lines.len())
            .find(|&i| lines[i].1.trim().is_empty())
            .unwrap_or(lines.len());
        if at >= end {
            break;
        }
        let group: Vec<Piece> = lines[at..end]
            .iter()
            .map(|(number, line)| Piece::new(line.trim(), Some(*number)))
            .collect();
        let first = group[0].text.as_str();
        let heading_alone = group.len() == 1 && super::numbering::section_heading(first).is_some();
        if !table.is_empty() && !heading_alone && first.parse::<u32>().is_err() {
            break;
        }
        table.push(group);
        at = end;
    }
    (table, at)
}
