//! A dataset from its file: the JSON file, or the editors' workbook (.xlsx, .xls, .ods).

use std::path::Path;

use crate::model::{parse, Dataset};
use crate::workbook::read_workbook;

/// The dataset in a file, by its extension, validated. A fault is a line each: the JSON path
/// (`$.indicators[2].target: …`) or the cell (`重点任务!E7: …`), every one the file has.
pub fn read_dataset_file(path: &Path) -> Result<Dataset, Vec<String>> {
    let bytes =
        std::fs::read(path).map_err(|error| vec![format!("{}: {error}", path.display())])?;
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("json") => parse(&bytes).map_err(|faults| lines(&faults)),
        Some("xlsx" | "xls" | "ods") => read_workbook(&bytes).map_err(|faults| lines(&faults)),
        _ => Err(vec![format!(
            "{}: 数据文件应为 .json、.xlsx、.xls 或 .ods",
            path.display()
        )]),
    }
}

/// The faults of a dataset file as a program prints them: a count, then one a line.
pub fn faults_in_words(program: &str, file: &str, faults: &[String]) -> String {
    let mut words = format!("{program}: {file}: {} 处错误：", faults.len());
    for fault in faults {
        words.push_str(&format!("\n  {fault}"));
    }
    words
}

fn lines(faults: &[impl ToString]) -> Vec<String> {
    faults.iter().map(ToString::to_string).collect()
}
