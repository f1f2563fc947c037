use super::*;
use crate::model::parse;
use crate::workbook::{read_workbook, ReviewItem};

fn plan() -> Dataset {
    parse(include_bytes!("../../data/dazu-2024-16.json")).expect("the plan is valid")
}

#[test]
fn a_book_reads_back_into_its_dataset_in_memory_and_as_a_file() {
    let dataset = plan();
    let book = Book::of(&dataset);
    assert_eq!(book.read().expect("the plan's cells read"), dataset);
    let bytes = book.xlsx(&[]).expect("written");
    assert_eq!(read_workbook(&bytes).expect("the file reads"), dataset);
}

#[test]
fn an_edit_is_read_as_the_file_would_be_and_can_be_taken_back() {
    let mut book = Book::of(&plan());
    // The plan's first indicator, row 3 of 主要目标: its short name in column D.
    assert_eq!(book.value("主要目标!D3").as_deref(), Some("每千人口托位数"));
    assert_eq!(
        book.set("主要目标!D3", " 托位数 ").as_deref(),
        Some("每千人口托位数")
    );
    assert_eq!(
        book.read().expect("still valid").indicators[0].short_name,
        "托位数"
    );
    let bytes = book.xlsx(&[]).expect("written");
    assert_eq!(
        read_workbook(&bytes).unwrap().indicators[0].short_name,
        "托位数"
    );
    book.set("主要目标!D3", "每千人口托位数");
    assert_eq!(book, Book::of(&plan()));
}

#[test]
fn a_wrong_edit_is_a_fault_on_its_cell_with_the_workbooks_words() {
    let mut book = Book::of(&plan());
    // 重点任务!E3 is the first task's lead; 区外交部 is no department of the plan.
    book.set("重点任务!E3", "区外交部");
    let faults = book.read().expect_err("an unknown department");
    let fault = faults
        .iter()
        .find(|f| f.sheet == "重点任务")
        .expect("on 重点任务");
    assert_eq!((fault.row, fault.col), (2, 4));
    assert!(fault.message.contains("区外交部"), "{}", fault.message);
}

#[test]
fn addresses_that_are_no_single_data_cell_have_no_value() {
    let mut book = Book::of(&plan());
    for address in [
        "全文",
        "主要目标!T3:T12",
        "主要目标!D2",
        "主要目标!D999",
        "主要目标!ZZ3",
        "无此表!A3",
        "主要目标!d3",
    ] {
        assert_eq!(book.value(address), None, "{address}");
        assert_eq!(book.set(address, "x"), None, "{address}");
    }
}

#[test]
fn a_field_is_named_by_its_item_and_column() {
    let book = Book::of(&plan());
    assert_eq!(
        book.field("文件信息!B3").as_deref(),
        Some("文件信息 · 标题")
    );
    assert_eq!(
        book.field("主要目标!D5").as_deref(),
        Some("指标 3「托位使用率」 · 简称")
    );
    assert_eq!(
        book.field("部门!B3").as_deref(),
        Some("部门「区教委」 · 网址标识")
    );
    assert!(book.field("重点任务!E3").unwrap().starts_with("任务 1「"));
    assert_eq!(
        book.field("主要目标!T3:T12").as_deref(),
        Some("主要目标 · 相关任务（第 3—12 行）")
    );
    assert_eq!(book.field("全文").as_deref(), Some("通知全文"));
}

#[test]
fn a_field_opens_on_its_own_page() {
    let book = Book::of(&plan());
    assert_eq!(book.view("文件信息!B3"), Some(Route::Overview));
    assert_eq!(book.view("主要目标!D5"), Some(Route::Indicator { id: 3 }));
    assert_eq!(book.view("重点任务!E3"), Some(Route::Task { id: 1 }));
    assert_eq!(book.view("全文"), None);
}

#[test]
fn the_review_sheet_lists_what_is_left() {
    let book = Book::of(&plan());
    let item = ReviewItem {
        cell: "主要目标!D3".to_owned(),
        reason: "简称请改短".to_owned(),
        source: "每千人口拥有3岁以下婴幼儿托位数".to_owned(),
        line: Some(44),
        routine: true,
    };
    let cells = |bytes: Vec<u8>| {
        use calamine::Reader as _;
        let mut file = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let range = file.worksheet_range("待核对").expect("the sheet is there");
        range
            .rows()
            .skip(2)
            .map(|row| row[0].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(cells(book.xlsx(&[item]).unwrap()), ["主要目标!D3"]);
    assert!(cells(book.xlsx(&[]).unwrap()).is_empty());
}
