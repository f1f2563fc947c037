//! The CSV writer's own cases: the plan's rows as printed, and text that could start a formula.

use super::*;
use crate::model::test_plan as dataset;

#[test]
fn indicators_as_printed() {
    let csv = indicators_csv(dataset());
    let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
    assert!(csv.starts_with(BOM));
    assert_eq!(lines[0], r#""序号","指标","单位","2022年","2025年","属性""#);
    assert_eq!(
        lines[1],
        r#"1,"每千人口拥有3岁以下婴幼儿托位数","个",2,4.5,"预期性""#
    );
    assert_eq!(lines[2], r#"2,"普惠性托位数占比","%","—",60,"预期性""#);
    assert_eq!(
        lines[3],
        r#"3,"托位使用率","%",30,"≥全市平均水平","预期性""#
    );
    assert_eq!(
        lines[4],
        r#"4,"街道普惠性托育机构覆盖率","%",50,">90","预期性""#
    );
    assert_eq!(
        lines[9],
        r#"9,"从业人员持保育师、育婴员等级证书上岗率","%",50,">90","预期性""#
    );
    assert_eq!(lines.len(), 12, "header, 10 rows and the final line end");
}

#[test]
fn tasks_with_sections_and_departments() {
    let csv = tasks_csv(dataset());
    let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
    assert_eq!(
        lines[0],
        r#""序号","板块","重点任务","牵头单位","责任单位""#
    );
    assert!(lines[1].starts_with("1,\"一、扩大普惠性托育服务供给\",\"大力发展托幼一体化。"));
    assert!(lines[1].ends_with("\",\"区教委、区卫生健康委\",\"各镇(街)\""));
    assert!(
        lines[5].ends_with(",\"区卫生健康委\",\"\""),
        "empty 责任单位 stays an empty text: {}",
        lines[5]
    );
    assert_eq!(lines.len(), 18);
}

fn check(cell: Cell, expected: &str) {
    let row = write(&[vec![cell.clone()]]);
    assert_eq!(row, format!("{BOM}{expected}\r\n"), "{cell:?}");
}

#[test]
fn text_that_starts_a_formula_is_neutralised_and_figures_stay_figures() {
    check(Cell::text("=HYPERLINK(\"x\")"), r#""'=HYPERLINK(""x"")""#);
    check(Cell::text("+1+1"), r#""'+1+1""#);
    check(Cell::text("-1"), r#""'-1""#);
    check(Cell::text("@SUM(A1)"), r#""'@SUM(A1)""#);
    check(Cell::text("\tx"), "\"'\tx\"");
    check(Cell::text("\rx"), "\"'\rx\"");
    check(Cell::text("a=b"), r#""a=b""#);
    check(Cell::text("say \"hi\", then"), r#""say ""hi"", then""#);
    check(Cell::text("\u{202e}abc"), r#""abc""#);
    check(Cell::text("\u{202e}=1"), r#""'=1""#);
    check(Cell::Number("-1".to_owned()), "-1");
    check(Cell::Number("4.5".to_owned()), "4.5");
}
