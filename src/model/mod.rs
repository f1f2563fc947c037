//! The typed dataset: what the plan document says, parsed once and validated.

mod load;
mod matrix;
mod number;
mod progress;
mod types;
mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub use load::replace_dataset;
pub use load::{dataset, parse, DatasetError, EMBEDDED_DATASET};
pub use matrix::{department_summary, DepartmentTotals, Matrix, MatrixRow, MatrixSection};
pub use number::{format_number, nice_ceiling};
pub use progress::{progress, Progress};
pub use types::*;
pub use validate::validate;
