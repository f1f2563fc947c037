//! The checks of the indicators: ids, figures, milestones, quotes, results and each target shape.

use std::collections::HashSet;

use super::Faults;
use crate::model::{
    format_number, Aim, ChangeUnit, Comparator, Dataset, Indicator, Target, Wording,
};
use crate::notation::is_dataset_date;

pub(super) fn check_indicators(dataset: &Dataset, faults: &mut Faults) {
    let document = &dataset.document;
    let mut ids = HashSet::new();
    for (i, indicator) in dataset.indicators.iter().enumerate() {
        let path = format!("$.indicators[{i}]");
        faults.check_id(format!("{path}.id"), &mut ids, indicator.id, "指标");
        faults.check_name(&format!("{path}.name"), &indicator.name);
        faults.check_name(&format!("{path}.short_name"), &indicator.short_name);
        faults.check_name(&format!("{path}.unit"), &indicator.unit);
        if let Some(category) = &indicator.category {
            faults.check_name(&format!("{path}.category"), category);
        }
        check_target(indicator, &format!("{path}.target"), faults);
        let in_range = |value: f64| {
            value.is_finite() && value >= 0.0 && (!indicator.is_percent() || value <= 100.0)
        };
        if let Some(baseline) = indicator.baseline {
            if !in_range(baseline) {
                faults.add(
                    format!("{path}.baseline"),
                    format!("基线数值超出范围：{baseline}"),
                );
            }
        }
        for (t, task) in indicator.tasks.iter().enumerate() {
            if dataset.task(*task).is_none() {
                faults.add(format!("{path}.tasks[{t}]"), format!("未知任务：{task}"));
            }
        }
        for (q, quote) in indicator.quotes.iter().enumerate() {
            let quote_path = format!("{path}.quotes[{q}]");
            match dataset.task(quote.task) {
                None => faults.add(
                    format!("{quote_path}.task"),
                    format!("未知任务：{}", quote.task),
                ),
                Some(task) if !task.text.contains(&quote.text) => {
                    faults.add(format!("{quote_path}.text"), "引文不在该任务原文中")
                }
                Some(_) => {}
            }
            if !indicator.tasks.contains(&quote.task) {
                faults.add(
                    format!("{quote_path}.task"),
                    "引文所属任务未列入该指标的 tasks",
                );
            }
        }
        for (m, milestone) in indicator.milestones.iter().enumerate() {
            let milestone_path = format!("{path}.milestones[{m}]");
            if dataset.task(milestone.task).is_none() {
                faults.add(
                    format!("{milestone_path}.task"),
                    format!("未知任务：{}", milestone.task),
                );
            }
            if !(document.period_start..=document.period_end).contains(&milestone.year) {
                faults.add(format!("{milestone_path}.year"), "阶段目标年份不在规划期内");
            }
            if !in_range(milestone.value) {
                faults.add(format!("{milestone_path}.value"), "阶段目标数值超出范围");
            }
        }
        let mut years = HashSet::new();
        for (r, result) in indicator.results.iter().enumerate() {
            let result_path = format!("{path}.results[{r}]");
            let repeated = "同一年份有两个公开结果";
            faults.check_unique(
                format!("{result_path}.year"),
                &mut years,
                result.year,
                repeated,
            );
            if result.year <= document.baseline_year {
                faults.add(format!("{result_path}.year"), "公开结果年份应晚于基线年份");
            }
            if !in_range(result.value) {
                faults.add(format!("{result_path}.value"), "公开结果数值超出范围");
            }
            if !is_dataset_date(&result.date) {
                faults.add(
                    format!("{result_path}.date"),
                    "日期应写成年-月-日，如 2024-03-15",
                );
            }
            if result.source.trim().is_empty() {
                faults.add(format!("{result_path}.source"), "公开结果必须注明来源");
            }
        }
    }
}

/// Checks that a target is possible for its indicator: figures in range, a band the right way
/// round, a change with a baseline to change from, words where words belong.
fn check_target(indicator: &Indicator, path: &str, faults: &mut Faults) {
    let in_range = |value: f64| {
        value.is_finite() && value >= 0.0 && (!indicator.is_percent() || value <= 100.0)
    };
    match &indicator.target {
        Target::Value {
            comparator,
            value,
            wording,
        } => {
            super::owners::check_wording(indicator, *comparator, *wording, path, faults);
            if !in_range(*value) {
                faults.add(
                    format!("{path}.value"),
                    format!("目标数值超出范围：{value}"),
                );
            }
            match comparator {
                Comparator::Exceed if indicator.is_percent() && *value >= 100.0 => {
                    faults.add(format!("{path}.value"), "百分比不能超过 100%")
                }
                Comparator::Below if *value <= 0.0 => {
                    faults.add(format!("{path}.value"), "“低于”目标须大于 0")
                }
                Comparator::InStep => faults.add(
                    format!("{path}.comparator"),
                    "“同步”只用于参照目标（kind 为 reference）",
                ),
                _ => {}
            }
            // A growth rate is not measured against the baseline's figure.
            let baseline = indicator.baseline.filter(|_| *wording != Wording::Growth);
            if let Some(baseline) = baseline {
                let wrong_way = match indicator.aim() {
                    Aim::Up => *value < baseline,
                    Aim::Down => *value > baseline,
                    _ => false,
                };
                if wrong_way {
                    faults.add(
                        format!("{path}.value"),
                        format!(
                            "目标（{value}）与基线（{baseline}）方向不符：目标要求{}",
                            comparator.word()
                        ),
                    );
                }
            }
        }
        Target::Range { min, max, .. } => {
            for (field, value) in [("min", min), ("max", max)] {
                if !in_range(*value) {
                    faults.add(
                        format!("{path}.{field}"),
                        format!("目标数值超出范围：{value}"),
                    );
                }
            }
            if min >= max {
                faults.add(format!("{path}.max"), "区间上限应大于下限");
            }
        }
        Target::Change {
            amount,
            amount_unit,
            ..
        } => {
            if !(amount.is_finite() && *amount > 0.0) {
                faults.add(
                    format!("{path}.amount"),
                    format!("变化量应大于 0：{amount}"),
                );
            }
            if *amount_unit == ChangeUnit::Points && !indicator.is_percent() {
                faults.add(
                    format!("{path}.amount_unit"),
                    "“个百分点”只用于单位为 % 的指标",
                );
            }
            match indicator.implied_target() {
                None => faults.add(path, "变化目标需要基数（baseline）"),
                Some(implied) if !in_range(implied) => faults.add(
                    format!("{path}.amount"),
                    format!("由基数推算的目标超出范围：{}", format_number(implied)),
                ),
                Some(_) => {}
            }
        }
        Target::Reference { reference, .. } => {
            faults.check_name(&format!("{path}.reference"), reference);
        }
        Target::Assigned { by } => faults.check_name(&format!("{path}.by"), by),
        Target::Text { text } => {
            if text.trim().is_empty() {
                faults.add(format!("{path}.text"), "目标内容为空");
            }
        }
        Target::NotApplicable => {}
    }
}
