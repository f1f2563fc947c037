//! The plan-level sentences of the pages, each computed from the dataset: where the plan period
//! stands, how many indicators have published results, and what the gauges mark.

use super::{dial, BandKind, Dataset};

/// The plan's status line: a headline such as `规划期（2023—2025年）已结束；10项指标中3项已公布结果。`
/// and a sentence on what the page does with that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanStatus {
    pub headline: String,
    pub detail: String,
}

/// How many indicators have at least one published result.
pub fn indicators_with_results(dataset: &Dataset) -> usize {
    dataset
        .indicators
        .iter()
        .filter(|indicator| !indicator.results.is_empty())
        .count()
}

/// What a dataset holds, in one line for the editor who dropped it into the builder:
/// `10 项指标、16 项任务、18 个部门；0 项已有公开结果`.
pub fn dataset_summary(dataset: &Dataset) -> String {
    let tasks: usize = dataset
        .sections
        .iter()
        .map(|section| section.tasks.len())
        .sum();
    format!(
        "{} 项指标、{tasks} 项任务、{} 个部门；{} 项已有公开结果",
        dataset.indicators.len(),
        dataset.departments.len(),
        indicators_with_results(dataset)
    )
}

/// The plan's status as of a year (the year the site is built in).
pub fn plan_status(dataset: &Dataset, year: u16) -> PlanStatus {
    let document = &dataset.document;
    let period = format!("{}—{}年", document.period_start, document.period_end);
    let stage = if year > document.period_end {
        format!("规划期（{period}）已结束")
    } else if year < document.period_start {
        format!("规划期为{period}，尚未开始")
    } else {
        format!("规划期为{period}，正在实施")
    };
    let total = dataset.indicators.len();
    let published = indicators_with_results(dataset);
    let results = match published {
        0 => format!("{total}项指标均无公开结果"),
        n if n == total => format!("{total}项指标均已公布结果"),
        n => format!("{total}项指标中{n}项已公布结果"),
    };
    let detail = if published == 0 {
        format!(
            "本页列出原文件中的{}年基数和{}年目标，不推算、不估计任何进展。",
            document.baseline_year, document.period_end
        )
    } else {
        "已公布的结果逐项列在各指标下，注明年份、来源和发布日期；其余指标不推算、不估计进展。"
            .to_owned()
    };
    PlanStatus {
        headline: format!("{stage}；{results}。"),
        detail,
    }
}

/// How to read the gauges: the bands the plan's dials use, and whether results are drawn.
pub fn gauge_legend(dataset: &Dataset) -> String {
    let kinds = band_kinds(dataset);
    let mut parts = Vec::new();
    for (kind, words) in [
        (BandKind::Baseline, "基数（蓝）"),
        (BandKind::Gap, "基数到目标的区间（橙）"),
        (BandKind::Goal, "达标区间（绿）"),
    ] {
        if kinds.contains(&kind) {
            parts.push(words);
        }
    }
    let mut text = if parts.is_empty() {
        "仪表盘标出每项指标的刻度。".to_owned()
    } else {
        format!("每个仪表盘标出{}。", parts.join("、"))
    };
    if indicators_with_results(dataset) > 0 {
        text.push_str("细弧线为最新公开结果；没有公开结果的指标不画进度。");
    } else {
        text.push_str("目前没有公开结果，仪表盘不画进度。");
    }
    let badges = dataset
        .indicators
        .iter()
        .filter(|indicator| !indicator.has_dial())
        .count();
    if badges > 0 {
        text.push_str(&format!("{badges}项文字目标没有刻度，以文字标出。"));
    }
    text
}

/// The kinds of band the plan's dials use, each as often as a dial has it.
pub fn band_kinds(dataset: &Dataset) -> Vec<BandKind> {
    dataset
        .indicators
        .iter()
        .filter_map(dial)
        .flat_map(|dial| dial.bands.into_iter().map(|band| band.kind))
        .collect()
}

/// The footer's sentence on where the figures come from.
pub fn provenance(dataset: &Dataset) -> String {
    provenance_of(dataset, "本页")
}

/// Where the figures of `what` (本页, 本图) come from.
pub fn provenance_of(dataset: &Dataset, what: &str) -> String {
    if indicators_with_results(dataset) == 0 {
        format!("{what}数字均摘自原文件，未作任何推算。")
    } else {
        format!("{what}数字摘自原文件和各项结果注明的公开来源，未作任何推算。")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{test_plan, PublishedResult};

    #[test]
    fn the_summary_counts_what_the_dataset_holds() {
        let mut dataset = test_plan().clone();
        assert_eq!(
            dataset_summary(&dataset),
            "10 项指标、16 项任务、18 个部门；0 项已有公开结果"
        );
        dataset.indicators[2].results.push(PublishedResult {
            year: 2024,
            value: 50.0,
            date: "2025-02-10".to_owned(),
            source: "区统计公报".to_owned(),
            url: None,
        });
        dataset.sections[0].tasks.pop();
        assert_eq!(
            dataset_summary(&dataset),
            "10 项指标、15 项任务、18 个部门；1 项已有公开结果"
        );
    }
}
