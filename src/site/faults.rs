//! A fault of a dataset file, typed: where it is (a workbook cell, a JSON path, or the file as a
//! whole) and why. The builder page links each fault to its help from these fields; the command
//! line prints it as one line (`Display`: `重点任务!E7: 未知部门："区外交部"`).

use std::path::Path;

use serde::Serialize;

use crate::model::{parse, Dataset, DatasetError};
use crate::workbook::{check_size, read_workbook, CellFault};

/// Where a fault is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultPlace {
    /// A workbook cell: its sheet, its column's letters and its row, from 1, as WPS shows them.
    Cell {
        sheet: String,
        column: String,
        row: u32,
    },
    /// A place in a JSON dataset, such as `$.indicators[2].target`.
    JsonPath { path: String },
    /// The file as a whole (its type, its size, its packing).
    File,
}

/// A fault: its place and the reason, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fault {
    pub place: FaultPlace,
    pub reason: String,
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.place {
            FaultPlace::Cell { sheet, column, row } => {
                write!(f, "{sheet}!{column}{row}: {}", self.reason)
            }
            FaultPlace::JsonPath { path } => write!(f, "{path}: {}", self.reason),
            FaultPlace::File => write!(f, "{}", self.reason),
        }
    }
}

impl From<&CellFault> for Fault {
    fn from(fault: &CellFault) -> Self {
        let place = if fault.sheet.is_empty() {
            FaultPlace::File
        } else {
            FaultPlace::Cell {
                sheet: fault.sheet.clone(),
                column: rust_xlsxwriter::column_number_to_name(fault.col),
                row: fault.row + 1,
            }
        };
        Fault {
            place,
            reason: fault.message.clone(),
        }
    }
}

impl From<&DatasetError> for Fault {
    fn from(fault: &DatasetError) -> Self {
        let reason = match fault {
            DatasetError::NotUtf8 { offset } => format!("不是 UTF-8 文本（第 {offset} 字节）"),
            DatasetError::Shape { message, .. } => message.clone(),
            DatasetError::Invalid { reason, .. } => reason.clone(),
        };
        Fault {
            place: FaultPlace::JsonPath {
                path: fault.path().to_owned(),
            },
            reason,
        }
    }
}

/// The fault of a file as a whole.
fn file_fault(reason: String) -> Vec<Fault> {
    vec![Fault {
        place: FaultPlace::File,
        reason,
    }]
}

/// The dataset in a file's bytes, by the file name's extension, validated, or every fault it has.
pub fn read_dataset_faults(bytes: &[u8], file_name: &str) -> Result<Dataset, Vec<Fault>> {
    let extension = Path::new(file_name)
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("json") => {
            check_size(bytes).map_err(file_fault)?;
            parse(bytes).map_err(|faults| faults.iter().map(Fault::from).collect())
        }
        Some("xlsx" | "xls" | "ods") => {
            read_workbook(bytes).map_err(|faults| faults.iter().map(Fault::from).collect())
        }
        _ => Err(file_fault(format!(
            "{file_name}: 数据文件应为 .json、.xlsx、.xls 或 .ods"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_fault_is_its_sheet_column_and_row_as_wps_shows_them() {
        let fault = Fault::from(&CellFault {
            sheet: "重点任务".to_owned(),
            row: 6,
            col: 4,
            message: "未知部门：\"区外交部\"".to_owned(),
        });
        assert_eq!(fault.to_string(), "重点任务!E7: 未知部门：\"区外交部\"");
        assert_eq!(
            serde_json::to_value(&fault).unwrap(),
            serde_json::json!({
                "place": {"kind": "cell", "sheet": "重点任务", "column": "E", "row": 7},
                "reason": "未知部门：\"区外交部\"",
            })
        );
    }

    #[test]
    fn json_and_file_faults_keep_their_lines() {
        let faults = read_dataset_faults(b"{", "plan.json").expect_err("not a dataset");
        assert!(matches!(&faults[0].place, FaultPlace::JsonPath { path } if path.starts_with('$')));
        let fault = &read_dataset_faults(b"x", "plan.txt").expect_err("not a dataset file")[0];
        assert_eq!(fault.place, FaultPlace::File);
        assert_eq!(
            serde_json::to_value(fault).unwrap(),
            serde_json::json!({"place": {"kind": "file"}, "reason": "plan.txt: 数据文件应为 .json、.xlsx、.xls 或 .ods"})
        );
    }
}
