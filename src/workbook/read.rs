//! Reads a workbook (.xlsx, .xls or .ods) into a validated dataset, or every fault it has, each
//! placed on its sheet and cell.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Reader as _, Sheets};

use super::grid::{check_shape, CellFault, Grid, Reader};
use super::layout::{self, SHEETS};
use super::limits::check_limits;
use super::review::REVIEW_SHEET;
use super::{read_indicators, read_sheets, slug};
use crate::model::{validate, Dataset, DatasetError};

/// Reads a workbook's bytes into a dataset that passes `model::validate`. Every fault is
/// returned at once, in reading order, each with its sheet and cell; a file past the limits
/// (`limits::check_limits`) is one fault, before anything is read.
pub fn read_workbook(bytes: &[u8]) -> Result<Dataset, Vec<CellFault>> {
    check_limits(bytes).map_err(|message| {
        vec![CellFault {
            sheet: String::new(),
            row: 0,
            col: 0,
            message,
            item: None,
        }]
    })?;
    // The reader's own message is English and about zip records: the editor is told what to do.
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| {
        vec![CellFault {
            sheet: String::new(),
            row: 0,
            col: 0,
            message: "打不开这个文件：它不是完好的 .xlsx、.xls 或 .ods 表格（可能已损坏，或只是改了扩展名）。请在 WPS 或 Excel 里打开它，另存为 .xlsx 后再放入".to_owned(),
            item: None,
        }]
    })?;
    let mut reader = Reader::default();
    let grids = load_grids(&mut workbook, &mut reader);
    read_grids(&grids, reader)
}

/// Reads a workbook's sheets, as loaded (from a file, or from a draft held in memory:
/// `book::Book`), into a dataset that passes `model::validate`, or every fault, with those the
/// reader already holds.
pub(super) fn read_grids(grids: &[Grid], mut reader: Reader) -> Result<Dataset, Vec<CellFault>> {
    let find = |sheet: &layout::Sheet| grids.iter().find(|grid| grid.sheet.name == sheet.name);

    let document = find(&layout::DOCUMENT).map(|grid| read_sheets::document(&mut reader, grid));
    let baseline_year = document
        .as_ref()
        .map_or(0, |document| document.baseline_year);
    for grid in grids {
        check_shape(&mut reader, grid, baseline_year);
    }
    let mut departments = find(&layout::DEPARTMENTS)
        .map(|grid| read_sheets::departments(&mut reader, grid))
        .unwrap_or_default();
    slug::fill_missing_slugs(&mut departments);
    let sections = find(&layout::TASKS)
        .map(|grid| read_sheets::sections(&mut reader, grid))
        .unwrap_or_default();
    let mut indicators = find(&layout::INDICATORS)
        .map(|grid| read_indicators::indicators(&mut reader, grid))
        .unwrap_or_default();
    for sheet in [&layout::MILESTONES, &layout::QUOTES, &layout::RESULTS] {
        if let Some(grid) = find(sheet) {
            read_indicators::indicator_rows(&mut reader, grid, &mut indicators);
        }
    }
    let dataset = Dataset {
        document: document.unwrap_or_default(),
        indicators,
        sections,
        departments,
    };
    // Without every sheet, what the model says of the rest only repeats that a sheet is missing.
    let every_sheet = grids.len() == SHEETS.len();
    if let (true, Err(faults)) = (every_sheet, validate(&dataset)) {
        add_validation_faults(&mut reader, faults);
    }
    let mut faults = reader.sorted_faults();
    for fault in &mut faults {
        let grid = grids.iter().find(|grid| grid.sheet.name == fault.sheet);
        fault.item = grid.and_then(|grid| super::items::item_of(grid, fault.row));
    }
    if faults.is_empty() {
        Ok(dataset)
    } else {
        Err(faults)
    }
}

/// Every sheet of the layout, each with its values, formulas and merged regions; a missing sheet
/// and a sheet the layout does not have are faults.
fn load_grids<RS: std::io::Read + std::io::Seek>(
    workbook: &mut Sheets<RS>,
    reader: &mut Reader,
) -> Vec<Grid> {
    let names = workbook.sheet_names();
    // An imported draft's review list is the editors' checklist, not data.
    for name in names.iter().filter(|name| name.as_str() != REVIEW_SHEET) {
        if !SHEETS.iter().any(|sheet| sheet.name == name.as_str()) {
            reader.faults.push(CellFault {
                sheet: name.clone(),
                row: 0,
                col: 0,
                message: format!(
                    "多余的工作表：只读 {}（请删除或改名）",
                    SHEETS
                        .iter()
                        .map(|sheet| sheet.name)
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                item: None,
            });
        }
    }
    let mut grids = Vec::new();
    for &sheet in SHEETS.iter() {
        if !names.iter().any(|name| name == sheet.name) {
            reader.fault(sheet, 0, 0, format!("缺少工作表“{}”", sheet.name));
            continue;
        }
        let values = workbook.worksheet_range(sheet.name);
        let formulas = workbook.worksheet_formula(sheet.name).unwrap_or_default();
        let merged = match workbook {
            Sheets::Xlsx(xlsx) => xlsx
                .worksheet_merge_cells(sheet.name)
                .and_then(Result::ok)
                .unwrap_or_default(),
            Sheets::Xls(xls) => xls.worksheet_merge_cells(sheet.name).unwrap_or_default(),
            _ => Vec::new(),
        };
        match values {
            Ok(values) => grids.push(Grid {
                sheet,
                values,
                formulas,
                merged,
            }),
            // The reader's own words are English: the editor is told what to do instead.
            Err(_) => reader.fault(
                sheet,
                0,
                0,
                "无法读取此工作表（文件可能已损坏）：请在 WPS 或 Excel 里打开，另存为 .xlsx 后再放入",
            ),
        }
    }
    grids
}

/// The model's own faults, placed on the cells their parts came from. A row that already has a
/// fault of its own is left at that: what the model says of it follows from that fault.
fn add_validation_faults(reader: &mut Reader, faults: Vec<DatasetError>) {
    let faulty_rows: Vec<(String, u32)> = reader
        .faults
        .iter()
        .map(|fault| (fault.sheet.clone(), fault.row))
        .chain(reader.covered_rows.iter().cloned())
        .collect();
    for fault in faults {
        let message = match &fault {
            DatasetError::Invalid { reason, .. } => reason.clone(),
            other => other.to_string(),
        };
        match reader.locate(fault.path()) {
            Some((sheet, row, col)) => {
                if !faulty_rows.contains(&(sheet.to_owned(), row)) {
                    let sheet = SHEETS
                        .iter()
                        .copied()
                        .find(|candidate| candidate.name == sheet)
                        .expect("places name the layout's sheets");
                    reader.fault(sheet, row, col, message);
                }
            }
            // A part with no cell is one the reader could not fill, already a fault of its own.
            None if !faulty_rows.is_empty() => {}
            None => reader.faults.push(CellFault {
                sheet: String::new(),
                row: 0,
                col: 0,
                message: format!("{}: {message}", fault.path()),
                item: None,
            }),
        }
    }
}
