//! Progress against a target, from published results only.

use super::{Indicator, PublishedResult};

/// What can be said about an indicator's progress.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress<'a> {
    /// No result has been published: the widget says so and shows no progress.
    NotPublished,
    /// The latest published result.
    Published {
        result: &'a PublishedResult,
        /// The share of the baseline → target distance covered, where both are numbers.
        covered: Option<f64>,
        /// Whether the result meets the target, where the target is a number.
        met: Option<bool>,
    },
}

/// The progress of an indicator, from its latest published result.
pub fn progress(indicator: &Indicator) -> Progress<'_> {
    let Some(result) = indicator.results.iter().max_by_key(|result| result.year) else {
        return Progress::NotPublished;
    };
    let target = indicator.target.value();
    let covered = match (indicator.baseline, target) {
        (Some(baseline), Some(target)) if target > baseline => {
            Some((result.value - baseline) / (target - baseline))
        }
        _ => None,
    };
    let met = target.map(|target| indicator.target.comparator().is_met(result.value, target));
    Progress::Published {
        result,
        covered,
        met,
    }
}
