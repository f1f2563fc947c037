//! `import_notice`, the one import of `make import` and the builder page: the form by the file's
//! extension (in any case), the workbook it writes, the note on a file that is not UTF-8 (a .txt
//! or, now, an .html decoded as GB18030), and the errors as `make import` prints them.

use yitu::import::{import_docx, import_html, import_notice, import_text_bytes};
use yitu::workbook::workbook_with_review;

use super::assert_flagged;
use super::docx::docx;
use super::forms::fixture;

const GBK_NOTE: &str = "不是 UTF-8，已按 GB18030（GBK）解码";

#[test]
fn each_extension_is_read_as_its_form_with_the_workbook_of_the_draft() {
    let html = fixture("table.html");
    for name in ["通知.html", "通知.HTM", "dir/notice.htm"] {
        let imported = import_notice(html.as_bytes(), name).expect(name);
        assert_eq!(imported.draft, import_html(&html), "{name}");
        assert_eq!(imported.note, None, "{name}");
        let expected = workbook_with_review(&imported.draft.dataset, &imported.draft.review);
        assert_eq!(imported.workbook, expected.unwrap(), "{name}");
    }
    let text = fixture("dazu-2024-16.txt");
    for name in ["dazu.txt", "dazu.TEXT"] {
        let imported = import_notice(text.as_bytes(), name).expect(name);
        assert_eq!(imported.draft, import_text_bytes(text.as_bytes()), "{name}");
        assert_eq!(imported.note, None);
    }
    let imported = import_notice(text.as_bytes(), "dazu.txt").unwrap();
    assert_eq!(
        imported.summary(),
        format!(
            "{} 个指标、{} 项任务、{} 个部门；待核对 {} 项",
            imported.draft.dataset.indicators.len(),
            imported.draft.dataset.tasks().count(),
            imported.draft.dataset.departments.len(),
            imported.draft.review.len()
        )
    );
    assert!(imported.summary().starts_with("10 个指标、16 项任务、"));
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
