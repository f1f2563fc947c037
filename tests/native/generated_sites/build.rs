//! Builds a valid dataset from what `generate` drew: figures fitted to each indicator's scale and
//! the way its target points, every department given a part, quotes taken from the tasks' text.

use std::collections::BTreeSet;

use yitu::model::{
    ChangeUnit, Comparator, Dataset, Department, Direction, Document, Indicator, Measure,
    Milestone, PublishedResult, Quote, Section, Target, Task,
};

use super::generate::{DatasetSpec, IndicatorSpec, TargetSpec, TaskSpec, NUMERALS};

pub fn dataset(spec: DatasetSpec) -> Dataset {
    let start = spec.period_start;
    let document = Document {
        title: format!(
            "关于印发“生成”行动方案（{start}—{}年）的通知",
            start + spec.period_length
        ),
        plan_title: "主要目标和重点任务分工".to_owned(),
        short_title: "<生成>&测试".to_owned(),
        number: format!("生成发〔{}〕{}号", start - 1, spec.tasks.len()),
        issuer: "生成区人民政府办公室".to_owned(),
        publisher: "生成区政府办".to_owned(),
        index_number: "11500000-0000/2024-00001".to_owned(),
        written: format!("{}-03-15", start - 1),
        published: format!("{}-03-20", start - 1),
        period_start: start,
        period_end: start + spec.period_length,
        baseline_year: start - spec.baseline_gap,
        parent_plan: "“上级”行动方案".to_owned(),
        targets_table: "<生成>指标".to_owned(),
    };
    let departments: Vec<Department> = spec
        .departments
        .iter()
        .enumerate()
        .map(|(i, ((kind, slug), name))| Department {
            name: format!("{kind}{name}（{}）", i + 1),
            slug: format!("{slug}-{}", i + 1),
        })
        .collect();
    let tasks = tasks(&spec.tasks, &departments);
    let count = spec.sections.min(tasks.len());
    let sections = (0..count)
        .map(|s| Section {
            id: s as u32 + 1,
            title: format!("{}、第{}部分<任务>", NUMERALS[s], s + 1),
            tasks: tasks
                .iter()
                .enumerate()
                .filter(|(t, _)| t * count / tasks.len() == s)
                .map(|(_, task)| task.clone())
                .collect(),
        })
        .collect();
    let indicators = spec
        .indicators
        .iter()
        .enumerate()
        .map(|(i, indicator)| build_indicator(i as u32 + 1, indicator, &spec.tasks, &document))
        .collect();
    Dataset {
        document,
        indicators,
        sections,
        departments,
    }
}

/// The tasks, each naming a department at most once, and every department named by one.
fn tasks(specs: &[TaskSpec], departments: &[Department]) -> Vec<Task> {
    let mut tasks: Vec<Task> = specs
        .iter()
        .enumerate()
        .map(|(t, spec)| {
            let mut named = BTreeSet::new();
            let mut pick = |indices: &[proptest::sample::Index]| -> Vec<String> {
                indices
                    .iter()
                    .map(|index| index.index(departments.len()))
                    .filter(|d| named.insert(*d))
                    .map(|d| departments[d].name.clone())
                    .collect()
            };
            Task {
                id: t as u32 + 1,
                text: spec.sentences.concat(),
                lead: pick(&spec.lead),
                responsible: pick(&spec.responsible),
                cooperating: pick(&spec.cooperating),
                deadline: spec.deadline.map(str::to_owned),
                officials: Vec::new(),
                notes: Vec::new(),
            }
        })
        .collect();
    for (d, department) in departments.iter().enumerate() {
        if tasks
            .iter()
            .all(|task| task.role_of(&department.name).is_none())
        {
            let count = tasks.len();
            let task = &mut tasks[d % count];
            let role = match d % 3 {
                0 => &mut task.lead,
                1 => &mut task.responsible,
                _ => &mut task.cooperating,
            };
            role.push(department.name.clone());
        }
    }
    tasks
}

