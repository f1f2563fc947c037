//! A table scraped one cell a paragraph: each cell's lines apart from the next cell's by a blank
//! line, rows not apart at all (`序号`, blank, `工作任务`, blank, …). The header is the cells up to
//! the first that starts a row; a row is then the cells up to the header's width, or fewer where
//! the next cell starts a row of its own (a section's row `—`, `构建…体系`, before `（一）`). The
//! table ends at a cell where a row should start and none does, or at the next 序号.

use super::blocks::{is_number_header, Piece, Table};
use super::numbering::marker;

/// Whether a cell can only start a row: a number alone (1, （一）, 一、…) or a dash alone.
fn starts_row(cell: &str) -> bool {
    marker(cell).is_some() || super::numbering::section_heading(cell).is_some()
}

fn is_dash(cell: &str) -> bool {
    matches!(cell.trim(), "—" | "——" | "-" | "－")
}

/// The cells from `start` (a 序号 line with a blank line after it): each the lines of a group
/// between blank lines, joined without a break (a line wrap inside a cell).
fn cells(lines: &[(usize, &str)], start: usize) -> Vec<(Piece, usize)> {
    let mut cells = Vec::new();
    let mut at = start;
    while at < lines.len() {
        if lines[at].1.trim().is_empty() {
            at += 1;
            continue;
        }
        let end = (at..lines.len())
            .find(|&i| lines[i].1.trim().is_empty())
            .unwrap_or(lines.len());
        let text: String = lines[at..end].iter().map(|(_, l)| l.trim()).collect();
        let mut piece = Piece::new(text, Some(lines[at].0));
        if end - at > 1 {
            piece.note = Some("此格原文分在几行，已连成一段".to_owned());
        }
        cells.push((piece, end));
        at = end;
    }
    cells
}

/// Whether the table at `start` is of this form: 序号 alone, and the next cell alone too.
pub fn is_cell_table(lines: &[(usize, &str)], start: usize) -> bool {
    let blank = |at: usize| lines.get(at).is_some_and(|(_, l)| l.trim().is_empty());
    let next = (start + 1..lines.len()).find(|&at| !blank(at));
    is_number_header(lines[start].1) && blank(start + 1) && next.is_some_and(|at| blank(at + 1))
}

/// The table from its 序号 line, and the index of the line after it.
pub fn cell_table(lines: &[(usize, &str)], start: usize) -> (Table, usize) {
    let cells = cells(lines, start);
    let mut header: Vec<Piece> = Vec::new();
    let mut table: Table = Vec::new();
    let mut row: Vec<Piece> = Vec::new();
    let mut next = start + 1;
    let mut at = 0;
    while let Some((cell, end)) = cells.get(at).cloned() {
        at += 1;
        let text = cell.text.as_str();
        let in_header = table.is_empty() && row.is_empty();
        if in_header && (header.is_empty() || !(starts_row(text) || is_dash(text))) {
            if at > 1 && is_number_header(text) {
                break;
            }
            header.push(cell);
            next = end;
            continue;
        }
        if table.is_empty() {
            table.push(std::mem::take(&mut header));
        }
        let starts = starts_row(text) || (is_dash(text) && row.is_empty());
        if row.is_empty() && !starts {
            match merged_rows(&table, &cells[at - 1..]) {
                Some((merged, count)) => {
                    table.extend(merged);
                    next = cells[at - 2 + count].1;
                    at += count - 1;
                    continue;
                }
                None => break,
            }
        }
        if starts && !row.is_empty() {
            table.push(std::mem::take(&mut row));
        }
        row.push(cell);
        next = end;
        if row.len() == table[0].len() {
            table.push(std::mem::take(&mut row));
        }
    }
    if !row.is_empty() {
        table.push(row);
    }
    if table.is_empty() {
        table.push(header);
    }
    (table, next)
}

/// Rows whose first cells were merged with the row above (one 序号 over several lines of work): the
/// cells up to the next row's number fill their last columns, the row above's their first, noted.
/// Fewer cells than the header's make one such row; more make rows of all but the first two
/// columns (序号 and 任务 merged), where they divide so. `None` unless a full row is above and a
/// row comes next.
fn merged_rows(table: &Table, rest: &[(Piece, usize)]) -> Option<(Vec<Vec<Piece>>, usize)> {
    let width = table.first()?.len();
    let above = table
        .last()
        .filter(|row| table.len() > 1 && row.len() == width)?;
    let count = rest
        .iter()
        .take_while(|(c, _)| !starts_row(&c.text))
        .count();
    let row_follows = rest.get(count).is_some_and(|(c, _)| starts_row(&c.text));
    let tail = match count {
        0 => return None,
        count if count < width => count,
        count if width > 3 && count % (width - 2) == 0 => width - 2,
        _ => return None,
    };
    if !row_follows {
        return None;
    }
    let note = "原表此格与上一行合并，已照抄上一行的内容";
    let head: Vec<Piece> = above[..width - tail]
        .iter()
        .map(|piece| Piece {
            note: Some(note.to_owned()),
            ..piece.clone()
        })
        .collect();
    let rows = rest[..count]
        .chunks(tail)
        .map(|cells| {
            let mut row = head.clone();
            row.extend(cells.iter().map(|(cell, _)| cell.clone()));
            row
        })
        .collect();
    Some((rows, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text's lines, numbered from 1 as a notice's are.
    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    /// The cell table at the start of a text, as the text of each cell, and the line after it.
    fn table_of(text: &str) -> (Vec<Vec<String>>, usize) {
        let (table, next) = cell_table(&numbered(text), 0);
        let rows = table
            .iter()
            .map(|row| row.iter().map(|cell| cell.text.clone()).collect())
            .collect();
        (rows, next)
    }

    #[test]
    fn one_cell_a_paragraph() {
        let text = "序号\n\n工作任务\n\n牵头单位\n\n—\n\n构建体系\n\n（一）\n\n推动减量\n\n区土方工作\n专班\n\n（二）\n\n提升能力\n\n区建设管理委\n\n附件2";
        let lines = numbered(text);
        assert!(is_cell_table(&lines, 0));
        let (rows, next) = table_of(text);
        assert_eq!(
            rows,
            [
                vec!["序号", "工作任务", "牵头单位"],
                vec!["—", "构建体系"],
                vec!["（一）", "推动减量", "区土方工作专班"],
                vec!["（二）", "提升能力", "区建设管理委"],
            ]
        );
        assert_eq!(lines[next].1, "");
    }

    #[test]
    fn a_row_merged_with_the_one_above() {
        let text = "序号\n\n任务\n\n内容\n\n牵头单位\n\n（一）\n\n码头\n\n建设码头\n\n区建管委\n\n备案码头\n\n区绿化市容局\n\n（二）\n\n处理\n\n推动处理\n\n区发改委\n\n附件";
        let (rows, _) = table_of(text);
        assert_eq!(rows[2], ["（一）", "码头", "备案码头", "区绿化市容局"]);
        assert_eq!(rows[3], ["（二）", "处理", "推动处理", "区发改委"]);
        // Four columns, the first two merged over three lines of work.
        let text = "序号\n\n任务\n\n内容\n\n牵头单位\n\n（一）\n\n监管\n\n甲\n\n区建管委\n\n乙\n\n区房管局\n\n丙\n\n区水务局\n\n（二）\n\n处理\n\n丁\n\n区发改委";
        let (rows, _) = table_of(text);
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[3], ["（一）", "监管", "丙", "区水务局"]);
    }
}
