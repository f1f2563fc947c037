//! Writes the dataset as an .xlsx workbook an editor starts from: a caption row, frozen headers
//! with a note on each saying what the column means, drop-down lists where a cell takes one of a
//! few words, and the data below.

use rust_xlsxwriter::{
    DataValidation, DocProperties, ExcelDateTime, Format, FormatAlign, Note, Workbook, Worksheet,
    XlsxError,
};

use super::layout::{Sheet, DOCUMENT, DOCUMENT_ITEMS, FIRST_DATA_ROW, HEADER_ROW, SHEETS};
use super::review::{add_review_sheet, ReviewItem};
use super::table::{rows, Cell};
use super::words;
use crate::model::Dataset;

/// How many rows below the data keep the drop-down lists, for the rows an editor adds.
const SPARE_ROWS: u32 = 200;

/// The dataset as the bytes of an .xlsx file. The same dataset always gives the same bytes: the
/// file's creation date is the plan's publication date, or 2000-01-01 when it has none (a blank
/// template, a draft of a notice without a date), never the time of writing.
pub fn workbook_bytes(dataset: &Dataset) -> Result<Vec<u8>, XlsxError> {
    workbook(dataset)?.save_to_buffer()
}

/// A blank workbook for a new plan: every sheet with its headers, notes and drop-down lists, and
/// the 文件信息 labels, with no data.
pub fn template_bytes() -> Result<Vec<u8>, XlsxError> {
    workbook_bytes(&Dataset::default())
}

/// An imported draft as an .xlsx file: the dataset's sheets, then 待核对 listing `review`.
pub fn workbook_with_review(
    dataset: &Dataset,
    review: &[ReviewItem],
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = workbook(dataset)?;
    add_review_sheet(&mut workbook, review)?;
    workbook.save_to_buffer()
}

/// The dataset's sheets, in the layout's order.
fn workbook(dataset: &Dataset) -> Result<Workbook, XlsxError> {
    let document = &dataset.document;
    let facts = Facts {
        title: &document.plan_title,
        published: &document.published,
        baseline_year: document.baseline_year,
    };
    workbook_of(&facts, |sheet| rows(dataset, sheet))
}

/// What a workbook's properties and headers are written from: the plan's title, its publication
/// date (the file's creation date) and its baseline year (the 基数 column's header).
pub(super) struct Facts<'a> {
    pub title: &'a str,
    pub published: &'a str,
    pub baseline_year: u16,
}

/// Every sheet of the layout with its data rows as `rows_of` gives them, in the layout's order.
pub(super) fn workbook_of(
    facts: &Facts,
    rows_of: impl Fn(&Sheet) -> Vec<Vec<Cell>>,
) -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let mut properties = DocProperties::new()
        .set_title(facts.title)
        .set_author("一图读懂");
    let date = ExcelDateTime::parse_from_str(facts.published)
        .or_else(|_| ExcelDateTime::from_ymd(2000, 1, 1))?;
    properties = properties.set_creation_datetime(&date);
    workbook.set_properties(&properties);
    let caption = Format::new().set_bold().set_font_size(12);
    let header = Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_border(rust_xlsxwriter::FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_text_wrap();
    let body = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for &sheet in SHEETS.iter() {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(sheet.name)?;
        worksheet.set_default_note_author("一图读懂");
        worksheet.write_string_with_format(0, 0, sheet.caption, &caption)?;
        for (index, column) in sheet.columns.iter().enumerate() {
            let col = index as u16;
            worksheet.set_column_width(col, column.width)?;
            let text = sheet.header(index, facts.baseline_year);
            worksheet.write_string_with_format(HEADER_ROW, col, &text, &header)?;
            worksheet.insert_note(HEADER_ROW, col, &note(column.note).set_width(260))?;
        }
        worksheet.set_freeze_panes(FIRST_DATA_ROW, 0)?;
        let data = rows_of(sheet);
        write_rows(worksheet, &data, &body)?;
        add_choices(
            worksheet,
            sheet,
            FIRST_DATA_ROW + data.len() as u32 + SPARE_ROWS,
        )?;
        if sheet.name == DOCUMENT.name {
            for (row, (_, _, note_text)) in DOCUMENT_ITEMS.iter().enumerate() {
                worksheet.insert_note(FIRST_DATA_ROW + row as u32, 0, &note(note_text))?;
            }
        }
    }
    Ok(workbook)
}

fn write_rows(
    worksheet: &mut Worksheet,
    data: &[Vec<Cell>],
    body: &Format,
) -> Result<(), XlsxError> {
    for (offset, row) in data.iter().enumerate() {
        let row_number = FIRST_DATA_ROW + offset as u32;
        for (col, cell) in row.iter().enumerate() {
            let col = col as u16;
            match cell {
                Cell::Empty => {}
                Cell::Text(text) => {
                    worksheet.write_string_with_format(row_number, col, text, body)?;
                }
                Cell::Number(value) => {
                    worksheet.write_number_with_format(row_number, col, *value, body)?;
                }
            }
        }
    }
    Ok(())
}

/// A cell's note: what the column or row means, without the author's name before it.
fn note(text: &str) -> Note {
    Note::new(text).add_author_prefix(false)
}

/// Drop-down lists on the columns that take one of a few words, down to `last_row`.
fn add_choices(worksheet: &mut Worksheet, sheet: &Sheet, last_row: u32) -> Result<(), XlsxError> {
    for (index, column) in sheet.columns.iter().enumerate() {
        let Some(choices) = words::choices(column.field) else {
            continue;
        };
        let validation = DataValidation::new()
            .allow_list_strings(&choices)?
            .set_error_message(format!("请从下拉列表中选择：{}", choices.join("、")))?;
        let col = index as u16;
        worksheet.add_data_validation(FIRST_DATA_ROW, col, last_row, col, &validation)?;
    }
    Ok(())
}