/// A figure to one decimal place.
fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn build_indicator(
    id: u32,
    spec: &IndicatorSpec,
    tasks: &[TaskSpec],
    document: &Document,
) -> Indicator {
    let percent = spec.unit.is_none();
    let most = if percent { 100.0 } else { spec.scale };
    let baseline = match (spec.baseline, &spec.target) {
        (Some(fraction), _) => Some(round(1.0 + fraction * (0.9 * most - 1.0))),
        // A change needs a baseline to change from.
        (None, TargetSpec::Change(..)) => Some(round(0.5 * most)),
        (None, _) => None,
    };
    let target = build_target(&spec.target, percent, most, baseline);
    let task_ids: Vec<u32> = spec
        .tasks
        .iter()
        .map(|index| index.index(tasks.len()) as u32 + 1)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let quotes = if task_ids.is_empty() {
        Vec::new()
    } else {
        let quote = |(task, sentence): &(proptest::sample::Index, proptest::sample::Index)| {
            let task = task_ids[task.index(task_ids.len())];
            let sentences = &tasks[task as usize - 1].sentences;
            Quote {
                task,
                text: sentences[sentence.index(sentences.len())].clone(),
            }
        };
        spec.quotes.iter().map(quote).collect()
    };
    let milestones = spec
        .milestones
        .iter()
        .map(|(year, fraction, task)| Milestone {
            year: document.period_start
                + year.index(usize::from(document.period_end - document.period_start) + 1) as u16,
            value: round(fraction * most),
            task: task.index(tasks.len()) as u32 + 1,
        })
        .collect();
    // Results from the year after the baseline's to two years after the plan's last.
    let first = document.baseline_year + 1;
    let years = usize::from(document.period_end + 2 - first) + 1;
    let mut seen = BTreeSet::new();
    let results = spec
        .results
        .iter()
        .map(|(year, fraction, linked)| (first + year.index(years) as u16, fraction, linked))
        .filter(|(year, _, _)| seen.insert(*year))
        .map(|(year, fraction, linked)| PublishedResult {
            year,
            value: round(fraction * most),
            date: format!("{}-06-30", year + 1),
            source: format!("<生成区>{year}年统计公报&附表"),
            url: linked.then(|| format!("https://stats.example.org/gb/{year}.html?id={id}&a=<b>")),
        })
        .collect();
    Indicator {
        id,
        category: spec.category.map(str::to_owned),
        short_name: spec.name.chars().take(6).collect(),
        name: spec.name.clone(),
        unit: spec.unit.unwrap_or("%").to_owned(),
        measure: if spec.cumulative {
            Measure::Cumulative
        } else {
            Measure::Level
        },
        baseline,
        target,
        attribute: spec.attribute,
        tasks: task_ids,
        milestones,
        quotes,
        results,
        lead: Vec::new(),
        responsible: Vec::new(),
        officials: Vec::new(),
        notes: Vec::new(),
    }
}

/// The target, with its figures inside the indicator's range and on the side of the baseline
/// its comparator asks for.
fn build_target(spec: &TargetSpec, percent: bool, most: f64, baseline: Option<f64>) -> Target {
    match spec.clone() {
        TargetSpec::Value(comparator, fraction) => {
            let (low, high) = match comparator {
                Comparator::Exceed if percent => (baseline.unwrap_or(0.0), 99.9),
                Comparator::Reach | Comparator::Exceed | Comparator::AtLeast => {
                    (baseline.unwrap_or(0.0), most)
                }
                Comparator::AtMost => (0.0, baseline.unwrap_or(most)),
                Comparator::Below => (0.1, baseline.unwrap_or(most)),
                Comparator::About | Comparator::InStep => (0.0, most),
            };
            let value = round(low + fraction * (high - low)).clamp(low, high);
            Target::Value {
                comparator,
                value,
                wording: Default::default(),
            }
        }
        TargetSpec::Range(low, high) => Target::Range {
            min: round(low * 0.5 * most),
            max: round(0.5 * most + 0.1 + high * (0.5 * most - 0.1)),
            separator: Default::default(),
        },
        TargetSpec::Change(direction, unit, fraction) => {
            let baseline = baseline.expect("a change target has a baseline");
            let amount_unit = match unit {
                ChangeUnit::Points if !percent => ChangeUnit::Absolute,
                unit => unit,
            };
            // The largest change that keeps the implied target in range.
            let limit = match (direction, amount_unit, percent) {
                (Direction::Up, ChangeUnit::Percent, true) => (most / baseline - 1.0) * 100.0,
                (Direction::Up, ChangeUnit::Percent, false) => 100.0,
                (Direction::Up, _, true) => most - baseline,
                (Direction::Up, _, false) => most,
                (Direction::Down, ChangeUnit::Percent, _) => 100.0,
                (Direction::Down, _, _) => baseline,
            };
            Target::Change {
                direction,
                amount_unit,
                amount: ((fraction * limit * 0.99 * 10.0).floor() / 10.0).max(0.1),
            }
        }
        TargetSpec::Reference(comparator, reference) => Target::Reference {
            comparator,
            reference,
        },
        TargetSpec::Assigned(by) => Target::Assigned { by: by.to_owned() },
        TargetSpec::Text(text) => Target::Text { text },
    }
}
