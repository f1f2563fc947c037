//! A fault of a dataset file, typed: where it is (a workbook cell, a JSON path, or the file as a
//! whole) and why. The builder page links each fault to its help from these fields; the command
//! line prints it as one line (`Display`: `重点任务!E7: 未知部门："区外交部"`).

use std::path::Path;

use serde::Serialize;

use crate::model::{parse, Dataset, DatasetError, DatasetPath};
use crate::workbook::{
    check_size, read_workbook, CellFault, Sheet, DEPARTMENTS, DOCUMENT, DOCUMENT_ITEMS, INDICATORS,
    TASKS,
};

/// Where a fault is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultPlace {
    /// A workbook cell: its sheet, its column's letters and its row, from 1, as WPS shows them.
    Cell {
        sheet: String,
        column: String,
        row: u32,
        /// The item its row is about (`指标 3「托位使用率」`), where the row names one.
        item: Option<String>,
    },
    /// A place in a JSON dataset, such as `$.indicators[2].target`, and the same in the editor's
    /// words (`主要目标第 3 项 · 目标类型`), which is what the page shows.
    JsonPath { path: String, words: String },
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
            FaultPlace::Cell {
                sheet, column, row, ..
            } => {
                write!(f, "{sheet}!{column}{row}: {}", self.reason)
            }
            FaultPlace::JsonPath { path, .. } => write!(f, "{path}: {}", self.reason),
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
                item: fault.item.clone(),
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
                words: path_words(fault.path()),
            },
            reason,
        }
    }
}

/// A dataset's JSON path in the editor's words: the sheet of the workbook that holds the same
/// part, the item's position, and the column, where known (`$.indicators[2].target` →
/// `主要目标第 3 项 · 目标类型`).
pub fn path_words(path: &str) -> String {
    let nth =
        |sheet: &Sheet, index: usize, what: &str| format!("{}第 {} {what}", sheet.name, index + 1);
    let (place, column) = match DatasetPath::read(path) {
        DatasetPath::Whole => ("数据文件".to_owned(), None),
        DatasetPath::Document(field) => {
            let label = DOCUMENT_ITEMS
                .iter()
                .find(|(_, item, _)| *item == field)
                .map(|(label, _, _)| *label);
            (DOCUMENT.name.to_owned(), label)
        }
        DatasetPath::Indicators => (INDICATORS.name.to_owned(), None),
        DatasetPath::Indicator(index, field) => (
            nth(&INDICATORS, index, "项"),
            header(&INDICATORS, "", field),
        ),
        DatasetPath::Sections => (TASKS.name.to_owned(), None),
        DatasetPath::Section(index, field) => {
            (nth(&TASKS, index, "个板块"), header(&TASKS, "", field))
        }
        DatasetPath::Task(section, task, field) => {
            let place = format!("{}第 {} 项任务", nth(&TASKS, section, "个板块"), task + 1);
            (place, header(&TASKS, "tasks.", field))
        }
        DatasetPath::Departments => (DEPARTMENTS.name.to_owned(), None),
        DatasetPath::Department(index, field) => (
            nth(&DEPARTMENTS, index, "项"),
            header(&DEPARTMENTS, "", field),
        ),
    };
    match column {
        Some(column) => format!("{place} · {column}"),
        None => place,
    }
}

/// The header of the column that holds a field (`target` → 目标类型, `target.value` → 目标值); a
/// task's fields are the layout's `tasks.` columns (a task's `id` is 序号, a section's 板块序号).
fn header(sheet: &Sheet, prefix: &str, field: &str) -> Option<&'static str> {
    let field = format!("{prefix}{field}");
    sheet.column_holding(&field).map(|column| column.header)
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
            item: None,
        });
        assert_eq!(fault.to_string(), "重点任务!E7: 未知部门：\"区外交部\"");
        assert_eq!(
            serde_json::to_value(&fault).unwrap(),
            serde_json::json!({
                "place": {"kind": "cell", "sheet": "重点任务", "column": "E", "row": 7, "item": null},
                "reason": "未知部门：\"区外交部\"",
            })
        );
    }

    #[test]
    fn json_and_file_faults_keep_their_lines() {
        let faults = read_dataset_faults(b"{", "plan.json").expect_err("not a dataset");
        assert!(
            matches!(&faults[0].place, FaultPlace::JsonPath { path, .. } if path.starts_with('$'))
        );
        let fault = &read_dataset_faults(b"x", "plan.txt").expect_err("not a dataset file")[0];
        assert_eq!(fault.place, FaultPlace::File);
        assert_eq!(
            serde_json::to_value(fault).unwrap(),
            serde_json::json!({"place": {"kind": "file"}, "reason": "plan.txt: 数据文件应为 .json、.xlsx、.xls 或 .ods"})
        );
    }

    #[test]
    fn a_json_path_is_told_in_the_workbooks_words() {
        let cases = [
            ("$.document.number", "文件信息 · 发文字号"),
            ("$.indicators[2].target", "主要目标第 3 项 · 目标类型"),
            ("$.indicators[0]", "主要目标第 1 项"),
            ("$.indicators[2].target.value", "主要目标第 3 项 · 目标值"),
            (
                "$.sections[0].tasks[1].officials[0].post",
                "重点任务第 1 个板块第 2 项任务 · 责任领导",
            ),
            (
                "$.sections[1].tasks[3].lead",
                "重点任务第 2 个板块第 4 项任务 · 牵头单位",
            ),
            ("$.sections[0].title", "重点任务第 1 个板块 · 板块"),
            ("$.sections[0].id", "重点任务第 1 个板块 · 板块序号"),
            (
                "$.sections[1].tasks[0].id",
                "重点任务第 2 个板块第 1 项任务 · 序号",
            ),
            ("$.departments[4].slug", "部门第 5 项 · 网址标识"),
            ("$", "数据文件"),
        ];
        for (path, words) in cases {
            assert_eq!(path_words(path), words, "{path}");
        }
    }
}
