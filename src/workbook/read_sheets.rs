//! Reads each sheet's rows into its part of the dataset, recording faults and where each part
//! came from. A faulty cell leaves a placeholder, so that every other cell is still read.

use calamine::Data;

use super::cells;
use super::grid::{Grid, Reader};
use super::layout::{self, DOCUMENT_ITEMS, FIRST_DATA_ROW};
use super::words::{self, TargetKind};
use crate::model::{
    Department, Document, Indicator, Milestone, PublishedResult, Quote, Section, Target, Task,
};

/// The data rows of a sheet, blank rows skipped.
fn data_rows(grid: &Grid) -> impl Iterator<Item = u32> + '_ {
    let width = grid.sheet.columns.len();
    (FIRST_DATA_ROW..=grid.last_row().unwrap_or(0))
        .filter(move |row| !grid.is_blank_row(*row, width))
}

fn text(data: &Data) -> Result<Option<String>, String> {
    cells::text(data)
}

fn year(data: &Data) -> Result<Option<u16>, String> {
    Ok(cells::whole(data, 9999)?.map(|year| year as u16))
}

fn id(data: &Data) -> Result<Option<u32>, String> {
    cells::whole(data, 1_000_000)
}

/// A cell holding one word of a table.
fn word<T: Copy>(
    table: &'static [(T, &'static str)],
) -> impl Fn(&Data) -> Result<Option<T>, String> {
    move |data| {
        cells::text(data)?
            .map(|text| words::parse(table, &text))
            .transpose()
    }
}

pub fn empty_document() -> Document {
    Document {
        title: String::new(),
        plan_title: String::new(),
        short_title: String::new(),
        number: String::new(),
        issuer: String::new(),
        publisher: String::new(),
        index_number: String::new(),
        written: String::new(),
        published: String::new(),
        period_start: 0,
        period_end: 0,
        baseline_year: 0,
        parent_plan: String::new(),
    }
}

/// 文件信息: one item a row, by its label in column A.
pub fn document(reader: &mut Reader, grid: &Grid) -> Document {
    let mut document = empty_document();
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
    for (label, field, _) in DOCUMENT_ITEMS {
        if !seen.contains(&field) {
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
            reader.place(
                sheet,
                row,
                &format!("$.departments[{index}]"),
                0,
                sheet.fields(""),
            );
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
                reader.place(
                    sheet,
                    row,
                    &format!("$.sections[{index}]"),
                    0,
                    sheet.fields(""),
                );
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
        };
        sections[index].tasks.push(task);
    }
    sections
}

/// 主要目标: an indicator a row; its milestones, quotes and results come from other sheets.
pub fn indicators(reader: &mut Reader, grid: &Grid) -> Vec<Indicator> {
    let sheet = &layout::INDICATORS;
    let col = |field: &str| sheet.column_of(field) as u16;
    data_rows(grid)
        .enumerate()
        .map(|(index, row)| {
            reader.place(
                sheet,
                row,
                &format!("$.indicators[{index}]"),
                0,
                sheet.fields(""),
            );
            let tasks = reader
                .cell(grid, row, col("tasks"), |data| {
                    cells::list(data)?
                        .iter()
                        .map(|item| match id(&Data::String(item.clone())) {
                            Ok(Some(task)) => Ok(task),
                            _ => Err(format!("相关任务应为任务序号，用顿号分隔：“{item}”")),
                        })
                        .collect::<Result<Vec<u32>, String>>()
                        .map(Some)
                })
                .unwrap_or_default();
            Indicator {
                id: reader
                    .required(grid, row, col("id"), id)
                    .unwrap_or_default(),
                category: reader.cell(grid, row, col("category"), text),
                name: reader
                    .required(grid, row, col("name"), text)
                    .unwrap_or_default(),
                short_name: reader
                    .required(grid, row, col("short_name"), text)
                    .unwrap_or_default(),
                unit: reader
                    .required(grid, row, col("unit"), text)
                    .unwrap_or_default(),
                measure: reader
                    .required(grid, row, col("measure"), word(&words::MEASURES))
                    .unwrap_or_default(),
                baseline: reader.cell(grid, row, col("baseline"), cells::baseline),
                target: target(reader, grid, row),
                attribute: reader.cell(grid, row, col("attribute"), word(&words::ATTRIBUTES)),
                tasks,
                milestones: Vec::new(),
                quotes: Vec::new(),
                results: Vec::new(),
            }
        })
        .collect()
}

