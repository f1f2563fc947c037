//! Broken workbooks are rejected with every fault at once, each on its sheet and cell as WPS and
//! Excel name them. Each is the exported plan with one change, written again by rust_xlsxwriter.

use crate::common::{plan as dataset, text, Book, Value};
use yitu::workbook::read_workbook;

/// Applies `edit` to the exported plan and expects exactly `faults`, in this order.
fn check(edit: impl FnOnce(&mut Book), faults: &[&str]) {
    let mut book = Book::exported(dataset());
    edit(&mut book);
    let found = read_workbook(&book.bytes()).expect_err("the workbook is broken");
    let found: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(found, faults);
}

#[test]
fn an_unknown_department() {
    check(
        |book| {
            book.set("重点任务", "E7", text("区外交部"));
        },
        &["重点任务!E7: 未知部门：\"区外交部\"（部门表里没有这个名称：改成部门表里的写法，或在部门表里加上它）"],
    );
}

#[test]
fn a_merged_cell_where_values_belong() {
    check(
        |book| {
            book.merge("重点任务", "E5:E6");
        },
        &["重点任务!E5: 合并单元格 E5:E6：每一格都要填自己的值，请取消合并"],
    );
}

#[test]
fn a_formula_without_its_result() {
    check(
        |book| {
            book.set("主要目标", "J3", Value::Formula("=4+1".into(), String::new()));
        },
        &["主要目标!J3: 公式 =4+1 没有计算结果：请在 WPS 或 Excel 中重新计算并保存，或直接填写数值"],
    );
}

#[test]
fn a_formula_with_its_result_reads_as_the_result() {
    let mut book = Book::exported(dataset());
    book.set(
        "主要目标",
        "J3",
        Value::Formula("=9/2".into(), "4.5".into()),
    );
    assert_eq!(&read_workbook(&book.bytes()).unwrap(), dataset());
}

#[test]
fn an_error_value() {
    check(
        |book| {
            book.set(
                "主要目标",
                "G3",
                Value::Formula("=NA()".into(), "#N/A".into()),
            );
        },
        &["主要目标!G3: 单元格是错误值 #N/A（无基数请填 — 或留空）"],
    );
}

#[test]
fn an_unknown_target_kind() {
    check(
        |book| {
            book.set("主要目标", "H3", text("数字"));
        },
        &["主要目标!H3: 未知的“数字”，应为 数值、区间、变化、参照、上级下达、文字、无"],
    );
}

#[test]
fn an_unknown_comparator() {
    check(
        |book| {
            book.set("主要目标", "I3", text("≒"));
        },
        &["主要目标!I3: 未知的“≒”，应为 =、>、≥、≤、<、≈、同步"],
    );
}

#[test]
fn words_where_a_number_belongs() {
    check(
        |book| {
            book.set("主要目标", "G3", text("两个"));
        },
        &["主要目标!G3: 应为数字：“两个”（无基数请填 — 或留空）"],
    );
}

#[test]
fn a_cell_of_another_target_kind() {
    check(
        |book| {
            book.set("主要目标", "K3", Value::Number(3.0));
        },
        &["主要目标!K3: 目标类型为“数值”时此格应留空"],
    );
}

#[test]
fn an_empty_name() {
    check(
        |book| {
            book.clear("主要目标", "C4");
        },
        &["主要目标!C4: 此格不能为空"],
    );
}

#[test]
fn a_date_not_in_the_calendar() {
    check(
        |book| {
            book.set("文件信息", "B10", text("2024-02-30"));
        },
        &["文件信息!B10: 应为日期，如 2024-03-15：“2024-02-30”"],
    );
}

#[test]
fn a_milestone_of_an_unknown_indicator() {
    check(
        |book| {
            book.set("阶段目标", "A3", Value::Number(11.0));
        },
        &["阶段目标!A3: 未知指标序号：11（主要目标表中没有）"],
    );
}

#[test]
fn two_results_for_one_year() {
    check(
        |book| {
            for row in [3, 4] {
                for (col, value) in [
                    ("A", Value::Number(4.0)),
                    ("B", Value::Number(2024.0)),
                    ("C", Value::Number(70.0)),
                    ("D", text("2025-01-20")),
                    ("E", text("示例公报（测试数据）")),
                ] {
                    book.set("公开结果", &format!("{col}{row}"), value);
                }
            }
        },
        &["公开结果!B4: 同一年份有两个公开结果：2024"],
    );
}

#[test]
fn a_quote_not_in_its_task() {
    check(
        |book| {
            book.set("引文", "C3", text("到2025年，全区建成100家托育机构。"));
        },
        &["引文!C3: 引文不在该任务原文中"],
    );
}

#[test]
fn a_missing_sheet() {
    check(
        |book| {
            book.remove_sheet("部门");
        },
        &["部门!A1: 缺少工作表“部门”"],
    );
}

#[test]
fn a_renamed_header() {
    check(
        |book| {
            book.set("重点任务", "E2", text("牵头部门"));
        },
        &["重点任务!E2: 表头应为“牵头单位”"],
    );
}

#[test]
fn a_column_beyond_the_layout() {
    check(
        |book| {
            book.set("主要目标", "AA2", text("说明"));
        },
        &["主要目标!AA2: 多余的列：本表只有 A–Z 列"],
    );
}

#[test]
fn a_slug_that_is_not_a_url_slug() {
    check(
        |book| {
            book.set("部门", "B4", text("Health"));
        },
        &["部门!B4: slug 只能由小写字母、数字和 - 组成"],
    );
}

#[test]
fn a_duplicate_task_number() {
    check(
        |book| {
            book.set("重点任务", "C4", Value::Number(1.0));
        },
        &["重点任务!C4: 任务序号重复或为 0：1"],
    );
}

/// A change target on an indicator without a baseline: the model's fault, on the target's cell.
#[test]
fn a_change_without_a_baseline() {
    check(
        |book| {
            book.set("主要目标", "H4", text("变化"))
                .clear("主要目标", "I4")
                .clear("主要目标", "J4")
                .set("主要目标", "M4", text("提高"))
                .set("主要目标", "N4", Value::Number(5.0))
                .set("主要目标", "O4", text("个百分点"));
        },
        &["主要目标!H4: 变化目标需要基数（baseline）"],
    );
}

#[test]
fn every_fault_at_once_in_reading_order() {
    check(
        |book| {
            book.set("部门", "B4", text("Health"))
                .set("重点任务", "E7", text("区外交部"))
                .set("主要目标", "I3", text("≒"))
                .set("文件信息", "B10", text("三月"));
        },
        &[
            "文件信息!B10: 应为日期，如 2024-03-15：“三月”",
            "主要目标!I3: 未知的“≒”，应为 =、>、≥、≤、<、≈、同步",
            "重点任务!E7: 未知部门：\"区外交部\"（部门表里没有这个名称：改成部门表里的写法，或在部门表里加上它）",
            "部门!B4: slug 只能由小写字母、数字和 - 组成",
        ],
    );
}
