//! Roles that cover more than one task (tests/fixtures/notices/shared-roles.txt): a section heading
//! naming the lead, one bracket after a group of sub-items, sub-items （1） joined to their task,
//! and a bracket's 下同 carried over; each task right and each shared role listed in 待核对.

use yitu::import::import_text;

use super::flagged;
use super::forms::{check, fixture, Expected};

#[test]
fn roles_shared_by_a_heading_a_group_bracket_and_a_carried_note() {
    let draft = import_text(&fixture("shared-roles.txt"));
    let tasks: &[Expected] = &[
        (
            1,
            "编制年度重大项目计划。",
            &["区发展改革委"],
            &["区财政局"],
            None,
        ),
        (2, "建立项目储备库。", &["区发展改革委"], &[], None),
        (3, "开展项目调度。", &["区发展改革委"], &[], None),
        (
            4,
            "推进政务服务改革：（1）推行“一网通办”；（2）压缩审批时限。",
            &["区政务服务办"],
            &["各镇街"],
            None,
        ),
        (
            5,
            "梳理涉企收费目录；",
            &["区市场监管局"],
            &["区财政局"],
            None,
        ),
        (
            6,
            "公开涉企收费清单；",
            &["区市场监管局"],
            &["区财政局"],
            None,
        ),
        (
            7,
            "开展收费专项检查。",
            &["区市场监管局"],
            &["区财政局"],
            None,
        ),
        (8, "开展校企合作。", &["区教委"], &["各镇街"], None),
        (9, "举办技能大赛。", &["区教委"], &["各镇街"], None),
        (10, "落实人才公寓。", &["区住房城乡建委"], &[], None),
    ];
    let expected = [
        ("重点任务!E3", "板块标题"),
        ("重点任务!E4", "板块标题"),
        ("重点任务!E5", "板块标题"),
        ("重点任务!D6", "小项（1）已并入"),
        ("重点任务!E7", "第 7 项之后"),
        ("重点任务!E8", "第 7 项之后"),
        ("重点任务!E11", "下同"),
        ("重点任务!F11", "下同"),
    ];
    check(&draft, tasks, &expected);
    // The first task's lead is its heading's, not a cell read as its own.
    assert!(!flagged(&draft, "重点任务!E6", "板块标题"));
    // A task with its own lead after the 下同 keeps only its own.
    assert!(!flagged(&draft, "重点任务!E12", "下同"));
    let departments = &draft.dataset.departments;
    assert!(!departments.iter().any(|d| d.name.contains("下同")));
    let text = draft.dataset.task(4).map(|t| t.text.as_str());
    assert_eq!(
        text,
        Some("推进政务服务改革：（1）推行“一网通办”；（2）压缩审批时限。")
    );
}
