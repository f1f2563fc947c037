//! What the generated datasets hold, by kind, so the test can tell that every kind was generated.

use std::collections::BTreeSet;

use yitu::model::{Dataset, Measure, Target};

/// Every kind the generator must make at least once in a run.
pub const EVERY_KIND: &[&str] = &[
    "value =",
    "value >",
    "value ≥",
    "value ≤",
    "value <",
    "value ≈",
    "range",
    "change Up Points",
    "change Up Percent",
    "change Up Absolute",
    "change Down Points",
    "change Down Percent",
    "change Down Absolute",
    "reference =",
    "reference >",
    "reference ≥",
    "reference ≤",
    "reference <",
    "reference ≈",
    "reference 同步",
    "assigned",
    "text",
    "level",
    "cumulative",
    "baseline",
    "no baseline",
    "category",
    "no category",
    "attribute",
    "no attribute",
    "milestone",
    "quote",
    "result before the target year",
    "result in the target year",
    "result after the target year",
    "result with a URL",
    "cooperating department",
    "deadline",
    "no deadline",
];

/// The kinds one dataset holds.
pub fn kinds(dataset: &Dataset) -> BTreeSet<String> {
    let mut kinds = BTreeSet::new();
    let target_year = dataset.document.period_end;
    for indicator in &dataset.indicators {
        kinds.insert(shape(&indicator.target));
        let mut add = |holds: bool, yes: &str, no: &str| {
            kinds.insert(if holds { yes } else { no }.to_owned());
        };
        add(
            indicator.measure == Measure::Cumulative,
            "cumulative",
            "level",
        );
        add(indicator.baseline.is_some(), "baseline", "no baseline");
        add(indicator.category.is_some(), "category", "no category");
        add(indicator.attribute.is_some(), "attribute", "no attribute");
        for (holds, kind) in [
            (!indicator.milestones.is_empty(), "milestone"),
            (!indicator.quotes.is_empty(), "quote"),
        ] {
            if holds {
                kinds.insert(kind.to_owned());
            }
        }
        for result in &indicator.results {
            kinds.insert(
                match result.year.cmp(&target_year) {
                    std::cmp::Ordering::Less => "result before the target year",
                    std::cmp::Ordering::Equal => "result in the target year",
                    std::cmp::Ordering::Greater => "result after the target year",
                }
                .to_owned(),
            );
            if result.url.is_some() {
                kinds.insert("result with a URL".to_owned());
            }
        }
    }
    for task in dataset.tasks() {
        if !task.cooperating.is_empty() {
            kinds.insert("cooperating department".to_owned());
        }
        let deadline = if task.deadline.is_some() {
            "deadline"
        } else {
            "no deadline"
        };
        kinds.insert(deadline.to_owned());
    }
    kinds
}

/// A target's shape: its kind, with its comparator or its direction and unit.
fn shape(target: &Target) -> String {
    let symbol = |comparator| {
        serde_json::to_value(comparator)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    match target {
        Target::Value { comparator, .. } => format!("value {}", symbol(comparator)),
        Target::Range { .. } => "range".to_owned(),
        Target::Change {
            direction,
            amount_unit,
            ..
        } => format!("change {direction:?} {amount_unit:?}"),
        Target::Reference { comparator, .. } => format!("reference {}", symbol(comparator)),
        Target::Assigned { .. } => "assigned".to_owned(),
        Target::Text { .. } => "text".to_owned(),
        Target::NotApplicable => "not applicable".to_owned(),
    }
}
