//! The limits a workbook is read within, checked before calamine opens it, so that a hostile file
//! ends in a clear fault in bounded memory (in `make site` and in the editor's browser alike).
//!
//! An .xlsx or .ods file is a zip of XML parts. A zip bomb is stopped by the number of parts and by
//! the bytes they unpack to, counted while unpacking, whatever the zip claims. A sheet of a
//! million rows, or one cell far down or far right, would make calamine allocate every cell of the
//! rectangle up to it: the sheets' XML is scanned, streamed, for the last row and column that
//! hold a cell, and the file is refused past `MAX_ROWS` or `MAX_COLUMNS`. An .xls file is not a
//! zip; it is read by calamine as it is (see docs/builder.md).

use std::io::{BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// The most bytes a dataset file may have (the plan's workbook is about 40 KB, the largest
/// generated plan's under 1 MB). The builder page refuses a larger file before reading it.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The most parts a workbook's zip may have (Excel and WPS write a few dozen).
pub const MAX_ENTRIES: usize = 1000;
/// The most bytes all parts of a workbook may unpack to, together.
pub const MAX_UNPACKED_BYTES: u64 = 100 * 1024 * 1024;
/// The most rows a sheet may use (the largest generated plan uses about 200).
pub const MAX_ROWS: u64 = 10_000;
/// The most columns a sheet may use (the widest sheet of the layout has about 20).
pub const MAX_COLUMNS: u64 = 200;

/// Checks a dataset file's size, and a zipped workbook's parts and sheets, against the limits.
/// The message says which limit, in words for an editor.
pub fn check_limits(bytes: &[u8]) -> Result<(), String> {
    check_size(bytes)?;
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // Not a readable zip: calamine says so in its own words.
        return Ok(());
    };
    if archive.len() > MAX_ENTRIES {
        return Err(format!(
            "文件里有 {} 个部件，超过 {MAX_ENTRIES} 个的上限：这不是 WPS 或 Excel 保存的表格",
            archive.len()
        ));
    }
    let mut unpacked = 0;
    for index in 0..archive.len() {
        let Ok(part) = archive.by_index(index) else {
            continue;
        };
        let name = part.name().to_owned();
        let budget = MAX_UNPACKED_BYTES - unpacked;
        // The reading itself stops one byte past what is left of the budget.
        let mut counted = Counted {
            inner: part.take(budget + 1),
            count: 0,
        };
        let used = if is_sheet_part(&name) {
            let used = sheet_extent(&mut counted, name.ends_with("content.xml"));
            // What the scan did not read still counts.
            std::io::copy(&mut counted, &mut std::io::sink()).ok();
            used
        } else {
            std::io::copy(&mut counted, &mut std::io::sink()).ok();
            None
        };
        unpacked += counted.count;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(format!(
                "文件解压后超过 {} MB 的上限（可能是“压缩炸弹”）：请用 WPS 或 Excel 另存为新文件",
                MAX_UNPACKED_BYTES / 1024 / 1024
            ));
        }
        if let Some(extent) = used {
            extent.check()?;
        }
    }
    Ok(())
}

/// Checks a dataset file's size (JSON or workbook).
pub fn check_size(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "文件有 {:.1} MB，超过 {} MB 的上限",
            bytes.len() as f64 / 1024.0 / 1024.0,
            MAX_FILE_BYTES / 1024 / 1024
        ));
    }
    Ok(())
}

/// The parts that hold cells: an .xlsx file's worksheets, an .ods file's content.
fn is_sheet_part(name: &str) -> bool {
    (name.starts_with("xl/worksheets/") && name.ends_with(".xml")) || name == "content.xml"
}

/// How far a sheet reaches: the last row and column holding a cell (1-based), and its name
/// where the part says it.
#[derive(Default)]
struct Extent {
    sheet: Option<String>,
    rows: u64,
    columns: u64,
}

impl Extent {
    fn check(&self) -> Result<(), String> {
        let sheet = match &self.sheet {
            Some(name) => format!("工作表“{name}”"),
            None => "有一张工作表".to_owned(),
        };
        if self.rows > MAX_ROWS {
            return Err(format!(
                "{sheet}用到了第 {} 行，超过 {MAX_ROWS} 行的上限：请删除多余的行",
                self.rows
            ));
        }
        if self.columns > MAX_COLUMNS {
            return Err(format!(
                "{sheet}用到了第 {} 列，超过 {MAX_COLUMNS} 列的上限：请删除多余的列",
                self.columns
            ));
        }
        Ok(())
    }