/// The target of an indicator's row: its kind's cells filled, the other target cells empty.
fn target(reader: &mut Reader, grid: &Grid, row: u32) -> Target {
    let sheet = &layout::INDICATORS;
    let col = |field: &str| sheet.column_of(&format!("target.{field}")) as u16;
    let placeholder = Target::Text {
        text: "?".to_owned(),
    };
    let kind_col = sheet.column_of("target") as u16;
    let Some(kind) = reader.required(grid, row, kind_col, word(&words::TARGET_KINDS)) else {
        return placeholder;
    };
    let kind_word = words::word(&words::TARGET_KINDS, kind);
    for (column, field) in sheet.fields("target.") {
        if !kind.fields().contains(&field) && grid.data(row, column) != &Data::Empty {
            reader.fault(
                grid.sheet,
                row,
                column,
                format!("目标类型为“{kind_word}”时此格应留空"),
            );
        }
    }
    let number = |reader: &mut Reader, field| reader.required(grid, row, col(field), cells::number);
    let words_in = |reader: &mut Reader, field| reader.required(grid, row, col(field), text);
    let comparator = |reader: &mut Reader| {
        reader.required(grid, row, col("comparator"), |data| {
            text(data)?.map(|t| words::parse_comparator(&t)).transpose()
        })
    };
    let target = match kind {
        TargetKind::Value => {
            let comparator = comparator(reader);
            let value = number(reader, "value");
            comparator
                .zip(value)
                .map(|(comparator, value)| Target::Value { comparator, value })
        }
        TargetKind::Range => {
            let min = number(reader, "min");
            let max = number(reader, "max");
            min.zip(max).map(|(min, max)| Target::Range { min, max })
        }
        TargetKind::Change => {
            let direction = reader.required(grid, row, col("direction"), word(&words::DIRECTIONS));
            let amount = number(reader, "amount");
            let amount_unit =
                reader.required(grid, row, col("amount_unit"), word(&words::CHANGE_UNITS));
            match (direction, amount, amount_unit) {
                (Some(direction), Some(amount), Some(amount_unit)) => Some(Target::Change {
                    direction,
                    amount,
                    amount_unit,
                }),
                _ => None,
            }
        }
        TargetKind::Reference => {
            let comparator = comparator(reader);
            let reference = words_in(reader, "reference");
            comparator
                .zip(reference)
                .map(|(comparator, reference)| Target::Reference {
                    comparator,
                    reference,
                })
        }
        TargetKind::Assigned => words_in(reader, "by").map(|by| Target::Assigned { by }),
        TargetKind::Text => words_in(reader, "text").map(|text| Target::Text { text }),
    };
    target.unwrap_or(placeholder)
}

/// 阶段目标, 引文 and 公开结果: rows that belong to an indicator, by its 序号 in column A.
pub fn indicator_rows(reader: &mut Reader, grid: &Grid, indicators: &mut [Indicator]) {
    let sheet = grid.sheet;
    for row in data_rows(grid) {
        let Some(indicator_id) = reader.required(grid, row, 0, id) else {
            continue;
        };
        let Some(index) = indicators.iter().position(|i| i.id == indicator_id) else {
            reader.fault(
                sheet,
                row,
                0,
                format!("未知指标序号：{indicator_id}（主要目标表中没有）"),
            );
            continue;
        };
        let indicator = &mut indicators[index];
        let (list, count) = match sheet.name {
            name if name == layout::MILESTONES.name => ("milestones", indicator.milestones.len()),
            name if name == layout::QUOTES.name => ("quotes", indicator.quotes.len()),
            _ => ("results", indicator.results.len()),
        };
        reader.place(
            sheet,
            row,
            &format!("$.indicators[{index}].{list}[{count}]"),
            0,
            sheet.fields(""),
        );
        match list {
            "milestones" => indicator.milestones.push(Milestone {
                year: reader.required(grid, row, 1, year).unwrap_or_default(),
                value: reader
                    .required(grid, row, 2, cells::number)
                    .unwrap_or_default(),
                task: reader.required(grid, row, 3, id).unwrap_or_default(),
            }),
            "quotes" => indicator.quotes.push(Quote {
                task: reader.required(grid, row, 1, id).unwrap_or_default(),
                text: reader.required(grid, row, 2, text).unwrap_or_default(),
            }),
            _ => indicator.results.push(PublishedResult {
                year: reader.required(grid, row, 1, year).unwrap_or_default(),
                value: reader
                    .required(grid, row, 2, cells::number)
                    .unwrap_or_default(),
                date: reader
                    .required(grid, row, 3, cells::date)
                    .unwrap_or_default(),
                source: reader.required(grid, row, 4, text).unwrap_or_default(),
                url: reader.cell(grid, row, 5, text),
            }),
        }
    }
}
