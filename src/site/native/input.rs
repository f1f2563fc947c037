//! A dataset from its file: the JSON file, or the editors' workbook (.xlsx, .xls, .ods).

use std::path::Path;

use crate::model::Dataset;
use crate::site::read_dataset;

/// The dataset in a file, by its extension, validated (see [`read_dataset`]); a file that cannot be
/// read is one fault.
pub fn read_dataset_file(path: &Path) -> Result<Dataset, Vec<String>> {
    let bytes =
        std::fs::read(path).map_err(|error| vec![format!("{}: {error}", path.display())])?;
    read_dataset(&bytes, &path.display().to_string())
}

/// The faults of a dataset file as a program prints them: a count, then one a line.
pub fn faults_in_words(program: &str, file: &str, faults: &[String]) -> String {
    let mut words = format!("{program}: {file}: {} 处错误：", faults.len());
    for fault in faults {
        words.push_str(&format!("\n  {fault}"));
    }
    words
}
