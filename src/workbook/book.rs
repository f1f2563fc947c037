//! A workbook held in memory as its cells: an imported draft that the builder page edits cell by
//! cell. It is read by the workbook file's own reader (`read::read_grids`), so an edit is checked
//! by the same rules as a cell typed in WPS, and written as the same .xlsx, so the file an editor
//! downloads reads back into the very dataset the page previews.

use calamine::{Data, Range};
use rust_xlsxwriter::XlsxError;

use super::grid::{CellFault, Grid, Reader};
use super::items::item_of;
use super::layout::{
    Sheet, DEPARTMENTS, DOCUMENT, DOCUMENT_ITEMS, FIRST_DATA_ROW, HEADER_ROW, INDICATORS, SHEETS,
    TASKS,
};
use super::review::{add_review_sheet, ReviewItem, WHOLE_NOTICE};
use super::table::{rows, Cell};
use super::write::{workbook_of, Facts};
use crate::model::Dataset;
use crate::route::Route;

/// The data rows of every sheet of the layout, in its order.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    sheets: Vec<Vec<Vec<Cell>>>,
}

/// A data cell of a book: its sheet (by position in the layout), data row and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct At {
    sheet: usize,
    row: usize,
    col: usize,
}

impl Book {
    /// The cells a dataset is written as.
    pub fn of(dataset: &Dataset) -> Book {
        Book {
            sheets: SHEETS.iter().map(|sheet| rows(dataset, sheet)).collect(),
        }
    }

    /// The text of a data cell (`重点任务!E5`) as the editor sees it, `""` for an empty one;
    /// `None` for an address that is no single data cell of the book (a range, `全文`).
    pub fn value(&self, address: &str) -> Option<String> {
        let at = self.find(address)?;
        Some(match self.cell(at) {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Number(value) => value.to_string(),
        })
    }

    /// Puts `text` into a data cell, as an editor typing it in WPS would (a number where the
    /// cell held a number and the text is one), and returns the text it held before.
    pub fn set(&mut self, address: &str, text: &str) -> Option<String> {
        let before = self.value(address)?;
        let at = self.find(address)?;
        let text = text.trim();
        let cell = match (self.cell(at), text.parse::<f64>()) {
            _ if text.is_empty() => Cell::Empty,
            (Cell::Number(_), Ok(value)) if value.is_finite() => Cell::Number(value),
            _ => Cell::Text(text.to_owned()),
        };
        self.sheets[at.sheet][at.row][at.col] = cell;
        Some(before)
    }

    /// The dataset these cells hold, or every fault, as the workbook's reader finds them.
    pub fn read(&self) -> Result<Dataset, Vec<CellFault>> {
        let year = self.baseline_year();
        let grids: Vec<Grid> = SHEETS
            .iter()
            .zip(&self.sheets)
            .map(|(sheet, rows)| grid(sheet, rows, year))
            .collect();
        super::read::read_grids(&grids, Reader::default())
    }

    /// The book as an .xlsx file, with its 待核对 sheet listing `review` (what is still open).
    pub fn xlsx(&self, review: &[ReviewItem]) -> Result<Vec<u8>, XlsxError> {
        let facts = Facts {
            title: &self.document_text("plan_title"),
            published: &self.document_text("published"),
            baseline_year: self.baseline_year(),
        };
        let position = |sheet: &Sheet| SHEETS.iter().position(|s| s.name == sheet.name);
        let mut workbook = workbook_of(&facts, |sheet| {
            position(sheet).map_or_else(Vec::new, |index| self.sheets[index].clone())
        })?;
        add_review_sheet(&mut workbook, review)?;
        workbook.save_to_buffer()
    }

    /// What a data cell is, in words: its row's item and its column, such as
    /// `指标 3「托位使用率」· 简称` or `文件信息 · 标题`.
    pub fn field(&self, address: &str) -> Option<String> {
        if address == WHOLE_NOTICE {
            return Some("通知全文".to_owned());
        }
        if let Some((first, last)) = address.split_once(':') {
            let (sheet, _) = first.split_once('!')?;
            let start = self.find(first)?;
            let end = self.find(&format!("{sheet}!{last}"))?;
            let column = SHEETS[start.sheet].header(start.col, self.baseline_year());
            let row = |at: At| at.row as u32 + FIRST_DATA_ROW + 1;
            return Some(format!(
                "{sheet} · {column}（第 {}—{} 行）",
                row(start),
                row(end)
            ));
        }
        let at = self.find(address)?;
        let sheet = SHEETS[at.sheet];
        let year = self.baseline_year();
        let column = sheet.header(at.col, year);
        let grid = grid(sheet, &self.sheets[at.sheet], year);
        let row = at.row as u32 + FIRST_DATA_ROW;
        let item =
            item_of(&grid, row).unwrap_or_else(|| format!("{}第 {} 行", sheet.name, row + 1));
        if sheet.name == DOCUMENT.name {
            return Some(item);
        }
        Some(format!("{item} · {column}"))
    }

