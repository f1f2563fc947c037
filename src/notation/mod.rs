//! How dates and numbers are written, read in one place for the dataset (`model`), the editors'
//! workbook (`workbook`) and the importer (`import`):
//!
//! - full-width digits, point and signs (`２０２４`, `４．５`, `－３`) read as their ASCII forms
//!   ([`half_width`]);
//! - a date is a real calendar date written `2024-03-05`, `2024/3/5`, `2024.3.5` or `2024年3月5日`
//!   (`日` may be left off), in either width; the dataset keeps it as `2024-03-05` ([`date`],
//!   [`find_date`], [`is_dataset_date`]);
//! - a number is written in digits: a cell's [`decimal`] may carry a sign, a notice's [`figure`]
//!   may have its point typed as `。` (`6。2`).

mod dates;
mod numbers;

pub use dates::{date, find_date, is_dataset_date};
pub use numbers::{decimal, figure, half_width, is_digit};
