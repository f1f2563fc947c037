//! The forms other notices print, each a small fixture in tests/fixtures/notices/ (the .docx is
//! built in `docx`): every task, role and target right, and what the importer mended or could not
//! hold listed in 待核对.

use yitu::import::{import_html, import_text, Draft};
use yitu::model::{Attribute, Comparator, Target};

use super::{assert_flagged, section_titles};

/// A task as a test expects it: id, the start of its text, lead, responsible, deadline.
pub type Expected<'a> = (u32, &'a str, &'a [&'a str], &'a [&'a str], Option<&'a str>);

pub fn check(draft: &Draft, tasks: &[Expected], flagged: &[(&str, &str)]) {
    let got: Vec<_> = draft.dataset.tasks().collect();
    assert_eq!(got.len(), tasks.len(), "{:#?}", draft.dataset.sections);
    for (task, (id, text, lead, responsible, deadline)) in got.iter().zip(tasks) {
        assert_eq!(task.id, *id);
        assert!(task.text.starts_with(text), "task {id}: {:?}", task.text);
        assert_eq!(task.lead, *lead, "task {id} lead");
        assert_eq!(task.responsible, *responsible, "task {id} responsible");
        assert_eq!(task.deadline.as_deref(), *deadline, "task {id} deadline");
    }
    assert_flagged(draft, flagged);
}

pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/notices/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn value(comparator: Comparator, value: f64) -> Target {
    Target::Value {
        comparator,
        value,
        wording: Default::default(),
    }
}

#[test]
fn cells_one_a_line_rows_between_blank_lines() {
    let draft = import_text(&fixture("plain-cells.txt"));
    let tasks: &[Expected] = &[
        (
            1,
            "新建一批社区健身站点。",
            &["县体育局"],
            &["各乡镇", "县住房城乡建委"],
            None,
        ),
        (
            2,
            "开放学校体育场地。",
            &["县教育局", "县体育局"],
            &[],
            None,
        ),
        (3, "办好群众性赛事。", &["县体育局"], &[], None),
    ];
    check(
        &draft,
        tasks,
        &[("重点任务!C5", "此行只有 3 格"), ("文件信息!B4", "现将《")],
    );
    assert_eq!(
        section_titles(&draft),
        ["一、补齐设施短板", "二、丰富赛事活动"]
    );
    let indicators = &draft.dataset.indicators;
    assert_eq!(indicators.len(), 3);
    assert_eq!(
        (indicators[0].name.as_str(), indicators[0].unit.as_str()),
        ("人均体育场地面积", "平方米")
    );
    assert_eq!(indicators[0].baseline, Some(2.1));
    assert_eq!(indicators[0].target, value(Comparator::Reach, 2.8));
    assert_eq!(indicators[0].attribute, Some(Attribute::Binding));
    assert_eq!(indicators[1].baseline, None);
    assert_eq!(indicators[1].target, value(Comparator::AtLeast, 40.0));
    assert_eq!(
        indicators[2].target,
        Target::Range {
            min: 85.0,
            max: 95.0,
            separator: Default::default(),
        }
    );
    assert_eq!(indicators[2].attribute, Some(Attribute::Advocated));
    assert_eq!(draft.dataset.document.baseline_year, 2023);
}

