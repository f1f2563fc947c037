//! A workbook held as plain cells, for tests that change one thing in the exported workbook and
//! write it again with rust_xlsxwriter.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto_from_rs, Data, Reader};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use yitu::model::{parse, Dataset};
use yitu::workbook::workbook_bytes;

/// This plan's dataset (`src/data/dazu-2024-16.json`), parsed once per test binary.
pub fn plan() -> &'static Dataset {
    static PLAN: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    PLAN.get_or_init(|| {
        parse(include_bytes!("../../../src/data/dazu-2024-16.json")).expect("the plan is valid")
    })
}

/// What a test puts in a cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// An Excel date (year, month, day), shown as yyyy-mm-dd.
    Date(u16, u8, u8),
    /// A formula and the result cached with it ("" for none).
    Formula(String, String),
}

pub fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

/// A sheet's cells by (row, column), 0-based.
pub type Cells = BTreeMap<(u32, u16), Value>;

/// The sheets of a workbook, in order, each with its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    pub sheets: Vec<(String, Cells)>,
    /// Merged regions: sheet and range such as `E8:E9`.
    pub merges: Vec<(String, String)>,
}

impl Book {
    /// The workbook `yitu::workbook` writes for a dataset, as cells.
    pub fn exported(dataset: &Dataset) -> Book {
        Book::from_bytes(&workbook_bytes(dataset).expect("the workbook is written"))
    }

    pub fn from_bytes(bytes: &[u8]) -> Book {
        let mut workbook =
            open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("a workbook");
        let mut sheets = Vec::new();
        for name in workbook.sheet_names() {
            let range = workbook.worksheet_range(&name).expect("a sheet");
            let (top, left) = range.start().unwrap_or((0, 0));
            let mut cells = BTreeMap::new();
            for (row, col, data) in range.used_cells() {
                let value = match data {
                    Data::String(text) => Value::Text(text.clone()),
                    Data::Float(number) => Value::Number(*number),
                    Data::Int(number) => Value::Number(*number as f64),
                    other => panic!("{name}: unexpected cell {other:?}"),
                };
                cells.insert((top + row as u32, (left + col as u32) as u16), value);
            }
            sheets.push((name, cells));
        }
        Book {
            sheets,
            merges: Vec::new(),
        }
    }

    pub fn sheet(&mut self, name: &str) -> &mut Cells {
        &mut self
            .sheets
            .iter_mut()
            .find(|(candidate, _)| candidate == name)
            .unwrap_or_else(|| panic!("no sheet {name}"))
            .1
    }

    pub fn get(&mut self, sheet: &str, cell: &str) -> Option<Value> {
        self.sheet(sheet).get(&position(cell)).cloned()
    }

    pub fn set(&mut self, sheet: &str, cell: &str, value: Value) -> &mut Book {
        self.sheet(sheet).insert(position(cell), value);
        self
    }

    pub fn clear(&mut self, sheet: &str, cell: &str) -> &mut Book {
        self.sheet(sheet).remove(&position(cell));
        self
    }

    pub fn merge(&mut self, sheet: &str, range: &str) -> &mut Book {
        self.merges.push((sheet.to_owned(), range.to_owned()));
        self
    }

    pub fn remove_sheet(&mut self, name: &str) -> &mut Book {
        self.sheets.retain(|(candidate, _)| candidate != name);
        self
    }

    /// The workbook written by rust_xlsxwriter.
    pub fn bytes(&self) -> Vec<u8> {
        let mut workbook = Workbook::new();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        for (name, cells) in &self.sheets {
            let sheet = workbook.add_worksheet();
            sheet.set_name(name).unwrap();
            // A formula with no result given is written without one, as by a program that
            // does not calculate.
            sheet.set_formula_result_default("");
            let merges: Vec<((u32, u16), (u32, u16))> = self
                .merges
                .iter()
                .filter(|(sheet, _)| sheet == name)
                .map(|(_, range)| {
                    let (first, last) = range.split_once(':').expect("a range");
                    (position(first), position(last))
                })
                .collect();
            let merged = |(row, col): (u32, u16)| {
                merges.iter().any(|(first, last)| {
                    (first.0..=last.0).contains(&row) && (first.1..=last.1).contains(&col)
                })
            };
            for (&(row, col), value) in cells.iter().filter(|(at, _)| !merged(**at)) {
                match value {
                    Value::Text(text) => sheet.write_string(row, col, text),
                    Value::Number(number) => sheet.write_number(row, col, *number),
                    Value::Date(y, m, d) => {
                        let day = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        sheet.write_datetime_with_format(row, col, &day, &date)
                    }
                    Value::Formula(formula, result) => {
                        sheet.write_formula(row, col, Formula::new(formula).set_result(result))
                    }
                }
                .unwrap();
            }
            for (first, last) in &merges {
                let text = match cells.get(first) {
                    Some(Value::Text(text)) => text.clone(),
                    Some(Value::Number(number)) => number.to_string(),
                    _ => String::new(),
                };
                sheet
                    .merge_range(first.0, first.1, last.0, last.1, &text, &Format::new())
                    .unwrap();
            }
        }
        workbook.save_to_buffer().unwrap()
    }
}

/// `E7` as (6, 4).
pub fn position(cell: &str) -> (u32, u16) {
    let split = cell
        .find(|c: char| c.is_ascii_digit())
        .expect("a row number");
    let (letters, digits) = cell.split_at(split);
    let col = letters
        .bytes()
        .fold(0u16, |col, letter| col * 26 + u16::from(letter - b'A' + 1))
        - 1;
    (digits.parse::<u32>().unwrap() - 1, col)
}

/// A scratch folder for one test, under target/.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs one of the openpyxl scripts in tests/workbook/ (another program that saves workbooks).
pub fn python(script: &str, paths: &[&Path]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/workbook")
        .join(script);
    let run = std::process::Command::new("python3")
        .arg(&script)
        .args(paths)
        .output()
        .expect("python3 runs (tools/setup.sh test installs openpyxl)");
    assert!(
        run.status.success(),
        "{}: {}\n(tools/setup.sh test installs openpyxl)",
        script.display(),
        String::from_utf8_lossy(&run.stderr)
    );
}

/// Whether this is the full tier: `make test` sets YITU_SLOW_TESTS (as rust-analyzer's
/// RUN_SLOW_TESTS) and the slow tests take all their cases; `make check`, the quick tier, runs a
/// few of each, and each says in its failure message, or prints, how many it ran.
pub fn full_tier() -> bool {
    std::env::var_os("YITU_SLOW_TESTS").is_some()
}