    fn widest(self, other: Extent) -> Extent {
        if other.rows > MAX_ROWS || other.columns > MAX_COLUMNS {
            other
        } else if self.rows > MAX_ROWS || self.columns > MAX_COLUMNS {
            self
        } else {
            Extent {
                sheet: self.sheet.or(other.sheet),
                rows: self.rows.max(other.rows),
                columns: self.columns.max(other.columns),
            }
        }
    }
}

/// The extent of the sheets in one part, or `None` where its XML cannot be read (calamine then
/// gives its own fault). An .ods part holds every sheet, and the one past a limit is returned.
fn sheet_extent(part: &mut impl Read, open_document: bool) -> Option<Extent> {
    let mut reader = Reader::from_reader(BufReader::new(part));
    let mut buffer = Vec::new();
    let mut scan = if open_document {
        Scan::OpenDocument(OdsScan::default())
    } else {
        Scan::Excel(XlsxScan::default())
    };
    loop {
        let event = reader.read_event_into(&mut buffer).ok()?;
        match &event {
            Event::Eof => break,
            Event::Start(element) | Event::Empty(element) => {
                let empty = matches!(event, Event::Empty(_));
                match &mut scan {
                    Scan::Excel(excel) => excel.start(element),
                    Scan::OpenDocument(ods) => ods.start(element, empty),
                }
            }
            Event::End(element) => {
                if let Scan::OpenDocument(ods) = &mut scan {
                    ods.end(element.name().as_ref());
                }
            }
            _ => {}
        }
        if scan.extent().rows > MAX_ROWS || scan.extent().columns > MAX_COLUMNS {
            break;
        }
        buffer.clear();
    }
    Some(match scan {
        Scan::Excel(excel) => excel.extent,
        // A scan stopped inside a sheet past a limit has that sheet as its current one.
        Scan::OpenDocument(ods) => ods.widest.widest(ods.current),
    })
}

enum Scan {
    Excel(XlsxScan),
    OpenDocument(OdsScan),
}

impl Scan {
    fn extent(&self) -> &Extent {
        match self {
            Scan::Excel(excel) => &excel.extent,
            Scan::OpenDocument(ods) => &ods.current,
        }
    }
}

/// An .xlsx worksheet: each `<c r="B12">` names its cell; a cell without `r` follows the last
/// one in its row, and a `<row r="12">` without cells still counts only once it has one.
#[derive(Default)]
struct XlsxScan {
    extent: Extent,
    row: u64,
    column: u64,
}

impl XlsxScan {
    fn start(&mut self, element: &BytesStart) {
        match element.local_name().as_ref() {
            b"row" => {
                self.row = attribute(element, b"r")
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(self.row + 1);
                self.column = 0;
            }
            b"c" => {
                match attribute(element, b"r").and_then(|r| cell_position(&r)) {
                    Some((row, column)) => {
                        self.row = row;
                        self.column = column;
                    }
                    None => self.column += 1,
                }
                self.extent.rows = self.extent.rows.max(self.row);
                self.extent.columns = self.extent.columns.max(self.column);
            }
            _ => {}
        }
    }
}

/// An .ods content part: rows and cells repeat (`number-rows-repeated`,
/// `number-columns-repeated`), and only those holding a value or formula count, since the
/// programs write long runs of empty ones to the sheet's end.
#[derive(Default)]
struct OdsScan {
    current: Extent,
    widest: Extent,
    /// Rows of the current sheet so far, and the current row's repeats, column and whether it
    /// holds a value.
    rows: u64,
    row_repeats: u64,
    column: u64,
    row_has_value: bool,
}

