//! The item a data row of a sheet is about, in words, as a fault or a review item names it:
//! `指标 3「托位使用率」`, `任务 5「推进托育机构建设」`, `部门「区教委」`, `文件信息 · 标题`.

use super::cells::text;
use super::grid::Grid;
use super::layout::{Sheet, DEPARTMENTS, DOCUMENT, FIRST_DATA_ROW, INDICATORS, TASKS};

/// The item of a data row (0-based `row`), where the row names one.
pub fn item_of(grid: &Grid, row: u32) -> Option<String> {
    if row < FIRST_DATA_ROW {
        return None;
    }
    let sheet = grid.sheet;
    let value = |field: &str| {
        let col = column(sheet, field)?;
        text(grid.data(row, col)).ok().flatten()
    };
    let name = sheet.name;
    Some(match name {
        name if name == DOCUMENT.name => format!("{name} · {}", value("项目")?),
        name if name == INDICATORS.name => {
            format!(
                "指标 {}「{}」",
                value("id")?,
                value("name").unwrap_or_default()
            )
        }
        name if name == TASKS.name => format!(
            "任务 {}「{}」",
            value("tasks.id")?,
            opening(&value("tasks.text").unwrap_or_default())
        ),
        name if name == DEPARTMENTS.name => format!("部门「{}」", value("name")?),
        _ => format!("指标 {} 的{name}", value("指标序号")?),
    })
}

/// A column by its field, or by its header where it has no field.
fn column(sheet: &Sheet, field: &str) -> Option<u16> {
    let found = sheet
        .columns
        .iter()
        .position(|column| column.field == field || column.header == field)?;
    Some(found as u16)
}

/// The first words of a task's text, for naming it.
fn opening(text: &str) -> String {
    let first = text.split('。').next().unwrap_or(text);
    let mut words: String = first.chars().take(16).collect();
    if first.chars().count() > 16 {
        words.push('…');
    }
    words
}
