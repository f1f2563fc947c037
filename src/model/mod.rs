//! The typed dataset: what the plan document says, parsed once and validated.

mod dial;
mod load;
mod matrix;
mod number;
mod path;
mod status;
mod summary;
mod target;
mod types;
mod validate;
mod wording;

pub use dial::{dial, Band, BandKind, Dial};
#[cfg(test)]
pub use load::test_plan;
pub use load::{parse, DatasetError};
pub use matrix::{
    department_summary, DepartmentTotals, IndicatorRow, Matrix, MatrixRow, MatrixSection,
};
pub use number::{format_number, nice_ceiling};
pub use path::DatasetPath;
pub use status::{
    assess, assessments, covered, gap_in_words, latest_assessment, latest_result, results_by_year,
    yardstick_in_words, Assessment, Verdict, Yardstick,
};
pub use summary::{
    band_kinds, dataset_summary, gauge_legend, indicators_with_results, plan_status, provenance,
    provenance_of, PlanStatus,
};
pub use target::{Aim, ABOUT_TOLERANCE, NOT_APPLICABLE};
pub use types::*;
pub use validate::validate;
