//! One sheet as read by calamine, and the reader's record of faults and of where each part of
//! the dataset came from.

use std::collections::HashMap;

use calamine::{Data, Dimensions, Range};
use rust_xlsxwriter::utility::row_col_to_cell;

use super::layout::{Sheet, HEADER_ROW, SHEETS};

/// A fault found in a workbook, named by sheet, column letter and row as WPS and Excel show them:
/// `重点任务!E7: 未知部门："区外交部"`. A fault of the file as a whole has no sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellFault {
    pub sheet: String,
    /// 0-based row and column.
    pub row: u32,
    pub col: u16,
    pub message: String,
    /// The item its row is about, in words (`指标 3「托位使用率」`), where the row names one.
    pub item: Option<String>,
}

impl std::fmt::Display for CellFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.sheet.is_empty() {
            write!(f, "{}", self.message)
        } else {
            let cell = row_col_to_cell(self.row, self.col);
            write!(f, "{}!{cell}: {}", self.sheet, self.message)
        }
    }
}

/// One sheet's cells, the formulas behind them and its merged regions.
pub struct Grid {
    pub sheet: &'static Sheet,
    pub values: Range<Data>,
    pub formulas: Range<String>,
    pub merged: Vec<Dimensions>,
}

const EMPTY: Data = Data::Empty;

impl Grid {
    pub fn data(&self, row: u32, col: u16) -> &Data {
        self.values
            .get_value((row, u32::from(col)))
            .unwrap_or(&EMPTY)
    }

    pub fn formula(&self, row: u32, col: u16) -> Option<&str> {
        self.formulas
            .get_value((row, u32::from(col)))
            .map(String::as_str)
            .filter(|formula| !formula.is_empty())
    }

    /// The last row (0-based) that holds a value or a formula.
    pub fn last_row(&self) -> Option<u32> {
        let value_end = self.values.end().map(|(row, _)| row);
        let formula_end = self.formulas.end().map(|(row, _)| row);
        value_end.max(formula_end)
    }

    /// Whether a row is empty across every column, formulas included.
    pub fn is_blank_row(&self, row: u32, width: usize) -> bool {
        (0..width as u16).all(|col| {
            self.formula(row, col).is_none()
                && super::cells::text(self.data(row, col)).is_ok_and(|text| text.is_none())
        })
    }
}

/// A cell's parser: the cell's value, `None` for an empty cell, or the fault's message.
pub trait Parse<T>: Fn(&Data) -> Result<Option<T>, String> {}

impl<T, F: Fn(&Data) -> Result<Option<T>, String>> Parse<T> for F {}

/// Where each part of the dataset came from, by JSON path, and the faults found so far.
#[derive(Default)]
pub struct Reader {
    pub faults: Vec<CellFault>,
    /// Rows whose cells follow from a fault elsewhere (below the first row of a merged region).
    pub covered_rows: Vec<(String, u32)>,
    places: HashMap<String, (&'static str, u32, u16)>,
}

impl Reader {
    pub fn fault(&mut self, sheet: &Sheet, row: u32, col: u16, message: impl Into<String>) {
        self.faults.push(CellFault {
            sheet: sheet.name.to_owned(),
            row,
            col,
            message: message.into(),
            item: None,
        });
    }

    /// Reads one cell with a parser; a fault (recorded) gives `None`, as does an empty cell.
    /// A formula whose result was never computed is a fault: its cell reads empty.
    pub fn cell<T>(&mut self, grid: &Grid, row: u32, col: u16, parse: impl Parse<T>) -> Option<T> {
        let data = grid.data(row, col);
        if let Some(formula) = grid.formula(row, col) {
            if super::cells::text(data).is_ok_and(|text| text.is_none()) {
                let message = format!(
                    "公式 ={formula} 没有计算结果：请在 WPS 或 Excel 中重新计算并保存，或直接填写数值"
                );
                self.fault(grid.sheet, row, col, message);
                return None;
            }
        }
        parse(data).unwrap_or_else(|message| {
            self.fault(grid.sheet, row, col, message);
            None
        })
    }

