//! The editors' workbook gives back exactly the dataset it was written from: for the plan, for
//! every valid fixture, after another program (openpyxl) saved it, and after the forgiving forms
//! an editor may type.

use crate::common::{plan as dataset, python, scratch, text, Book, Value};
use yitu::model::{parse, PublishedResult, Target};
use yitu::workbook::{read_workbook, workbook_bytes};

/// Every dataset the round trip covers: the plan and each JSON fixture (valid ones by design).
fn datasets() -> Vec<(String, yitu::model::Dataset)> {
    let mut all = vec![("plan".to_owned(), dataset().clone())];
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "json")
        })
        .collect();
    files.sort();
    for path in files {
        let parsed = parse(&std::fs::read(&path).unwrap())
            .unwrap_or_else(|faults| panic!("{}: {faults:?}", path.display()));
        all.push((path.display().to_string(), parsed));
    }
    assert!(all.len() >= 2, "the fixtures are found");
    all
}

#[test]
fn json_to_workbook_to_json_is_exact() {
    for (name, original) in datasets() {
        let bytes = workbook_bytes(&original).unwrap();
        let read = read_workbook(&bytes).unwrap_or_else(|faults| panic!("{name}: {faults:?}"));
        assert_eq!(read, original, "{name}");
        // The same dataset always gives the same bytes.
        assert_eq!(workbook_bytes(&read).unwrap(), bytes, "{name}");
    }
}

#[test]
fn a_workbook_saved_again_by_openpyxl_reads_the_same() {
    let dir = scratch("openpyxl");
    for (index, (name, original)) in datasets().into_iter().enumerate() {
        let exported = dir.join(format!("{index}.xlsx"));
        let saved = dir.join(format!("{index}-saved.xlsx"));
        std::fs::write(&exported, workbook_bytes(&original).unwrap()).unwrap();
        python("resave.py", &[&exported, &saved]);
        let bytes = std::fs::read(&saved).unwrap();
        assert_ne!(
            bytes,
            std::fs::read(&exported).unwrap(),
            "openpyxl wrote its own file"
        );
        let read = read_workbook(&bytes).unwrap_or_else(|faults| panic!("{name}: {faults:?}"));
        assert_eq!(read, original, "{name}");
    }
}

/// The acceptance edit, made by openpyxl as an editor would in WPS: one 2025 target changed and
/// one published result added. The dataset read back has exactly those two changes, and the
/// workbook written from it differs from the plan's in exactly those cells.
#[test]
fn an_edited_workbook_changes_only_what_the_editor_changed() {
    let dir = scratch("edited");
    let plan = dir.join("plan.xlsx");
    let edited = dir.join("edited.xlsx");
    std::fs::write(&plan, workbook_bytes(dataset()).unwrap()).unwrap();
    python("edit.py", &[&plan, &edited]);
    let read = read_workbook(&std::fs::read(&edited).unwrap()).unwrap();

    let mut expected = dataset().clone();
    let indicator = &mut expected.indicators[0];
    indicator.target = Target::Value {
        comparator: yitu::model::Comparator::Reach,
        value: 5.0,
        wording: Default::default(),
    };
    indicator.results.push(PublishedResult {
        year: 2024,
        value: 3.2,
        date: "2025-01-20".to_owned(),
        source: "示例公报（测试数据，非真实发布）".to_owned(),
        url: None,
    });
    assert_eq!(read, expected);

    let before = Book::exported(dataset());
    let after = Book::exported(&read);
    let mut changed = Vec::new();
    for ((sheet, old), (_, new)) in before.sheets.iter().zip(&after.sheets) {
        for position in old.keys().chain(new.keys()) {
            if old.get(position) != new.get(position) && !changed.contains(&(sheet, *position)) {
                changed.push((sheet, *position));
            }
        }
    }
    let changed: Vec<String> = changed
        .iter()
        .map(|(sheet, (row, col))| {
            format!(
                "{sheet}!{}",
                rust_xlsxwriter::utility::row_col_to_cell(*row, *col)
            )
        })
        .collect();
    assert_eq!(
        changed,
        [
            "主要目标!J3",
            "公开结果!A3",
            "公开结果!B3",
            "公开结果!C3",
            "公开结果!D3",
            "公开结果!E3"
        ]
    );
}

/// What an editor may type where the meaning is certain reads as the exported workbook does.
#[test]
fn forgiving_forms_read_as_the_plain_ones() {
    let mut book = Book::exported(dataset());
    let task_text = match book.get("重点任务", "D3") {
        Some(Value::Text(task)) => task,
        other => panic!("task 1's text: {other:?}"),
    };
    book.set("主要目标", "G3", text(" ２ ")) // full-width digit, spaces
        .set("主要目标", "J3", text("4.5")) // a number stored as text
        .set("主要目标", "G4", text("/")) // a missing baseline
        .clear("主要目标", "G8") // a missing baseline, left empty
        .set("主要目标", "A5", text("３")) // a full-width id
        .set("文件信息", "B10", Value::Date(2024, 3, 15)) // an Excel date
        .set("文件信息", "B11", text("2024/3/18")) // a date typed as text
        .set("文件信息", "B12", text("2023年")) // a year with 年
        .set("重点任务", "D3", Value::Text(format!("{task_text}  ")))
        .set("重点任务", "E3", text("区教委，区卫生健康委 ")) // another separator
        .set("主要目标", "I4", text("＝")); // a full-width equals sign
    let read = read_workbook(&book.bytes()).unwrap_or_else(|faults| panic!("{faults:#?}"));
    assert_eq!(&read, dataset());
}

/// Departments without a slug get their pinyin initials; the others keep theirs, so existing
/// page URLs stay as they are.
#[test]
fn departments_without_a_slug_get_pinyin_initials() {
    let mut book = Book::exported(dataset());
    assert_eq!(book.get("部门", "A4"), Some(text("区卫生健康委")));
    book.clear("部门", "B4").clear("部门", "B3");
    let read = read_workbook(&book.bytes()).unwrap();
    let slugs: Vec<(&str, &str)> = read
        .departments
        .iter()
        .map(|department| (department.name.as_str(), department.slug.as_str()))
        .collect();
    assert_eq!(
        slugs[..3],
        [
            ("区教委", "qjw"),
            ("区卫生健康委", "qwsjkw"),
            ("各镇(街)", "towns-and-subdistricts")
        ]
    );
    for (original, read) in dataset().departments.iter().zip(&read.departments).skip(2) {
        assert_eq!(original, read);
    }
}
