//! Tasks in every numbering style and roles in every bracket form (tests/fixtures/notices/
//! styles.txt), behind a repository's wrapping (a 来源 line, front matter, a quoted disclaimer):
//! the title and number read from the notice, headings told from tasks by what they hold, no lead
//! invented where the notice names none, and a lead rule the notice states applied and noted.

use yitu::import::import_text;

use super::forms::{check, fixture, Expected};
use super::section_titles;

#[test]
fn numbering_styles_and_bracket_forms() {
    let draft = import_text(&fixture("styles.txt"));
    let document = &draft.dataset.document;
    assert_eq!(
        document.title,
        "某市人民政府办公厅关于印发某市测试方案的通知"
    );
    assert_eq!(document.number, "某府办发〔2024〕7号");
    let tasks: &[Expected] = &[
        (1, "建设数据平台。", &[], &["市数据局"], None),
        (2, "完善标准体系。", &["市市场监管局"], &[], None),
        (3, "开展专项检查。", &["市应急局"], &["各区政府"], None),
        (4, "加强宣传。", &[], &["市委宣传部", "市文明办"], None),
        (
            5,
            "推进改革试点。先行先试。总结经验。",
            &[],
            &["市发展改革委", "市司法局"],
            Some("2025年底前完成"),
        ),
        (
            6,
            "加强组织领导。",
            &["市政府办公厅"],
            &["市财政局", "市审计局"],
            None,
        ),
        (7, "强化督查。", &["市政府督查室"], &["市审计局"], None),
        (8, "严格考核。", &["市考核办"], &["市人社局"], None),
    ];
    let expected = [
        ("重点任务!E3", "原文没有写牵头单位，已留空"),
        ("重点任务!E6", "原文没有写牵头单位，已留空"),
        ("重点任务!E7", "原文没有写牵头单位，已留空"),
        ("重点任务!E9", "列第一位者为牵头单位"),
        ("重点任务!E10", "列第一位者为牵头单位"),
    ];
    check(&draft, tasks, &expected);
    let cooperating = draft.dataset.task(2).map(|task| task.cooperating.clone());
    assert_eq!(cooperating, Some(vec!["市数据局".to_owned()]));
    assert_eq!(
        section_titles(&draft),
        ["（一）第一组", "（二）第二组", "二、保障措施"]
    );
}

#[test]
fn a_task_in_both_the_text_and_the_table_is_imported_once() {
    let html = "<p>某区人民政府办公室关于印发某区方案的通知</p>\
        <p>一、重点任务</p><p>1.开展安全生产专项检查。（牵头单位：区应急局）</p>\
        <p>2.建设城市运行平台。（牵头单位：区城运中心）</p>\
        <table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>\
        <tr><td>1</td><td>开展安全生产专项检查。</td><td>区应急局</td></tr></table>";
    let draft = yitu::import::import_html(html);
    let texts: Vec<&str> = draft
        .dataset
        .tasks()
        .map(|task| task.text.as_str())
        .collect();
    assert_eq!(texts, ["建设城市运行平台。", "开展安全生产专项检查。"]);
    assert!(draft
        .review
        .iter()
        .any(|item| item.reason.contains("按任务表导入")));
}
