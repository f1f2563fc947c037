//! A 政府工作报告-style notice: the target table names each indicator's own units and a post, has a
//! progress column, and prints the shapes worded around a figure; the task table has a post column.

use yitu::import::import_html;
use yitu::model::{Comparator, Official, Target, Wording};

use super::assert_flagged;

fn post(role: &str, post: &str) -> Official {
    Official {
        role: role.to_owned(),
        post: post.to_owned(),
    }
}

#[test]
fn a_report_table_fills_units_posts_notes_and_worded_targets() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/notices/report-table.html"
    );
    let draft = import_html(&std::fs::read_to_string(path).expect("the fixture"));
    let indicators = &draft.dataset.indicators;
    assert_eq!(indicators.len(), 4, "{indicators:#?}");
    let value = |comparator, value, wording| Target::Value {
        comparator,
        value,
        wording,
    };
    let first = &indicators[0];
    assert_eq!(first.target, value(Comparator::About, 6.2, Wording::Growth));
    assert_eq!(first.baseline, Some(5.8));
    assert_eq!(first.lead, ["区发展改革委"]);
    assert_eq!(first.responsible, ["区统计局"]);
    assert_eq!(first.officials, [post("责任领导", "常务副区长")]);
    assert_eq!(first.notes, ["2025年进度：6。0"]);
    assert_eq!(
        indicators[1].target,
        value(Comparator::AtLeast, 300.0, Wording::NotFewer)
    );
    assert_eq!(indicators[1].lead, ["区市场监管局"]);
    assert!(indicators[1].responsible.is_empty() && indicators[1].officials.is_empty());
    assert_eq!(
        indicators[2].target,
        value(Comparator::Reach, 1.78, Wording::FromTo)
    );
    assert_eq!(indicators[2].baseline, Some(1.59));
    assert_eq!(indicators[3].target, Target::NotApplicable);
    // A department named only by an indicator is a department of the draft.
    assert!(draft.dataset.department_by_name("区民政局").is_some());
    let task = draft.dataset.tasks().next().expect("a task");
    assert_eq!(task.officials, [post("牵头领导", "常务副区长")]);
    assert_eq!(task.lead, ["区发展改革委"]);
    // What was inferred is still listed for review, on its own cell.
    assert_flagged(
        &draft,
        &[
            ("主要目标!J3", "增长率"),
            ("主要目标!Y3", "领导职务"),
            ("主要目标!Z3", "备注"),
            ("主要目标!H6", "不设目标"),
            ("重点任务!I3", "领导职务"),
            // The paragraph above the table is a sentence, not the table's name.
            ("文件信息!B16", "没有表名"),
        ],
    );
    assert_eq!(draft.dataset.document.targets_table, "");
}
