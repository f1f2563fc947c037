//! The checks of what the model added for real notices: an indicator's own units, posts as
//! owners, notes, and a value target's wording.

use std::collections::HashSet;

use super::Faults;
use crate::model::{Comparator, Dataset, Indicator, Measure, Official, Role, Wording};

/// An indicator's own 牵头单位 and 责任单位: each a known department, none twice. Returns the
/// names used, so that a department named only by indicators counts as named.
pub(super) fn check_indicator_roles<'a>(
    dataset: &'a Dataset,
    faults: &mut Faults,
) -> HashSet<&'a str> {
    let departments = dataset.department_names();
    let mut used = HashSet::new();
    for (i, indicator) in dataset.indicators.iter().enumerate() {
        let path = format!("$.indicators[{i}]");
        let mut seen = HashSet::new();
        for role in [Role::Lead, Role::Responsible] {
            for (d, name) in indicator.departments(role).iter().enumerate() {
                let path = format!("{path}.{}[{d}]", role.key());
                if !departments.contains(name.as_str()) {
                    let message =
                        super::suggest::unknown_department(name, departments.iter().copied());
                    faults.add(&path, message);
                }
                let repeated = "部门在同一指标中出现两次";
                faults.check_unique(path, &mut seen, name.as_str(), repeated);
                used.insert(name.as_str());
            }
        }
        check_officials(&indicator.officials, &path, dataset, faults);
        check_notes(&indicator.notes, &path, faults);
    }
    for (s, section) in dataset.sections.iter().enumerate() {
        for (t, task) in section.tasks.iter().enumerate() {
            let path = format!("$.sections[{s}].tasks[{t}]");
            check_officials(&task.officials, &path, dataset, faults);
            check_notes(&task.notes, &path, faults);
        }
    }
    used
}

/// A post has a role and a name, and is not a department (a department belongs in 牵头单位).
fn check_officials(officials: &[Official], path: &str, dataset: &Dataset, faults: &mut Faults) {
    for (o, official) in officials.iter().enumerate() {
        let path = format!("{path}.officials[{o}]");
        faults.check_name(&format!("{path}.role"), &official.role);
        faults.check_name(&format!("{path}.post"), &official.post);
        if official.role.contains(['：', ':']) {
            faults.add(format!("{path}.role"), "领导类别不应含冒号");
        }
        if dataset.department_by_name(&official.post).is_some() {
            faults.add(
                format!("{path}.post"),
                format!("这是部门，应列入牵头单位或责任单位：{}", official.post),
            );
        }
    }
}

fn check_notes(notes: &[String], path: &str, faults: &mut Faults) {
    for (n, note) in notes.iter().enumerate() {
        if note.trim().is_empty() {
            faults.add(format!("{path}.notes[{n}]"), "备注为空");
        }
    }
}

/// A wording goes with the comparators it can stand for.
pub(super) fn check_wording(
    indicator: &Indicator,
    comparator: Comparator,
    wording: Wording,
    path: &str,
    faults: &mut Faults,
) {
    let fits = match wording {
        Wording::Plain => true,
        Wording::NotBelow | Wording::NotFewer | Wording::OrMore | Wording::StriveOrMore => {
            comparator == Comparator::AtLeast
        }
        Wording::Strive | Wording::Bracketed => comparator == Comparator::Reach,
        Wording::FromTo => matches!(comparator, Comparator::Reach),
        Wording::Growth => matches!(
            comparator,
            Comparator::Reach | Comparator::AtLeast | Comparator::About
        ),
    };
    if !fits {
        faults.add(
            format!("{path}.comparator"),
            format!("比较符“{}”与写法不符", comparator.word()),
        );
    }
    if wording == Wording::FromTo && indicator.baseline.is_none() {
        faults.add(
            format!("{path}.wording"),
            "“从…到”的写法需要基数（baseline）",
        );
    }
    if wording == Wording::Bracketed && indicator.measure != Measure::Cumulative {
        faults.add(
            format!("{path}.wording"),
            "〔〕只用于累计指标（measure 为 cumulative）",
        );
    }
    if wording == Wording::Growth && !indicator.is_percent() {
        faults.add(format!("{path}.wording"), "增长率目标的单位应为 %");
    }
}
