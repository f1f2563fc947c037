//! Hostile input gives a clear error or a harmless draft, reading a bounded amount.

use std::io::{Cursor, Write};

use yitu::import::{import_docx, import_html, import_text, ImportError, MAX_TEXT_BYTES};

use super::docx::docx;
use crate::common::full_tier;

#[test]
fn a_50_mb_text_is_cut_and_says_so() {
    let notice = include_str!("../../fixtures/notices/dazu-2024-16.txt");
    let text = notice.repeat(50_000_000 / notice.len() + 1);
    assert!(text.len() > 50_000_000);
    let draft = import_text(&text);
    let cut = draft
        .review
        .iter()
        .find(|item| item.reason.contains("文本过长"))
        .expect("the cut is listed");
    assert!(cut.reason.contains(&text.len().to_string()), "{cut:?}");
    let copies = MAX_TEXT_BYTES / notice.len() + 1;
    assert!(
        draft.dataset.indicators.len() <= 10,
        "later target tables are not imported"
    );
    assert!(draft.dataset.tasks().count() <= 16 * copies);
    let name = "盛京棋牌";
    assert!(!serde_json::to_string(&draft.dataset)
        .unwrap()
        .contains(name));
}

#[test]
fn a_docx_zip_bomb_is_refused() {
    // 30 MB of spaces pack into a few kilobytes: more than the importer unpacks.
    let padding = " ".repeat(30_000_000);
    let bomb = docx(&format!("<w:p><w:r><w:t>{padding}</w:t></w:r></w:p>"));
    assert!(bomb.len() < 1_000_000, "the bomb is small: {}", bomb.len());
    assert_eq!(import_docx(&bomb), Err(ImportError::TooLarge));
}

#[test]
fn a_docx_of_many_entries_is_refused() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for index in 0..1001 {
        zip.start_file(format!("word/media/{index}.xml"), options)
            .unwrap();
        zip.write_all(b"x").unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert_eq!(import_docx(&bytes), Err(ImportError::TooManyEntries(1001)));
}

#[test]
fn other_files_are_refused_with_a_reason() {
    assert!(matches!(
        import_docx(b"not a zip at all"),
        Err(ImportError::NotZip(_))
    ));
    let empty = {
        let zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.finish().unwrap().into_inner()
    };
    assert_eq!(import_docx(&empty), Err(ImportError::NoDocument));
    assert!(
        import_docx(&docx("")).is_ok(),
        "an empty body is an empty draft"
    );
    // A DTD (the way to an entity bomb) is refused.
    let with_dtd = {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(br#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><d>&b;</d>"#).unwrap();
        zip.finish().unwrap().into_inner()
    };
    assert!(matches!(
        import_docx(&with_dtd),
        Err(ImportError::Unreadable(_))
    ));
}

#[test]
fn html_with_scripts_and_deep_nesting_is_harmless() {
    let deep = format!(
        "{}<p>1. 深处的任务。（牵头单位：区教委）</p>{}",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let html = format!(
        "<script>alert('牵头单位：区黑客局')</script><style>p {{ color: red }}</style>\
         <p onclick=\"steal()\">一、板块</p><iframe src=\"x\">区黑客局</iframe>{deep}\
         <table><tr><td colspan=\"1000000\" rowspan=\"1000000\">序号</td></tr></table>"
    );
    let draft = import_html(&html);
    let json = serde_json::to_string(&draft.dataset).unwrap();
    assert!(!json.contains("黑客") && !json.contains("steal") && !json.contains("color"));
    let tasks: Vec<_> = draft
        .dataset
        .tasks()
        .map(|task| (task.text.clone(), task.lead.clone()))
        .collect();
    assert_eq!(
        tasks,
        [("深处的任务。".to_owned(), vec!["区教委".to_owned()])]
    );
}

#[test]
fn deep_brackets_and_long_lists_in_goals_and_roles_are_harmless() {
    // 100,000 brackets and 20,000 units under `make test` (the full tier), a tenth in `make check`.
    let (depth, units) = if full_tier() {
        (100_000, 20_000)
    } else {
        (10_000, 2_000)
    };
    let nested = format!(
        "到2025年，公园{}达到50%{}。\n1.开展工作。（责任单位：{}区教委）",
        "（".repeat(depth),
        "）".repeat(depth),
        "区局、".repeat(units)
    );
    let draft = import_text(&nested);
    let task = draft.dataset.tasks().next().expect("the task");
    assert_eq!(
        task.responsible.len(),
        2,
        "区局 once, 区教委 once ({depth} brackets, {units} units)"
    );
    // The repeated name is one item to check, not one for each time it is named.
    let repeated: Vec<_> = draft
        .review
        .iter()
        .filter(|item| item.reason.contains("“区局”在此格中出现"))
        .collect();
    assert_eq!(repeated.len(), 1, "items about the repeated name");
    assert!(repeated[0].reason.contains(&format!("出现 {units} 次")));
}
