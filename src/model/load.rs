//! Parsing the dataset: JSON in, a validated `Dataset` or an error naming the JSON path out.

use std::sync::OnceLock;

use super::{validate, Dataset};

/// The dataset embedded at build time. `build.rs` picks the file: `YITU_DATASET`, or the plan's own.
pub const EMBEDDED_DATASET: &str = include_str!(env!("YITU_DATASET_PATH"));

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

/// The embedded dataset, parsed and validated once. The browser app never reads it (it reads the
/// plan's index, `crate::plan_index`): this is for the native build and the tests.
///
/// Natively, [`super::with_dataset`] can set another one for a while.
pub fn dataset() -> &'static Dataset {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(dataset) = super::scoped::scoped_dataset() {
        return dataset;
    }
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        parse(EMBEDDED_DATASET.as_bytes()).unwrap_or_else(|errors| {
            panic!("the embedded dataset is invalid (the site build lists why): {errors:?}")
        })
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
