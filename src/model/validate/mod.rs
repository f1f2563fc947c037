//! Checks that a parsed dataset is consistent: ids, references, figures and names.

use std::collections::HashSet;
use std::fmt::Display;
use std::hash::Hash;

mod indicators;
mod owners;
mod suggest;

use super::{Dataset, DatasetError, Role};
use crate::notation::is_dataset_date;
use indicators::check_indicators;

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

/// The faults found so far, each with its JSON path.
#[derive(Default)]
struct Faults(Vec<DatasetError>);

impl Faults {
    fn add(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.0.push(DatasetError::Invalid {
            path: path.into(),
            reason: reason.into(),
        });
    }

    /// A value must not repeat one already `seen`: else `{reason}：{value}`.
    fn check_unique<T: Eq + Hash + Display>(
        &mut self,
        path: String,
        seen: &mut HashSet<T>,
        value: T,
        reason: &str,
    ) {
        let message = format!("{reason}：{value}");
        if !seen.insert(value) {
            self.add(path, message);
        }
    }

    /// An id (序号) must be neither 0 nor one already `seen`.
    fn check_id(&mut self, path: String, seen: &mut HashSet<u32>, id: u32, what: &str) {
        if id == 0 || !seen.insert(id) {
            self.add(path, format!("{what}序号重复或为 0：{id}"));
        }
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
        if !is_dataset_date(value) {
            faults.add(
                format!("$.document.{field}"),
                format!("日期应写成年-月-日，如 2024-03-15：现为“{value}”"),
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
        faults.check_unique(
            format!("{path}.name"),
            &mut names,
            department.name.as_str(),
            "部门重复",
        );
        let slug_is_ascii = !department.slug.is_empty()
            && department
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !slug_is_ascii {
            faults.add(format!("{path}.slug"), "slug 只能由小写字母、数字和 - 组成");
        }
        faults.check_unique(
            format!("{path}.slug"),
            &mut slugs,
            department.slug.as_str(),
            "slug 重复",
        );
    }
}

fn check_sections(dataset: &Dataset, faults: &mut Faults) {
    let departments = dataset.department_names();
    let mut used = HashSet::new();
    let mut sections = HashSet::new();
    let mut task_ids = HashSet::new();
    for (s, section) in dataset.sections.iter().enumerate() {
        let path = format!("$.sections[{s}]");
        faults.check_unique(
            format!("{path}.id"),
            &mut sections,
            section.id,
            "板块序号重复",
        );
        faults.check_name(&format!("{path}.title"), &section.title);
        for (t, task) in section.tasks.iter().enumerate() {
            let path = format!("{path}.tasks[{t}]");
            faults.check_id(format!("{path}.id"), &mut task_ids, task.id, "任务");
            if task.text.trim().is_empty() {
                faults.add(format!("{path}.text"), "任务内容为空");
            }
            // Many notices name no lead (only 责任单位, or `（A、B负责）`): a task may have none,
            // and its pages say so (未明确牵头单位). It must name someone, a unit or a post.
            let named = Role::ALL
                .into_iter()
                .any(|role| !task.departments(role).is_empty());
            if !named && task.officials.is_empty() {
                faults.add(
                    format!("{path}.lead"),
                    "每项任务至少有一个单位（牵头、责任或配合）或责任领导",
                );
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
                        let message =
                            suggest::unknown_department(name, departments.iter().copied());
                        faults.add(&path, message);
                    }
                    let repeated = "部门在同一任务中出现两次";
                    faults.check_unique(path, &mut seen, name.as_str(), repeated);
                    used.insert(name.as_str());
                }
            }
        }
    }
    used.extend(owners::check_indicator_roles(dataset, faults));
    for (index, department) in dataset.departments.iter().enumerate() {
        if !used.contains(department.name.as_str()) {
            faults.add(
                format!("$.departments[{index}]"),
                format!("部门未被任何任务提及：{}", department.name),
            );
        }
    }
}
