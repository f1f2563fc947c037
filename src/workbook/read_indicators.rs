//! Reads 主要目标 and the sheets whose rows belong to an indicator (阶段目标, 引文, 公开结果).

use calamine::Data;

use super::cells;
use super::grid::{Grid, Reader};
use super::layout;
use super::owners;
use super::read_sheets::{data_rows, id, text, word, year};
use super::words::{self, TargetKind};
use crate::model::{Indicator, Milestone, PublishedResult, Quote, Target};

/// 主要目标: an indicator a row; its milestones, quotes and results come from other sheets.
pub fn indicators(reader: &mut Reader, grid: &Grid) -> Vec<Indicator> {
    let sheet = &layout::INDICATORS;
    let col = |field: &str| sheet.column_of(field) as u16;
    data_rows(grid)
        .enumerate()
        .map(|(index, row)| {
            reader.place_row(sheet, row, &format!("$.indicators[{index}]"));
            let list = |reader: &mut Reader, col| {
                reader
                    .cell(grid, row, col, |d| cells::list(d).map(Some))
                    .unwrap_or_default()
            };
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
                lead: list(reader, col("lead")),
                responsible: list(reader, col("responsible")),
                officials: reader
                    .cell(grid, row, col("officials"), owners::officials)
                    .unwrap_or_default(),
                notes: reader
                    .cell(grid, row, col("notes"), owners::notes)
                    .unwrap_or_default(),
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
            let wording = reader
                .cell(grid, row, col("wording"), word(&words::WORDINGS))
                .unwrap_or_default();
            comparator
                .zip(value)
                .map(|(comparator, value)| Target::Value {
                    comparator,
                    value,
                    wording,
                })
        }
        TargetKind::Range => {
            let min = number(reader, "min");
            let max = number(reader, "max");
            let separator = reader
                .cell(grid, row, col("separator"), word(&words::RANGE_MARKS))
                .unwrap_or_default();
            min.zip(max).map(|(min, max)| Target::Range {
                min,
                max,
                separator,
            })
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
        TargetKind::NotApplicable => Some(Target::NotApplicable),
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
        reader.place_row(
            sheet,
            row,
            &format!("$.indicators[{index}].{list}[{count}]"),
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
