//! The blocks of a notice into a draft: the tables found by their headers, the document's facts
//! from the paragraphs, the departments from the tasks; then every note placed on its cell.

use super::blocks::{Block, Piece, Table};
use super::notes::{resolve, Notes, Place};
use super::source::Source;
use super::{document, goals, indicators, prose, tasks, Draft};
use crate::model::{validate, Dataset, Department, Indicator, Section};
use crate::workbook::fill_missing_slugs;

pub fn draft(source: Source) -> Draft {
    let mut notes = source.notes;
    let mut paragraphs: Vec<Piece> = Vec::new();
    let mut target_tables: Vec<&Table> = Vec::new();
    // The paragraph printed just above the first table of targets: its heading, which names it.
    let mut targets_heading: Option<Piece> = None;
    let mut task_rows: Table = Vec::new();
    for block in &source.blocks {
        match block {
            Block::Paragraph(piece) => paragraphs.push(piece.clone()),
            Block::Table(table) => {
                let header = table.first().map_or(&[][..], Vec::as_slice);
                if indicators::is_target_table(header) {
                    if target_tables.is_empty() {
                        targets_heading = paragraphs.last().cloned();
                    }
                    target_tables.push(table);
                } else if tasks::is_task_table(header) {
                    // A task table broken over pages goes on in the next table.
                    let skip = usize::from(!task_rows.is_empty());
                    task_rows.extend(table.iter().skip(skip).cloned());
                } else {
                    other_table(table, &mut paragraphs, &mut notes);
                }
            }
        }
    }
    let items: Vec<document::Item> = paragraphs.iter().flat_map(document::items).collect();
    let mut indicator_list = Vec::new();
    let mut baseline_year = None;
    for (index, table) in target_tables.iter().enumerate() {
        if index > 0 {
            let text = table.first().map(|row| row_text(row)).unwrap_or_default();
            notes.add_text(Place::Whole, "又一张主要目标表，没有导入", &text, None);
            continue;
        }
        baseline_year = table
            .first()
            .and_then(|header| indicators::years(header))
            .map(|(first, _)| first);
        indicator_list = indicators::indicators(table, &mut notes);
    }
    if target_tables.is_empty() {
        indicator_list = goals::indicators(&paragraphs, &mut notes);
    }
    let facts = document::Facts {
        paragraphs: &paragraphs,
        items: &items,
        baseline_year,
        has_targets_table: !target_tables.is_empty(),
        targets_heading: targets_heading.as_ref(),
    };
    let document = document::document(&facts, &mut notes);
    // Tasks written as paragraphs, then those of the task table (an annex's, say), after them.
    let mut sections = prose::sections(&paragraphs, &mut notes);
    if !task_rows.is_empty() {
        let mut table_notes = Notes::default();
        let table = tasks::sections(&task_rows, &mut table_notes);
        super::order::drop_repeated(&mut sections, &table, &mut notes);
        let before = sections.len();
        let count: usize = sections.iter().map(|s| s.tasks.len()).sum();
        for mut note in table_notes.0 {
            note.place = match note.place {
                Place::Task(s, t, field) => Place::Task(s + before, t, field),
                Place::Section(s) => Place::Section(s + before),
                place => place,
            };
            notes.0.push(note);
        }
        sections.extend(table);
        if count > 0 {
            super::order::renumber_after(&mut sections, before, count as u32, &mut notes);
        }
    }
    if sections.iter().all(|section| section.tasks.is_empty()) {
        notes.add_text(
            Place::Whole,
            "没有找到重点任务（任务表或带分工的编号段落）",
            "",
            None,
        );
    }
    let departments = departments(&sections, &indicator_list, &mut notes);
    let dataset = Dataset {
        document,
        indicators: indicator_list,
        sections,
        departments,
    };
    if let Err(faults) = validate(&dataset) {
        // Tasks without a lead are each noted on their cell already: one row says how many.
        let (leadless, others): (Vec<_>, Vec<_>) = faults
            .into_iter()
            .partition(|fault| fault.to_string().contains("至少有一个牵头单位"));
        if !leadless.is_empty() {
            let reason = format!(
                "草稿尚不完整：{} 项任务原文没有写牵头单位（各行牵头单位格已注明），现行数据要求每项任务至少有一个牵头单位",
                leadless.len()
            );
            notes.add_text(Place::Whole, reason, "", None);
        }
        // Each on the cell it concerns, in the editor's words (never a JSON path).
        for fault in others {
            let reason = match &fault {
                crate::model::DatasetError::Invalid { reason, .. } => reason.clone(),
                other => other.to_string(),
            };
            let place = super::notes::place_of_path(fault.path()).unwrap_or(Place::Whole);
            notes.add_text(
                place,
                format!("草稿尚不完整，发布前须改正：{reason}"),
                "",
                None,
            );
        }
    }
    let review = resolve(&dataset, notes);
    Draft { dataset, review }
}

fn row_text(row: &[Piece]) -> String {
    row.iter()
        .map(|cell| cell.text.trim())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A table that is neither plan table: its rows are read as lines (the publication page's items
/// are often a table), and a row whose cells hold several lines (a page laid out in a table, the
/// notice inside one cell) as each of those lines; one that holds no item is noted as not imported.
fn other_table(table: &Table, paragraphs: &mut Vec<Piece>, notes: &mut Notes) {
    let mut rows: Vec<Piece> = Vec::new();
    for row in table {
        if row.iter().any(|cell| cell.text.contains('\n')) {
            let lines = row.iter().flat_map(|cell| cell.text.lines());
            let lines = lines.map(str::trim).filter(|line| !line.is_empty());
            rows.extend(lines.map(|line| Piece::new(line, row[0].line)));
        } else {
            let line = row.first().and_then(|c| c.line);
            rows.push(Piece::new(format!("{} |", row_text(row)), line));
        }
    }
    if rows.is_empty() {
        return;
    }
    if rows.iter().all(|row| document::items(row).is_empty()) {
        let text = table.first().map(|row| row_text(row)).unwrap_or_default();
        notes.add_text(
            Place::Whole,
            "此表既不是主要目标表也不是任务分工表，没有导入",
            &text,
            rows[0].line,
        );
    }
    paragraphs.extend(rows);
}

/// Every department the tasks name, in the order they first appear; their slugs are drafted.
fn departments(
    sections: &[Section],
    indicators: &[Indicator],
    notes: &mut Notes,
) -> Vec<Department> {
    let mut departments: Vec<Department> = Vec::new();
    let of_indicators = indicators
        .iter()
        .flat_map(|indicator| indicator.lead.iter().chain(&indicator.responsible));
    let names = of_indicators.chain(sections.iter().flat_map(|section| &section.tasks).flat_map(
        |task| {
            task.lead
                .iter()
                .chain(&task.responsible)
                .chain(&task.cooperating)
        },
    ));
    let mut seen = std::collections::HashSet::new();
    for name in names {
        if seen.insert(name) {
            departments.push(Department {
                name: name.clone(),
                slug: String::new(),
            });
        }
    }
    fill_missing_slugs(&mut departments);
    for (index, department) in departments.iter().enumerate() {
        notes.add_text(
            Place::Department(index, "slug"),
            super::notes::SLUG_DRAFTED,
            &department.name,
            None,
        );
    }
    departments
}
