//! An OpenDocument spreadsheet (.ods, as LibreOffice and WPS save it) reads as the .xlsx does.
//! The test writes the exported plan's cells as a minimal .ods itself, with its dates as
//! OpenDocument dates, since no program here writes .ods.

use std::io::Write;

use crate::common::{plan as dataset, Book, Value};
use yitu::workbook::read_workbook;
use zip::write::SimpleFileOptions;

#[test]
fn an_ods_workbook_reads_as_the_plan() {
    let mut book = Book::exported(dataset());
    // 成文日期 and 发布日期 as OpenDocument dates.
    book.set("文件信息", "B10", Value::Date(2024, 3, 15)).set(
        "文件信息",
        "B11",
        Value::Date(2024, 3, 18),
    );
    let read = read_workbook(&ods(&book)).unwrap_or_else(|faults| panic!("{faults:#?}"));
    assert_eq!(&read, dataset());
}

/// The book as .ods: a mimetype, a manifest and content.xml with one table per sheet.
fn ods(book: &Book) -> Vec<u8> {
    let mut content = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
        r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
        r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">"#,
        r#"<office:body><office:spreadsheet>"#,
    ));
    for (name, cells) in &book.sheets {
        content += &format!(r#"<table:table table:name="{}">"#, escape(name));
        let last_row = cells.keys().map(|(row, _)| *row).max().unwrap_or(0);
        for row in 0..=last_row {
            content += "<table:table-row>";
            let last_col = cells
                .keys()
                .filter(|(r, _)| *r == row)
                .map(|(_, col)| *col)
                .max();
            for col in 0..=last_col.unwrap_or(0) {
                content += &match cells.get(&(row, col)) {
                    None => "<table:table-cell/>".to_owned(),
                    Some(Value::Text(text)) => format!(
                        r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                        escape(text)
                    ),
                    Some(Value::Number(number)) => format!(
                        r#"<table:table-cell office:value-type="float" office:value="{number}"/>"#
                    ),
                    Some(Value::Date(y, m, d)) => format!(
                        r#"<table:table-cell office:value-type="date" office:date-value="{y:04}-{m:02}-{d:02}"/>"#
                    ),
                    Some(Value::Formula(..)) => panic!("no formulas in this test"),
                };
            }
            content += "</table:table-row>";
        }
        content += "</table:table>";
    }
    content += "</office:spreadsheet></office:body></office:document-content>";
    let manifest = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#,
        r#"<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#,
        r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#,
        r#"</manifest:manifest>"#,
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