    /// The page a data cell shows on: its indicator's, task's or department's, or the overview.
    pub fn view(&self, address: &str) -> Option<Route> {
        let at = self.find(address)?;
        let text = |field: &str| self.text_at(at.sheet, at.row, field);
        let number = |field: &str| text(field).parse::<u32>().ok();
        let name = SHEETS[at.sheet].name;
        Some(match name {
            name if name == DOCUMENT.name => Route::Overview,
            name if name == INDICATORS.name => Route::Indicator { id: number("id")? },
            name if name == TASKS.name => Route::Task {
                id: number("tasks.id")?,
            },
            name if name == DEPARTMENTS.name => Route::Department {
                slug: Some(text("slug")).filter(|slug| !slug.is_empty())?,
            },
            _ => Route::Indicator {
                id: number("指标序号")?,
            },
        })
    }

    fn cell(&self, at: At) -> &Cell {
        &self.sheets[at.sheet][at.row][at.col]
    }

    /// The data cell an address names, if it is one of the book's.
    fn find(&self, address: &str) -> Option<At> {
        let (name, cell) = address.split_once('!')?;
        let sheet = SHEETS.iter().position(|sheet| sheet.name == name)?;
        let letters = cell.trim_end_matches(|c: char| c.is_ascii_digit());
        let number: u32 = cell[letters.len()..].parse().ok()?;
        if letters.is_empty() || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let col = letters
            .bytes()
            .fold(0usize, |col, b| col * 26 + usize::from(b - b'A' + 1))
            - 1;
        let row = usize::try_from(number.checked_sub(FIRST_DATA_ROW + 1)?).ok()?;
        let width = SHEETS[sheet].columns.len();
        let at = At { sheet, row, col };
        (row < self.sheets[sheet].len() && col < width).then_some(at)
    }

    /// The text of a row's cell by its column's field (or, in 文件信息, its header), `""` if none.
    fn text_at(&self, sheet: usize, row: usize, field: &str) -> String {
        let columns = &SHEETS[sheet].columns;
        let Some(col) = columns
            .iter()
            .position(|column| column.field == field || column.header == field)
        else {
            return String::new();
        };
        match &self.sheets[sheet][row][col] {
            Cell::Text(text) => text.clone(),
            Cell::Number(value) => value.to_string(),
            Cell::Empty => String::new(),
        }
    }

    /// The text of a 文件信息 item by its document field.
    fn document_text(&self, field: &str) -> String {
        let sheet = SHEETS.iter().position(|s| s.name == DOCUMENT.name);
        let row = DOCUMENT_ITEMS
            .iter()
            .position(|(_, item, _)| *item == field);
        match (sheet, row) {
            (Some(sheet), Some(row)) if row < self.sheets[sheet].len() => {
                self.text_at(sheet, row, "内容")
            }
            _ => String::new(),
        }
    }

    /// The baseline year as 文件信息 holds it (0 where it is not a year), for the 基数 header.
    fn baseline_year(&self) -> u16 {
        let text = self.document_text("baseline_year");
        text.trim_end_matches('年').trim().parse().unwrap_or(0)
    }
}

/// A sheet's cells as the reader sees a file's: the caption, the headers, then the data rows.
fn grid(sheet: &'static Sheet, rows: &[Vec<Cell>], baseline_year: u16) -> Grid {
    let width = sheet.columns.len() as u32;
    let height = FIRST_DATA_ROW + rows.len() as u32;
    let mut values = Range::new((0, 0), (height - 1, width - 1));
    values.set_value((0, 0), Data::String(sheet.caption.to_owned()));
    for col in 0..sheet.columns.len() {
        let header = sheet.header(col, baseline_year);
        values.set_value((HEADER_ROW, col as u32), Data::String(header));
    }
    for (offset, row) in rows.iter().enumerate() {
        for (col, cell) in row.iter().enumerate() {
            let data = match cell {
                Cell::Empty => continue,
                Cell::Text(text) => Data::String(text.clone()),
                Cell::Number(value) => Data::Float(*value),
            };
            values.set_value((FIRST_DATA_ROW + offset as u32, col as u32), data);
        }
    }
    Grid {
        sheet,
        values,
        formulas: Range::empty(),
        merged: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
