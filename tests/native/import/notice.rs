//! `import_notice`, the one import of `make import` and the builder page: the form by the file's
//! extension (in any case), the workbook it writes, the note on a file that is not UTF-8 (a .txt
//! or, now, an .html decoded as GB18030), and the errors as `make import` prints them.

use calamine::{open_workbook_auto_from_rs, Reader as _};
use yitu::import::{import_docx, import_html, import_notice, import_text_bytes};
use yitu::workbook::{read_workbook, REVIEW_SHEET};

use super::assert_flagged;
use super::docx::docx;
use super::forms::fixture;

const GBK_NOTE: &str = "不是 UTF-8，已按 GB18030（GBK）解码";

/// The cells column A of the workbook's 待核对 sheet lists, read with calamine (another reader
/// than the one the site uses), from its first data row on.
fn review_cells(workbook: &[u8]) -> Vec<String> {
    let mut book = open_workbook_auto_from_rs(std::io::Cursor::new(workbook)).expect("a workbook");
    assert_eq!(
        book.sheet_names().last().map(String::as_str),
        Some(REVIEW_SHEET),
        "the draft's workbook ends with its 待核对 sheet"
    );
    let sheet = book.worksheet_range(REVIEW_SHEET).unwrap();
    assert_eq!(
        sheet.get_value((1, 0)).map(ToString::to_string).as_deref(),
        Some("单元格")
    );
    (2..)
        .map(|row| sheet.get_value((row, 0)).map(ToString::to_string))
        .take_while(|cell| cell.as_deref().is_some_and(|cell| !cell.is_empty()))
        .flatten()
        .collect()
}

#[test]
fn each_extension_is_read_as_its_form_with_the_workbook_of_the_draft() {
    let html = fixture("table.html");
    for name in ["通知.html", "通知.HTM", "dir/notice.htm"] {
        let imported = import_notice(html.as_bytes(), name).expect(name);
        assert_eq!(imported.draft, import_html(&html), "{name}");
        assert_eq!(imported.note, None, "{name}");
        // The draft's workbook (not yet readable as a plan: the fixture has no 发文字号) holds the
        // fixture's first task, and its 待核对 sheet lists what
        // forms::an_html_table_with_merged_cells_and_scripts expects flagged in this fixture.
        let mut book = open_workbook_auto_from_rs(std::io::Cursor::new(&imported.workbook))
            .expect("a workbook");
        let tasks = book.worksheet_range("重点任务").expect("a 重点任务 sheet");
        assert!(
            tasks
                .used_cells()
                .any(|(_, _, cell)| *cell == "建设社区食堂。在每个街道建成一处社区食堂。"),
            "{name}: the first task"
        );
        let cells = review_cells(&imported.workbook);
        for cell in ["重点任务!E4", "重点任务!F3", "主要目标!R3"] {
            assert!(
                cells.iter().any(|listed| listed == cell),
                "{name}: {cell} not in {cells:?}"
            );
        }
    }
    let text = fixture("dazu-2024-16.txt");
    for name in ["dazu.txt", "dazu.TEXT"] {
        let imported = import_notice(text.as_bytes(), name).expect(name);
        assert_eq!(imported.draft, import_text_bytes(text.as_bytes()), "{name}");
        assert_eq!(imported.note, None);
    }
    let imported = import_notice(text.as_bytes(), "dazu.txt").unwrap();
    // The document's 10 indicators, 16 tasks and 18 departments, and the 41 cells to check that
    // plan::what_was_drafted_or_mended_is_listed names one by one (5 + 10 short names + 18 slugs
    // + 8 line-wrap spaces).
    assert_eq!(
        imported.summary(),
        "10 个指标、16 项任务、18 个部门；待核对 41 项"
    );
    assert_eq!(
        read_workbook(&imported.workbook).as_ref(),
        Ok(&imported.draft.dataset)
    );
    let cells = review_cells(&imported.workbook);
    assert_eq!(cells.len(), 41, "{cells:?}");
    assert_eq!(cells.first().map(String::as_str), Some("全文"), "{cells:?}");
    let bytes = docx("<w:p><w:r><w:t>关于印发某方案的通知</w:t></w:r></w:p>");
    let imported = import_notice(&bytes, "通知.DOCX").unwrap();
    assert_eq!(imported.draft, import_docx(&bytes).unwrap());
    assert_eq!(imported.note, None);
}

#[test]
fn a_gbk_html_is_decoded_as_gb18030_and_says_so() {
    let html = fixture("table.html");
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&html);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the bytes are not UTF-8"
    );
    let imported = import_notice(&bytes, "table.html").expect("a GBK page imports");
    assert_eq!(imported.note.as_deref(), Some(GBK_NOTE));
    assert_eq!(imported.draft.dataset, import_html(&html).dataset);
    assert_flagged(&imported.draft, &[("全文", "GB18030")]);
    // The same for a text file, as before.
    let text = fixture("shared-roles.txt");
    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
    let imported = import_notice(&bytes, "notice.txt").unwrap();
    assert_eq!(imported.note.as_deref(), Some(GBK_NOTE));
    assert_flagged(&imported.draft, &[("全文", "GB18030")]);
    // A UTF-8 page with a BOM is read as it is and not flagged.
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), html.as_bytes()].concat();
    let imported = import_notice(&with_bom, "table.html").unwrap();
    assert_eq!(imported.note, None);
    assert_eq!(imported.draft.dataset, import_html(&html).dataset);
    assert!(!imported
        .draft
        .review
        .iter()
        .any(|item| item.reason.contains("GB18030")));
}

#[test]
fn errors_name_the_file_as_make_import_prints_them() {
    let error = import_notice(b"text", "dir/notice.pdf").unwrap_err();
    assert_eq!(
        error,
        "dir/notice.pdf: 不认识的扩展名 \"pdf\"：应为 .txt、.html 或 .docx"
    );
    let error = import_notice(b"text", "notice").unwrap_err();
    assert_eq!(
        error,
        "notice: 不认识的扩展名 \"\"：应为 .txt、.html 或 .docx"
    );
    let error = import_notice(b"not a zip", "通知.docx").unwrap_err();
    assert!(
        error.starts_with("通知.docx: 不是可读的 .docx 文件：打不开"),
        "{error}"
    );
    // The zip reader's English never reaches the editor.
    assert!(!error.contains("zip") && !error.contains("EOCD"), "{error}");
    // A zip bomb: 21 MB of text packed into a small .docx.
    let padding = "通".repeat(7_000_000);
    let bomb = docx(&format!("<w:p><w:r><w:t>{padding}</w:t></w:r></w:p>"));
    let error = import_notice(&bomb, "通知.docx").unwrap_err();
    assert_eq!(
        error,
        "通知.docx: word/document.xml 解压后超过 20 MB，不像一份通知"
    );
}
