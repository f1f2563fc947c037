//! The 待核对 sheet of an imported draft: every cell the importer inferred or was unsure of, with
//! the reason and the notice's own text. The reader skips it, so a confirmed draft builds a site.

use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

use super::layout::{Sheet, DOCUMENT, DOCUMENT_ITEMS, FIRST_DATA_ROW, HEADER_ROW};

/// The name of the review sheet; the workbook reader ignores a sheet of this name.
pub const REVIEW_SHEET: &str = "待核对";

/// What stands in the 单元格 column for an item about the notice as a whole.
pub const WHOLE_NOTICE: &str = "全文";

/// One cell an editor should check: where it is, why, and the notice's text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    /// The workbook cell, such as `重点任务!E5`, a range such as `主要目标!D3:D12`, or `全文`.
    pub cell: String,
    /// Why the cell needs a look, in plain Chinese.
    pub reason: String,
    /// The notice's text the cell came from, as it was (empty where there is none).
    pub source: String,
    /// The line of the notice's text (1-based) where the source is, for a plain-text notice.
    pub line: Option<usize>,
    /// Whether the item is a routine drafted field (a short name, a slug, a mended space), which
    /// the builder groups apart from the items that need judgment.
    pub routine: bool,
}

impl ReviewItem {
    /// The 原文 column: the source, with its line number in front where there is one.
    pub fn source_with_line(&self) -> String {
        match self.line {
            Some(line) => format!("第{line}行：{}", self.source),
            None => self.source.clone(),
        }
    }
}

/// The address of a data cell: `sheet!A3` for the `index`-th data row and the column of `field`.
pub fn address(sheet: &Sheet, field: &str, index: usize) -> String {
    let col = sheet.column_of(field) as u16;
    let row = FIRST_DATA_ROW + index as u32;
    let cell = rust_xlsxwriter::utility::row_col_to_cell(row, col);
    format!("{}!{cell}", sheet.name)
}

/// The address of a document item's value in 文件信息 (column B), by the `Document` field it fills.
pub fn document_address(field: &str) -> String {
    let index = DOCUMENT_ITEMS
        .iter()
        .position(|(_, item, _)| *item == field)
        .unwrap_or_else(|| panic!("文件信息 has no item for {field}"));
    let row = FIRST_DATA_ROW + index as u32;
    let cell = rust_xlsxwriter::utility::row_col_to_cell(row, 1);
    format!("{}!{cell}", DOCUMENT.name)
}

/// Adds the 待核对 sheet, last, to a workbook: a caption, headers, and one row per item.
pub(super) fn add_review_sheet(
    workbook: &mut Workbook,
    items: &[ReviewItem],
) -> Result<(), XlsxError> {
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(REVIEW_SHEET)?;
    let caption = Format::new().set_bold().set_font_size(12);
    let header = Format::new()
        .set_bold()
        .set_background_color("#FCE4D6")
        .set_align(FormatAlign::Center);
    let body = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    worksheet.write_string_with_format(
        0,
        0,
        "待核对：导入时推断或拿不准的单元格，请逐项对照原文核对后再发布（本表不会被读入）",
        &caption,
    )?;
    for (col, (title, width)) in [("单元格", 18.0), ("原因", 50.0), ("原文", 70.0)]
        .into_iter()
        .enumerate()
    {
        worksheet.set_column_width(col as u16, width)?;
        worksheet.write_string_with_format(HEADER_ROW, col as u16, title, &header)?;
    }
    worksheet.set_freeze_panes(FIRST_DATA_ROW, 0)?;
    for (offset, item) in items.iter().enumerate() {
        let row = FIRST_DATA_ROW + offset as u32;
        worksheet.write_string_with_format(row, 0, &item.cell, &body)?;
        worksheet.write_string_with_format(row, 1, &item.reason, &body)?;
        worksheet.write_string_with_format(row, 2, item.source_with_line(), &body)?;
    }
    Ok(())
}