#[test]
fn roles_on_labelled_lines() {
    let draft = import_text(&fixture("labelled-lines.txt"));
    let tasks: &[Expected] = &[
        (
            1,
            "延长商圈营业时间。",
            &["市商务局"],
            &["各区、县级市", "市市场监管局"],
            Some("2024年底前"),
        ),
        (
            2,
            "改善夜间交通。",
            &["市交通运输局"],
            &["市公安局", "各区人民政府"],
            None,
        ),
        (3, "强化夜间巡查。", &["市公安局"], &[], Some("持续推进")),
    ];
    let flagged = [("重点任务!I4", "常务副市长"), ("重点任务!F4", "“等”")];
    check(&draft, tasks, &flagged);
    // The post is kept as a post, not as a department.
    let second = draft.dataset.tasks().nth(1).expect("a second task");
    let posts: Vec<String> = second.officials.iter().map(|o| o.in_words()).collect();
    assert_eq!(posts, ["牵头领导：常务副市长"]);
    assert!(!second.lead.iter().any(|name| name.contains("副市长")));
    let document = &draft.dataset.document;
    assert_eq!(
        document.title,
        "某市人民政府办公室关于印发某市夜间经济促进方案(2024—2025年)的通知"
    );
    assert_eq!(document.issuer, "某市人民政府办公室");
    assert_eq!(document.written, "2024-05-06");
    assert_eq!((document.period_start, document.period_end), (2024, 2025));
}

#[test]
fn roles_in_labelled_and_verb_brackets() {
    let draft = import_text(&fixture("brackets.txt"));
    let tasks: &[Expected] = &[
        (
            1,
            "推进教室多媒体改造。完成全部中小学教室改造。",
            &["县教育局"],
            &["县财政局", "县数据局"],
            Some("2025年6月底前"),
        ),
        (
            2,
            "培训骨干教师。每年培训骨干教师200名",
            &["县教育局"],
            &["各学校"],
            None,
        ),
        (
            3,
            "建设资源平台。汇聚优质课程资源。",
            &["县数据局", "县教育局"],
            &["各县(市、区)人民政府"],
            None,
        ),
        (
            4,
            "组织送教下乡。每学期组织名师送教。",
            &["县教育局", "县财政局"],
            &["各乡镇"],
            None,
        ),
    ];
    let flagged = [("重点任务!C5", "原为 1"), ("重点任务!C6", "原为 2")];
    check(&draft, tasks, &flagged);
    let task_one = draft.dataset.task(1).unwrap();
    assert!(
        !task_one.text.contains("牵头"),
        "the bracket is not part of the text"
    );
    let sections: Vec<(u32, &str)> = draft
        .dataset
        .sections
        .iter()
        .map(|s| (s.id, s.title.as_str()))
        .collect();
    assert_eq!(
        sections,
        [(2, "二、建设智慧课堂"), (3, "三、共享优质资源")],
        "the notice's own 一、 is left out"
    );
}

#[test]
fn an_html_table_with_merged_cells_and_scripts() {
    let draft = import_html(&fixture("table.html"));
    let tasks: &[Expected] = &[
        (
            1,
            "建设社区食堂。",
            &["区民政局"],
            &["各街道", "区市场监管局"],
            Some("2025年底前"),
        ),
        (
            2,
            "发展家庭养老床位。",
            &["区民政局"],
            &["区卫生健康委"],
            Some("持续推进"),
        ),
        (
            3,
            "培训护理人员。每年培训护理员100名。",
            &["区人力社保局"],
            &[],
            None,
        ),
    ];
    let flagged = [
        ("重点任务!E4", "合并"),
        ("重点任务!F3", "空格"),
        ("主要目标!R3", "无法表示"),
    ];
    check(&draft, tasks, &flagged);
    let json = serde_json::to_string(&draft.dataset).unwrap();
    assert!(
        !json.contains("黑客") && !json.contains("alert"),
        "no script is read"
    );
    let indicators = &draft.dataset.indicators;
    assert_eq!(
        indicators[0].target,
        Target::Text {
            text: "增长6.2%左右".into()
        }
    );
    assert_eq!(
        indicators[1].target,
        Target::Range {
            min: 3.0,
            max: 5.0,
            separator: yitu::model::RangeMark::Hyphen,
        }
    );
    assert_eq!(indicators[1].attribute, Some(Attribute::Advocated));
    assert_eq!(indicators[2].target, value(Comparator::AtLeast, 60.0));
    assert_eq!(draft.dataset.document.issuer, "某区人民政府办公室");
}
