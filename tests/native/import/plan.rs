//! Acceptance: this plan's scraped notice imports to the plan's own dataset, cell for cell, with
//! what it drafted and mended listed in 待核对, and the injected name nowhere in the draft.

use calamine::{open_workbook_auto_from_rs, Reader as _};
use yitu::import::{import_text, Draft};
use yitu::model::{parse, Dataset};
use yitu::workbook::{read_workbook, rows, workbook_with_review, INDICATORS, REVIEW_SHEET, TASKS};

use super::assert_flagged;

const NOTICE: &str = include_str!("../../fixtures/notices/dazu-2024-16.txt");

fn plan() -> Dataset {
    parse(include_bytes!("../../../src/data/dazu-2024-16.json"))
        .expect("the plan's dataset is valid")
}

fn draft() -> Draft {
    import_text(NOTICE)
}

#[test]
fn every_lead_and_responsible_mark_is_the_plans() {
    let (draft, plan) = (draft(), plan());
    let mut cells = 0;
    for task in plan.tasks() {
        let drafted = draft.dataset.task(task.id).expect("every task is drafted");
        for department in &plan.departments {
            let name = department.name.as_str();
            assert_eq!(
                drafted.role_of(name),
                task.role_of(name),
                "task {} × {name}",
                task.id
            );
            cells += 1;
        }
    }
    assert_eq!(cells, 16 * 18);
    let names = |dataset: &Dataset| {
        dataset
            .departments
            .iter()
            .map(|d| d.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&draft.dataset), names(&plan));
}

#[test]
fn every_target_table_cell_is_the_plans() {
    let (draft, plan) = (draft(), plan());
    let drafted_columns = [
        INDICATORS.column_of("short_name"),
        INDICATORS.column_of("tasks"),
    ];
    let (got, want) = (rows(&draft.dataset, &INDICATORS), rows(&plan, &INDICATORS));
    assert_eq!(got.len(), 10);
    let mut cells = 0;
    for (row, (got, want)) in got.iter().zip(&want).enumerate() {
        for (col, (got, want)) in got.iter().zip(want).enumerate() {
            if !drafted_columns.contains(&col) {
                assert_eq!(
                    got, want,
                    "主要目标 row {row} column {}",
                    INDICATORS.columns[col].header
                );
                cells += 1;
            }
        }
    }
    // Every column of 主要目标 but the two the notice does not print (简称, 相关任务).
    assert_eq!(cells, 10 * (INDICATORS.columns.len() - 2));
    assert_eq!(cells, 240);
}

#[test]
fn tasks_sections_and_document_are_the_plans() {
    let (draft, plan) = (draft(), plan());
    assert_eq!(rows(&draft.dataset, &TASKS), rows(&plan, &TASKS));
    assert_eq!(
        rows(&draft.dataset, &TASKS).len() * TASKS.columns.len(),
        16 * 10
    );
    let titles = |dataset: &Dataset| {
        dataset
            .sections
            .iter()
            .map(|s| (s.id, s.title.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&draft.dataset), titles(&plan));
    assert_eq!(draft.dataset.document, plan.document);
}

#[test]
fn what_was_drafted_or_mended_is_listed() {
    let draft = draft();
    let mut expected = vec![
        ("全文", "删去了 57 行只有“?”"),
        ("文件信息!B3", "关于印发"),
        ("文件信息!B5", "简称"),
        ("文件信息!B15", "上级规划"),
        ("主要目标!T3:T12", "相关任务"),
    ];
    let short_names: Vec<String> = (3..=12).map(|row| format!("主要目标!D{row}")).collect();
    expected.extend(short_names.iter().map(|cell| (cell.as_str(), "简称")));
    let slugs: Vec<String> = (3..=20).map(|row| format!("部门!B{row}")).collect();
    expected.extend(slugs.iter().map(|cell| (cell.as_str(), "网址标识")));
    // Each cell whose names a line wrap split: 区卫生 健康委 (E, 牵头单位) and 区市场 监管局 (F).
    let wraps =
        ["E5", "E6", "F6", "E7", "E8", "F9", "E10", "E17"].map(|cell| format!("重点任务!{cell}"));
    expected.extend(wraps.iter().map(|cell| (cell.as_str(), "空格")));
    assert_flagged(&draft, &expected);
    let spaces = draft
        .review
        .iter()
        .filter(|item| item.reason.contains("空格"))
        .count();
    assert_eq!(
        spaces,
        wraps.len(),
        "no other cell is said to have had a space"
    );
    assert_eq!(draft.review.len(), expected.len(), "{:#?}", draft.review);
}

#[test]
fn the_injected_name_is_nowhere_in_the_draft() {
    let draft = draft();
    let injected = "盛京棋牌";
    assert!(NOTICE.contains(injected), "the fixture holds it");
    let json = serde_json::to_string(&draft.dataset).unwrap();
    assert!(!json.contains(injected));
    assert!(draft
        .review
        .iter()
        .all(|item| !item.source.contains(injected) && !item.reason.contains(injected)));
    let title = draft
        .review
        .iter()
        .find(|item| item.cell == "文件信息!B3")
        .unwrap();
    assert!(title.source.contains("□□□□大足区"), "{title:?}");
}

#[test]
fn the_draft_workbook_lists_the_review_and_reads_back() {
    let draft = draft();
    let bytes = workbook_with_review(&draft.dataset, &draft.review).unwrap();
    assert_eq!(
        read_workbook(&bytes),
        Ok(draft.dataset.clone()),
        "the reader skips 待核对"
    );
    let mut book = open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names().last().map(String::as_str),
        Some(REVIEW_SHEET)
    );
    let sheet = book.worksheet_range(REVIEW_SHEET).unwrap();
    let cell = |row: u32, col: u32| {
        sheet
            .get_value((row, col))
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    assert_eq!(
        [cell(1, 0), cell(1, 1), cell(1, 2)],
        ["单元格", "原因", "原文"]
    );
    for (offset, item) in draft.review.iter().enumerate() {
        let row = 2 + offset as u32;
        assert_eq!(
            [cell(row, 0), cell(row, 1), cell(row, 2)],
            [
                item.cell.clone(),
                item.reason.clone(),
                item.source_with_line()
            ]
        );
    }
    assert!(cell(2 + draft.review.len() as u32, 0).is_empty());
}
