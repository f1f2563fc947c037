//! The editors' workbook: the dataset as a spreadsheet (one sheet per part, Chinese headers) and
//! back. Native only: `rust_xlsxwriter` writes .xlsx, `calamine` reads .xlsx, .xls and .ods.
//!
//! `layout` names the sheets and columns, `words` the words cells use for the model's enums,
//! `table` and `write` make the workbook; `cells`, `grid`, `read_sheets`, `read_indicators` and
//! `read` read it back, within `limits` (a hostile file's size, zip parts and, by `sheet_extent`,
//! how far its sheets reach); `slug` makes the URL slugs of departments that have none; `review` is the
//! 待核对 sheet an imported draft adds (`crate::import`), which the reader skips.

mod book;
mod cells;
mod grid;
mod items;
mod layout;
mod limits;
mod owners;
mod read;
mod read_indicators;
mod read_sheets;
mod review;
mod sheet_extent;
mod slug;
mod table;
mod words;
mod write;

pub use book::Book;
pub use grid::CellFault;
pub use layout::{
    Column, Sheet, DEPARTMENTS, DOCUMENT, DOCUMENT_ITEMS, FIRST_DATA_ROW, HEADER_ROW, INDICATORS,
    SHEETS, TASKS,
};
pub use limits::{check_size, MAX_FILE_BYTES};
pub use read::read_workbook;
pub use review::{address, document_address, ReviewItem, REVIEW_SHEET, WHOLE_NOTICE};
pub use slug::{fill_missing_slugs, initials};
pub use table::{rows, Cell};
pub use write::{template_bytes, workbook_bytes, workbook_with_review};