    /// Like `cell`, for a cell that must not be empty.
    pub fn required<T>(
        &mut self,
        grid: &Grid,
        row: u32,
        col: u16,
        parse: impl Parse<T>,
    ) -> Option<T> {
        let faults = self.faults.len();
        let value = self.cell(grid, row, col, parse);
        if value.is_none() && self.faults.len() == faults {
            self.fault(grid.sheet, row, col, "此格不能为空");
        }
        value
    }

    /// Records that the part at `path` came from cell (`row`, `col`), and each `path.field` from
    /// the column given for it.
    pub fn place<'a>(
        &mut self,
        sheet: &'static Sheet,
        row: u32,
        path: &str,
        col: u16,
        fields: impl IntoIterator<Item = (u16, &'a str)>,
    ) {
        self.places.insert(path.to_owned(), (sheet.name, row, col));
        for (col, field) in fields {
            self.places
                .insert(format!("{path}.{field}"), (sheet.name, row, col));
        }
    }

    /// Records that the part at `path` came from `row` of `sheet`, each of its fields from its column.
    pub fn place_row(&mut self, sheet: &'static Sheet, row: u32, path: &str) {
        self.place(sheet, row, path, 0, sheet.fields(""));
    }

    /// The cell a JSON path came from: the path's own, or that of the nearest part above it.
    pub fn locate(&self, path: &str) -> Option<(&'static str, u32, u16)> {
        let mut path = path;
        loop {
            if let Some(place) = self.places.get(path) {
                return Some(*place);
            }
            path = &path[..path.rfind(['.', '['])?];
        }
    }

    /// The faults in the order an editor reads them: by sheet, then row, then column.
    pub fn sorted_faults(mut self) -> Vec<CellFault> {
        let order = |sheet: &str| {
            SHEETS
                .iter()
                .position(|candidate| candidate.name == sheet)
                .unwrap_or(SHEETS.len())
        };
        self.faults
            .sort_by_key(|fault| (order(&fault.sheet), fault.row, fault.col));
        self.faults.dedup();
        self.faults
    }
}

/// Faults of a sheet's shape: headers that are not the layout's, merged regions where values
/// belong, and values right of the last column.
pub fn check_shape(reader: &mut Reader, grid: &Grid, baseline_year: u16) {
    let sheet = grid.sheet;
    for (index, _) in sheet.columns.iter().enumerate() {
        let expected = sheet.header(index, baseline_year);
        let found = super::cells::text(grid.data(HEADER_ROW, index as u16));
        if found.as_ref().ok().and_then(Option::as_deref) != Some(expected.as_str()) {
            reader.fault(
                sheet,
                HEADER_ROW,
                index as u16,
                format!("表头应为“{expected}”"),
            );
        }
    }
    for region in &grid.merged {
        if region.end.0 >= HEADER_ROW {
            let (start, end) = (region.start, region.end);
            let range = format!(
                "{}:{}",
                row_col_to_cell(start.0, start.1 as u16),
                row_col_to_cell(end.0, end.1 as u16)
            );
            reader.fault(
                sheet,
                start.0,
                start.1 as u16,
                format!("合并单元格 {range}：每一格都要填自己的值，请取消合并"),
            );
            for row in start.0 + 1..=end.0 {
                reader.covered_rows.push((sheet.name.to_owned(), row));
            }
        }
    }
    let width = sheet.columns.len() as u16;
    let last_col = grid.values.end().map_or(0, |(_, col)| col as u16);
    for col in width..=last_col {
        let used = (HEADER_ROW..=grid.last_row().unwrap_or(0))
            .find(|row| super::cells::text(grid.data(*row, col)).is_ok_and(|text| text.is_some()));
        if let Some(row) = used {
            let last = rust_xlsxwriter::utility::column_number_to_name(width - 1);
            reader.fault(sheet, row, col, format!("多余的列：本表只有 A–{last} 列"));
        }
    }
}
