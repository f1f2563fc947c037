//! How far a workbook's sheets reach, scanned from their XML as it is unpacked (streamed), so that
//! a sheet of a million rows, or one cell far down or far right, is found before calamine would
//! allocate every cell of the rectangle up to it (`limits` sets the bounds and says the fault).

use std::io::{BufReader, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// The most rows and columns a sheet may reach.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub rows: u64,
    pub columns: u64,
}

impl Bounds {
    fn exceeded_by(&self, extent: &Extent) -> bool {
        extent.rows > self.rows || extent.columns > self.columns
    }
}

/// How far a sheet reaches: the last row and column holding a cell (1-based), and its name
/// where the part says it.
#[derive(Debug, Default)]
pub struct Extent {
    pub sheet: Option<String>,
    pub rows: u64,
    pub columns: u64,
}

impl Extent {
    /// Two sheets' extents together: the farthest row and column, the first name.
    fn merged(self, other: Extent) -> Extent {
        Extent {
            sheet: self.sheet.or(other.sheet),
            rows: self.rows.max(other.rows),
            columns: self.columns.max(other.columns),
        }
    }
}

/// The extent of the sheets in one part, or `None` where its XML cannot be read (calamine then
/// gives its own fault). The scan stops past the bounds; an .ods part holds every sheet, and the
/// one past the bounds is returned.
pub fn sheet_extent(part: &mut impl Read, open_document: bool, bounds: Bounds) -> Option<Extent> {
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
        if bounds.exceeded_by(scan.extent()) {
            break;
        }
        buffer.clear();
    }
    Some(match scan {
        Scan::Excel(excel) => excel.extent,
        // A scan stops inside a sheet once it is past the bounds: that sheet is the current one
        // (the sheets before it, merged, are within them).
        Scan::OpenDocument(ods) if bounds.exceeded_by(&ods.current) => ods.current,
        Scan::OpenDocument(ods) => ods.ended.merged(ods.current),
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
    /// The sheet being scanned, and the sheets ended before it, merged.
    current: Extent,
    ended: Extent,
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
                self.ended = std::mem::take(&mut self.ended).merged(current);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The workbook's bounds (`limits::MAX_ROWS`, `limits::MAX_COLUMNS`).
    const BOUNDS: Bounds = Bounds {
        rows: 10_000,
        columns: 200,
    };

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
        let extent = sheet_extent(&mut xml.as_bytes(), true, BOUNDS).unwrap();
        assert_eq!(extent.sheet.as_deref(), Some("重点任务"));
        assert_eq!(extent.rows, 20_000);

        let first = &xml[..xml.find("<table:table table:name=\"重点任务\">").unwrap()];
        let extent = sheet_extent(&mut first.as_bytes(), true, BOUNDS).unwrap();
        assert_eq!(extent.sheet.as_deref(), Some("主要目标"));
        assert_eq!((extent.rows, extent.columns), (4, 3));
    }

    #[test]
    fn an_xlsx_sheet_reaches_its_farthest_cell() {
        let xml = r#"<worksheet><sheetData>
            <row r="1"><c r="A1"/><c/><c/></row>
            <row r="7"><c r="B7"><v>1</v></c></row>
        </sheetData></worksheet>"#;
        let extent = sheet_extent(&mut xml.as_bytes(), false, BOUNDS).unwrap();
        assert_eq!((extent.rows, extent.columns), (7, 3));
        let far = r#"<worksheet><sheetData><row r="1"><c r="A1"/><c r="XFD1048576"/></row></sheetData></worksheet>"#;
        let extent = sheet_extent(&mut far.as_bytes(), false, BOUNDS).unwrap();
        assert_eq!((extent.sheet, extent.rows), (None, 1_048_576));
    }
}
