//! Checks that a parsed dataset is consistent: ids, references, figures and names.

use std::collections::HashSet;

use super::{Aim, ChangeUnit, Comparator, Dataset, DatasetError, Indicator, Role, Target};

/// Collects every fault of a dataset, each with its JSON path.
pub fn validate(dataset: &Dataset) -> Result<(), Vec<DatasetError>> {
    let mut faults = Faults::default();
    check_document(dataset, &mut faults);
    check_departments(dataset, &mut faults);
    check_sections(dataset, &mut faults);
    check_indicators(dataset, &mut faults);
    if faults.0.is_empty() {
        Ok(())
    } else {
        Err(faults.0)
    }
}

#[derive(Default)]
struct Faults(Vec<DatasetError>);

impl Faults {
    fn add(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.0.push(DatasetError::Invalid {
            path: path.into(),
            reason: reason.into(),
        });
    }

    /// A name must be non-empty and free of white space (the scrape splits names with spaces).
    fn check_name(&mut self, path: &str, name: &str) {
        if name.trim().is_empty() {
            self.add(path, "名称为空");
        } else if name.chars().any(char::is_whitespace) {
            self.add(path, format!("名称含空白字符：{name:?}"));
        }
    }
}

fn check_document(dataset: &Dataset, faults: &mut Faults) {
    let document = &dataset.document;
    for (field, value) in [
        ("title", &document.title),
        ("plan_title", &document.plan_title),
        ("short_title", &document.short_title),
        ("number", &document.number),
        ("issuer", &document.issuer),
    ] {
        faults.check_name(&format!("$.document.{field}"), value);
    }
    for (field, value) in [
        ("written", &document.written),
        ("published", &document.published),
    ] {
        if !is_date(value) {
            faults.add(
                format!("$.document.{field}"),
                format!("日期应为 YYYY-MM-DD：{value:?}"),
            );
        }
    }
    if document.period_start > document.period_end {
        faults.add("$.document.period_end", "规划期结束年份早于开始年份");
    }
    if document.baseline_year >= document.period_start {
        faults.add("$.document.baseline_year", "基线年份应早于规划期");
    }
}

/// What separates department names in a cell; a name never holds one.
const DEPARTMENT_SEPARATORS: [char; 5] = ['、', '，', ',', '；', ';'];

fn check_departments(dataset: &Dataset, faults: &mut Faults) {
    let mut names = HashSet::new();
    let mut slugs = HashSet::new();
    for (index, department) in dataset.departments.iter().enumerate() {
        let path = format!("$.departments[{index}]");
        faults.check_name(&format!("{path}.name"), &department.name);
        // The document's cells, the CSV and the workbook list departments with these between them.
        if department.name.contains(DEPARTMENT_SEPARATORS) {
            faults.add(
                format!("{path}.name"),
                format!("部门名称含分隔符（、，,；;）：{}", department.name),
            );
        }
        if !names.insert(department.name.as_str()) {
            faults.add(
                format!("{path}.name"),
                format!("部门重复：{}", department.name),
            );
        }
        let slug_is_ascii = !department.slug.is_empty()
            && department
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !slug_is_ascii {
            faults.add(format!("{path}.slug"), "slug 只能由小写字母、数字和 - 组成");
        }
        if !slugs.insert(department.slug.as_str()) {
            faults.add(
                format!("{path}.slug"),
                format!("slug 重复：{}", department.slug),
            );
        }
    }
}

fn check_sections(dataset: &Dataset, faults: &mut Faults) {
    let departments: HashSet<&str> = dataset
        .departments
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    let mut used = HashSet::new();
    let mut section_ids = HashSet::new();
    let mut task_ids = HashSet::new();
    for (s, section) in dataset.sections.iter().enumerate() {
        let path = format!("$.sections[{s}]");
        if !section_ids.insert(section.id) {
            faults.add(
                format!("{path}.id"),
                format!("板块序号重复：{}", section.id),
            );
        }
        faults.check_name(&format!("{path}.title"), &section.title);
        for (t, task) in section.tasks.iter().enumerate() {
            let path = format!("{path}.tasks[{t}]");
            if task.id == 0 || !task_ids.insert(task.id) {
                faults.add(
                    format!("{path}.id"),
                    format!("任务序号重复或为 0：{}", task.id),
                );
            }
            if task.text.trim().is_empty() {
                faults.add(format!("{path}.text"), "任务内容为空");
            }
            if task.lead.is_empty() {
                faults.add(format!("{path}.lead"), "每项任务至少有一个牵头单位");
            }
            if let Some(deadline) = &task.deadline {
                if deadline.trim().is_empty() {
                    faults.add(format!("{path}.deadline"), "完成时限为空");
                }
            }
            let mut seen = HashSet::new();
            for role in Role::ALL {
                let field = role.key();
                for (d, name) in task.departments(role).iter().enumerate() {
                    let path = format!("{path}.{field}[{d}]");
                    if !departments.contains(name.as_str()) {
                        faults.add(&path, format!("未知部门：{name:?}"));
                    }
                    if !seen.insert(name.as_str()) {
                        faults.add(&path, format!("部门在同一任务中出现两次：{name}"));
                    }
                    used.insert(name.as_str());
                }
            }
        }
    }
    for (index, department) in dataset.departments.iter().enumerate() {
        if !used.contains(department.name.as_str()) {
            faults.add(
                format!("$.departments[{index}]"),
                format!("部门未被任何任务提及：{}", department.name),
            );
        }
    }
}

fn check_indicators(dataset: &Dataset, faults: &mut Faults) {
    let document = &dataset.document;
    let mut ids = HashSet::new();
    for (i, indicator) in dataset.indicators.iter().enumerate() {
        let path = format!("$.indicators[{i}]");
        if indicator.id == 0 || !ids.insert(indicator.id) {
            faults.add(
                format!("{path}.id"),
                format!("指标序号重复或为 0：{}", indicator.id),
            );
        }
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
        let mut result_years = HashSet::new();
        for (r, result) in indicator.results.iter().enumerate() {
            let result_path = format!("{path}.results[{r}]");
            if !result_years.insert(result.year) {
                faults.add(
                    format!("{result_path}.year"),
                    format!("同一年份有两个公开结果：{}", result.year),
                );
            }
            if result.year <= document.baseline_year {
                faults.add(format!("{result_path}.year"), "公开结果年份应晚于基线年份");
            }
            if !in_range(result.value) {
                faults.add(format!("{result_path}.value"), "公开结果数值超出范围");
            }
            if !is_date(&result.date) {
                faults.add(format!("{result_path}.date"), "日期应为 YYYY-MM-DD");
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
        Target::Value { comparator, value } => {
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
            if let Some(baseline) = indicator.baseline {
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
        Target::Range { min, max } => {
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
                    format!(
                        "由基数推算的目标超出范围：{}",
                        super::format_number(implied)
                    ),
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
    }
}

/// Whether a text is a `YYYY-MM-DD` date.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}