impl OdsScan {
    fn start(&mut self, element: &BytesStart, empty: bool) {
        match element.name().as_ref() {
            b"table:table" => {
                self.current = Extent {
                    sheet: attribute(element, b"table:name"),
                    ..Extent::default()
                };
                self.rows = 0;
                if empty {
                    self.end(b"table:table");
                }
            }
            b"table:table-row" => {
                self.row_repeats = repeats(element, b"table:number-rows-repeated");
                self.column = 0;
                self.row_has_value = false;
                if empty {
                    self.end(b"table:table-row");
                }
            }
            b"table:table-cell" | b"table:covered-table-cell" => {
                let columns = repeats(element, b"table:number-columns-repeated");
                let has_value = attribute(element, b"office:value-type").is_some()
                    || attribute(element, b"table:formula").is_some();
                self.column = self.column.saturating_add(columns);
                if has_value {
                    self.row_has_value = true;
                    self.current.columns = self.current.columns.max(self.column);
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"table:table-row" => {
                self.rows = self.rows.saturating_add(self.row_repeats);
                if self.row_has_value {
                    self.current.rows = self.rows;
                }
            }
            b"table:table" => {
                let current = std::mem::take(&mut self.current);
                self.widest = std::mem::take(&mut self.widest).widest(current);
            }
            _ => {}
        }
    }
}

fn attribute(element: &BytesStart, name: &[u8]) -> Option<String> {
    element
        .try_get_attribute(name)
        .ok()
        .flatten()
        .map(|value| String::from_utf8_lossy(&value.value).into_owned())
}

fn repeats(element: &BytesStart, name: &[u8]) -> u64 {
    attribute(element, name)
        .and_then(|value| value.parse().ok())
        .unwrap_or(1)
}

/// `B12` as (12, 2): 1-based row and column.
fn cell_position(reference: &str) -> Option<(u64, u64)> {
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let (column, row) = reference.split_at(letters);
    let column = column.bytes().try_fold(0u64, |sum, letter| {
        sum.checked_mul(26)?
            .checked_add(u64::from(letter.to_ascii_uppercase() - b'A' + 1))
    })?;
    Some((row.parse().ok()?, column))
}

/// A reader that counts the bytes read through it.
struct Counted<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buffer)?;
        self.count += read as u64;
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_positions_read_letters_as_columns() {
        assert_eq!(cell_position("A1"), Some((1, 1)));
        assert_eq!(cell_position("AB12"), Some((12, 28)));
        assert_eq!(cell_position("XFD1048576"), Some((1_048_576, 16_384)));
        assert_eq!(cell_position("12"), Some((12, 0)));
        assert_eq!(cell_position("A"), None);
    }

    #[test]
    fn an_ods_sheet_counts_only_rows_and_columns_with_values() {
        let xml = r#"<office:document-content><office:body><office:spreadsheet>
            <table:table table:name="主要目标">
              <table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>
              <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row>
              <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            </table:table>
            <table:table table:name="重点任务">
              <table:table-row table:number-rows-repeated="20000"><table:table-cell office:value-type="string"/></table:table-row>
            </table:table>
        </office:spreadsheet></office:body></office:document-content>"#;
        let extent = sheet_extent(&mut xml.as_bytes(), true).unwrap();
        assert_eq!(extent.sheet.as_deref(), Some("重点任务"));
        assert_eq!(extent.rows, 20_000);
        let message = extent.check().unwrap_err();
        assert!(
            message.contains("工作表“重点任务”用到了第 20000 行"),
            "{message}"
        );

        let first = &xml[..xml.find("<table:table table:name=\"重点任务\">").unwrap()];
        let extent = sheet_extent(&mut first.as_bytes(), true).unwrap();
        assert_eq!((extent.rows, extent.columns), (4, 3));
        assert!(extent.check().is_ok());
    }

    #[test]
    fn an_xlsx_sheet_reaches_its_farthest_cell() {
        let xml = r#"<worksheet><sheetData>
            <row r="1"><c r="A1"/><c/><c/></row>
            <row r="7"><c r="B7"><v>1</v></c></row>
        </sheetData></worksheet>"#;
        let extent = sheet_extent(&mut xml.as_bytes(), false).unwrap();
        assert_eq!((extent.rows, extent.columns), (7, 3));
        let far = r#"<worksheet><sheetData><row r="1"><c r="A1"/><c r="XFD1048576"/></row></sheetData></worksheet>"#;
        let message = sheet_extent(&mut far.as_bytes(), false)
            .unwrap()
            .check()
            .unwrap_err();
        assert!(message.contains("第 1048576 行"), "{message}");
    }
}
