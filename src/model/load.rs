//! Parsing the dataset: JSON in, a validated `Dataset` or an error naming the JSON path out.

use super::{validate, Dataset};

/// Why a dataset was rejected. Each names the JSON path of the fault.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DatasetError {
    /// The file is not UTF-8 text.
    #[error("$: 不是 UTF-8 文本（第 {offset} 字节）")]
    NotUtf8 { offset: usize },
    /// The file is not JSON of the dataset's shape.
    #[error("{path}: {message}")]
    Shape { path: String, message: String },
    /// The file has the right shape but says something impossible.
    #[error("{path}: {reason}")]
    Invalid { path: String, reason: String },
}

impl DatasetError {
    /// The JSON path of the fault, such as `$.indicators[2].target`.
    pub fn path(&self) -> &str {
        match self {
            DatasetError::NotUtf8 { .. } => "$",
            DatasetError::Shape { path, .. } | DatasetError::Invalid { path, .. } => path,
        }
    }
}

/// Parses and validates a dataset. Every fault found is returned, the first one first.
pub fn parse(bytes: &[u8]) -> Result<Dataset, Vec<DatasetError>> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        vec![DatasetError::NotUtf8 {
            offset: error.valid_up_to(),
        }]
    })?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let dataset: Dataset =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = json_path(&error.path().to_string());
            vec![DatasetError::Shape {
                path,
                message: error.inner().to_string(),
            }]
        })?;
    validate(&dataset)?;
    Ok(dataset)
}

/// This plan's dataset, for the crate's own tests, which pass it to what they test.
#[cfg(test)]
pub fn test_plan() -> &'static Dataset {
    static PLAN: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    PLAN.get_or_init(|| {
        parse(include_bytes!("../data/dazu-2024-16.json")).expect("the plan's dataset is valid")
    })
}

/// Turns serde_path_to_error's `a.b[0]` (or `.` for the root) into `$.a.b[0]`.
fn json_path(path: &str) -> String {
    if path == "." || path.is_empty() {
        "$".to_owned()
    } else {
        format!("$.{path}")
    }
}
