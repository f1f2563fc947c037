//! A .docx built here with the zip crate's writer (no binary is committed): its paragraphs and
//! a task table with a cell spanning the columns and a cell merged down.

use std::io::{Cursor, Write};

use yitu::import::import_docx;

use super::forms::{check, Expected};

/// A .docx holding `body` (WordprocessingML) as its document.xml.
pub fn docx(body: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(b"<Types/>").unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn tc(text: &str, properties: &str) -> String {
    format!("<w:tc><w:tcPr>{properties}</w:tcPr>{}</w:tc>", p(text))
}

fn tr(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

#[test]
fn a_docx_with_spanned_and_merged_cells() {
    let restart = r#"<w:vMerge w:val="restart"/>"#;
    let rows = [
        tr(&[
            tc("序号", ""),
            tc("重点任务", ""),
            tc("牵头单位", ""),
            tc("责任单位", ""),
        ]),
        tr(&[tc("一、织密服务网络", r#"<w:gridSpan w:val="4"/>"#)]),
        tr(&[
            tc("1", ""),
            tc("建设村级服务站。每村一站。", ""),
            tc("镇农业服务中心", restart),
            tc("各村", ""),
        ]),
        tr(&[
            tc("2", ""),
            tc("培训村级服务员。", ""),
            tc("", "<w:vMerge/>"),
            tc("镇财政所、镇社会事务办", ""),
        ]),
    ];
    let body = [
        p("某镇人民政府关于印发某镇便民服务行动方案(2024—2025年)的通知"),
        p("现将《某镇便民服务行动方案(2024—2025年)》印发给你们。"),
        format!("<w:tbl>{}</w:tbl>", rows.concat()),
    ]
    .concat();
    let draft = import_docx(&docx(&body)).unwrap();
    let tasks: &[Expected] = &[
        (1, "建设村级服务站。", &["镇农业服务中心"], &["各村"], None),
        (
            2,
            "培训村级服务员。",
            &["镇农业服务中心"],
            &["镇财政所", "镇社会事务办"],
            None,
        ),
    ];
    check(&draft, tasks, &[("重点任务!E4", "合并")]);
    assert_eq!(draft.dataset.sections[0].title, "一、织密服务网络");
    assert_eq!(
        draft.dataset.document.plan_title,
        "某镇便民服务行动方案(2024—2025年)"
    );
}
