//! Reads each sheet's rows into its part of the dataset, recording faults and where each part
//! came from. A faulty cell leaves a placeholder, so that every other cell is still read.

use calamine::Data;

use super::cells;
use super::grid::{Grid, Reader};
use super::layout::{self, DOCUMENT_ITEMS, FIRST_DATA_ROW};
use super::words;
use crate::model::{Department, Document, Section, Task};

/// The data rows of a sheet, blank rows skipped.
pub(super) fn data_rows(grid: &Grid) -> impl Iterator<Item = u32> + '_ {
    let width = grid.sheet.columns.len();
    (FIRST_DATA_ROW..=grid.last_row().unwrap_or(0))
        .filter(move |row| !grid.is_blank_row(*row, width))
}

/// A text cell.
pub(super) fn text(data: &Data) -> Result<Option<String>, String> {
    cells::text(data)
}

/// A year, up to 9999.
pub(super) fn year(data: &Data) -> Result<Option<u16>, String> {
    Ok(cells::whole(data, 9999)?.map(|year| year as u16))
}

/// A 序号: a whole number.
pub(super) fn id(data: &Data) -> Result<Option<u32>, String> {
    cells::whole(data, 1_000_000)
}

/// A cell holding one word of a table.
pub(super) fn word<T: Copy>(
    table: &'static [(T, &'static str)],
) -> impl Fn(&Data) -> Result<Option<T>, String> {
    move |data| {
        cells::text(data)?
            .map(|text| words::parse(table, &text))
            .transpose()
    }
}

/// Items added to 文件信息 after workbooks were in use: a workbook without their rows is read as
/// before, the item left empty.
const LATER_ITEMS: [&str; 1] = ["targets_table"];

/// 文件信息: one item a row, by its label in column A.
pub fn document(reader: &mut Reader, grid: &Grid) -> Document {
    let mut document = Document::default();
    let mut seen = Vec::new();
    let mut next_row = FIRST_DATA_ROW;
    for row in data_rows(grid) {
        next_row = row + 1;
        let Some(label) = reader.required(grid, row, 0, text) else {
            continue;
        };
        let Some((_, field, _)) = DOCUMENT_ITEMS.iter().find(|(name, ..)| *name == label) else {
            let labels: Vec<&str> = DOCUMENT_ITEMS.iter().map(|(name, ..)| *name).collect();
            reader.fault(
                grid.sheet,
                row,
                0,
                format!("未知项目“{label}”，应为 {}", labels.join("、")),
            );
            continue;
        };
        if seen.contains(field) {
            reader.fault(grid.sheet, row, 0, format!("项目“{label}”出现两次"));
            continue;
        }
        seen.push(*field);
        reader.place(
            &layout::DOCUMENT,
            row,
            &format!("$.document.{field}"),
            1,
            [],
        );
        let text_into = |reader: &mut Reader, target: &mut String| {
            *target = reader.required(grid, row, 1, text).unwrap_or_default();
        };
        match *field {
            "title" => text_into(reader, &mut document.title),
            "plan_title" => text_into(reader, &mut document.plan_title),
            "short_title" => text_into(reader, &mut document.short_title),
            "number" => text_into(reader, &mut document.number),
            "issuer" => text_into(reader, &mut document.issuer),
            "publisher" => text_into(reader, &mut document.publisher),
            "index_number" => text_into(reader, &mut document.index_number),
            "parent_plan" => text_into(reader, &mut document.parent_plan),
            "targets_table" => {
                document.targets_table = reader.cell(grid, row, 1, text).unwrap_or_default()
            }
            "written" => {
                document.written = reader
                    .required(grid, row, 1, cells::date)
                    .unwrap_or_default()
            }
            "published" => {
                document.published = reader
                    .required(grid, row, 1, cells::date)
                    .unwrap_or_default()
            }
            "period_start" => {
                document.period_start = reader.required(grid, row, 1, year).unwrap_or_default()
            }
            "period_end" => {
                document.period_end = reader.required(grid, row, 1, year).unwrap_or_default()
            }
            _ => document.baseline_year = reader.required(grid, row, 1, year).unwrap_or_default(),
        }
    }
    for &(label, field, _) in DOCUMENT_ITEMS.iter() {
        if !seen.contains(&field) && !LATER_ITEMS.contains(&field) {
            reader.fault(grid.sheet, next_row, 0, format!("缺少项目“{label}”"));
        }
    }
    document
}

/// 部门: a name and a slug a row; an empty slug is made later from the name.
pub fn departments(reader: &mut Reader, grid: &Grid) -> Vec<Department> {
    let sheet = &layout::DEPARTMENTS;
    data_rows(grid)
        .enumerate()
        .map(|(index, row)| {
            reader.place_row(sheet, row, &format!("$.departments[{index}]"));
            Department {
                name: reader.required(grid, row, 0, text).unwrap_or_default(),
                slug: reader.cell(grid, row, 1, text).unwrap_or_default(),
            }
        })
        .collect()
}

/// 重点任务: a task a row, grouped into sections by 板块序号 in the order they first appear.
pub fn sections(reader: &mut Reader, grid: &Grid) -> Vec<Section> {
    let sheet = &layout::TASKS;
    let mut sections: Vec<Section> = Vec::new();
    for row in data_rows(grid) {
        let section_id = reader.required(grid, row, 0, id);
        let title = reader.required(grid, row, 1, text).unwrap_or_default();
        let index = match sections.iter().position(|s| Some(s.id) == section_id) {
            Some(index) => {
                if sections[index].title != title && !title.is_empty() {
                    let message =
                        format!("同一板块的标题应一致：上文为“{}”", sections[index].title);
                    reader.fault(grid.sheet, row, 1, message);
                }
                index
            }
            None if section_id.is_none() && !sections.is_empty() => sections.len() - 1,
            None => {
                let index = sections.len();
                reader.place_row(sheet, row, &format!("$.sections[{index}]"));
                sections.push(Section {
                    id: section_id.unwrap_or_default(),
                    title,
                    tasks: Vec::new(),
                });
                index
            }
        };
        // A row with the section's cells alone is a section without tasks.
        if (2..sheet.columns.len() as u16).all(|col| grid.data(row, col) == &Data::Empty) {
            continue;
        }
        let path = format!("$.sections[{index}].tasks[{}]", sections[index].tasks.len());
        reader.place(sheet, row, &path, 2, sheet.fields("tasks."));
        let list = |reader: &mut Reader, col| {
            reader
                .cell(grid, row, col, |d| cells::list(d).map(Some))
                .unwrap_or_default()
        };
        let task = Task {
            id: reader.required(grid, row, 2, id).unwrap_or_default(),
            text: reader.required(grid, row, 3, text).unwrap_or_default(),
            lead: list(reader, 4),
            responsible: list(reader, 5),
            cooperating: list(reader, 6),
            deadline: reader.cell(grid, row, 7, text),
            officials: reader
                .cell(grid, row, 8, super::owners::officials)
                .unwrap_or_default(),
            notes: reader
                .cell(grid, row, 9, super::owners::notes)
                .unwrap_or_default(),
        };
        sections[index].tasks.push(task);
    }
    sections
}
