//! The 重点任务分工 table into sections and tasks: its columns found by their headers, a row with
//! only a heading (一、…) starting a section, every other row a task.

use super::blocks::{Piece, Table};
pub use super::columns::is_task_table;
use super::columns::{column, Column};
use super::notes::{Notes, Place};
use super::numbering::section_heading;
use super::units::{add_unique, is_none, marked_leads, units};
use crate::model::{Official, Section, Task};

/// A task's text with the spaces a line wrap left between Chinese characters taken out, and
/// whether there were any.
pub fn mend_text(text: &str) -> (String, bool) {
    let chars: Vec<char> = text.trim().chars().collect();
    let wide = |c: Option<&char>| c.is_some_and(|c| !c.is_ascii());
    let mut out = String::new();
    let mut mended = false;
    for (index, c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = out.chars().last();
            let after = chars[index + 1..].iter().find(|c| !c.is_whitespace());
            if wide(before.as_ref()) || wide(after) {
                mended = true;
                continue;
            }
            if before.is_some_and(|b| !b.is_whitespace()) {
                out.push(' ');
            }
            continue;
        }
        out.push(*c);
    }
    (out, mended)
}

/// Reads a task table into sections, adding each note to `notes`.
pub fn sections(table: &Table, notes: &mut Notes) -> Vec<Section> {
    let Some((header, rows)) = table.split_first() else {
        return Vec::new();
    };
    let kinds: Vec<Column> = header.iter().map(|cell| column(&cell.text)).collect();
    let mut sections: Vec<Section> = Vec::new();
    for row in rows {
        let filled: Vec<&Piece> = row
            .iter()
            .filter(|cell| !cell.text.trim().is_empty())
            .collect();
        if let [only] = filled.as_slice() {
            if let Some(id) = section_heading(&only.text) {
                let title: String = only.text.split_whitespace().collect();
                sections.push(Section {
                    id,
                    title,
                    tasks: Vec::new(),
                });
                continue;
            }
        }
        if filled.is_empty() {
            continue;
        }
        // A section's row of a table read one cell a paragraph: a dash or a number, and its title.
        if let [first, title] = filled.as_slice() {
            let marks = matches!(first.text.trim(), "—" | "——" | "-" | "－");
            if row.len() == 2 && header.len() > 2 && marks {
                sections.push(Section {
                    id: sections.len() as u32 + 1,
                    title: title.text.split_whitespace().collect(),
                    tasks: Vec::new(),
                });
                continue;
            }
        }
        if sections.is_empty() {
            sections.push(Section {
                id: 1,
                title: "一、重点任务".to_owned(),
                tasks: Vec::new(),
            });
            let reason = "原文的任务表没有分板块：已拟一个板块“一、重点任务”，请改成合适的标题";
            notes.add_text(Place::Section(0), reason, "", None);
        }
        let section = sections.len() - 1;
        let position = sections[section].tasks.len();
        if let Some(task) = task(header, &kinds, row, (section, position), notes) {
            sections[section].tasks.push(task);
        }
    }
    super::order::renumber(&mut sections, notes);
    sections
}

/// One task from its row; `None` (and a note with the row's text) for a row that is not one.
fn task(
    header: &[Piece],
    kinds: &[Column],
    row: &[Piece],
    (section, position): (usize, usize),
    notes: &mut Notes,
) -> Option<Task> {
    let at = |field| Place::Task(section, position, field);
    let cell = |kind: Column| {
        kinds
            .iter()
            .position(|k| *k == kind)
            .and_then(|i| row.get(i))
    };
    let row_text = || {
        row.iter()
            .map(|cell| cell.text.trim())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let line = row.iter().find_map(|cell| cell.line);
    let id = cell(Column::Id).and_then(|cell| super::numbering::marker(&cell.text));
    let Some(id) = id else {
        notes.add_text(
            Place::Whole,
            "此行没有任务序号，没有导入",
            &row_text(),
            line,
        );
        return None;
    };
    if row.len() < header.len() {
        let reason = format!(
            "此行只有 {} 格（表头有 {} 格），缺的格按空白导入",
            row.len(),
            header.len()
        );
        notes.add_text(at("tasks.id"), reason, &row_text(), line);
    }
    let empty = Piece::default();
    let mut task = Task::new(id, String::new());
    for (index, kind) in kinds.iter().enumerate() {
        let piece = row.get(index).unwrap_or(&empty);
        let field = match kind {
            Column::Id => "tasks.id",
            Column::Text => "tasks.text",
            Column::Lead => "tasks.lead",
            Column::Responsible => "tasks.responsible",
            Column::Cooperating => "tasks.cooperating",
            Column::Deadline => "tasks.deadline",
            Column::Post(_) => "tasks.officials",
            Column::Other => "tasks.notes",
        };
        notes.add_reading_note(at(field), piece);
        let mut names = || {
            let read = units(&piece.text);
            for note in &read.notes {
                notes.add(at(field), note.clone(), piece);
            }
            read.names
        };
        match kind {
            Column::Id => {}
            Column::Text => {
                let (text, mended) = mend_text(&piece.text);
                if mended {
                    notes.add(at(field), "任务原文中的空格（折行所致）已删去", piece);
                }
                // A second text column (a task's title, then its content) goes on after the first.
                if !task.text.is_empty() && !task.text.ends_with(['。', '：', ':']) {
                    task.text.push('：');
                }
                task.text.push_str(&text);
            }
            Column::Lead => task.lead = names(),
            Column::Responsible => task.responsible = names(),
            Column::Cooperating => task.cooperating = names(),
            Column::Deadline if !is_none(&piece.text) => {
                task.deadline = Some(piece.text.split_whitespace().collect());
            }
            Column::Deadline => {}
            Column::Post(_) | Column::Other if is_none(&piece.text) => {}
            Column::Post(role) => {
                let post: String = piece.text.split_whitespace().collect();
                let reason = format!("“{role}”一栏按领导职务导入（不是部门），请核对");
                notes.add(at(field), reason, piece);
                task.officials.push(Official {
                    role: (*role).to_owned(),
                    post,
                });
            }
            Column::Other => {
                let heading: String = header[index].text.split_whitespace().collect();
                let text: String = piece.text.split_whitespace().collect();
                let reason = format!("原文“{heading}”一栏现有数据结构无法表示，照录为备注");
                notes.add(at(field), reason, piece);
                task.notes.push(format!("{heading}：{text}"));
            }
        }
    }
    let mut marked = marked_leads(&mut task.responsible);
    marked.extend(marked_leads(&mut task.cooperating));
    if !marked.is_empty() {
        let reason = "原文在单位后注明“（牵头）”，按牵头单位导入，请核对";
        notes.add_text(at("tasks.lead"), reason, &marked.join("、"), line);
        add_unique(&mut task.lead, marked);
    }
    if task.lead.is_empty() {
        notes.add(
            at("tasks.lead"),
            "原文没有写牵头单位，已留空（不推测）：请按原文核对",
            cell(Column::Lead).unwrap_or(&empty),
        );
    }
    for extra in row
        .iter()
        .skip(header.len())
        .filter(|cell| !cell.text.trim().is_empty())
    {
        notes.add(Place::Whole, "此格在表头的列之外，没有导入", extra);
    }
    Some(task)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_texts() {
        assert_eq!(
            mend_text("加强 家庭照护"),
            ("加强家庭照护".to_owned(), true)
        );
        assert_eq!(
            mend_text("to  ASCII words"),
            ("to ASCII words".to_owned(), false)
        );
    }
}
