//! What a published result says about an indicator: met or not in the target year, ahead of or
//! behind the path before it. Only published figures are judged; nothing is estimated.

use super::{format_number, Aim, Dataset, Indicator, PublishedResult, Target};

/// The judgement of one published result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// In or after the target year, the result meets the target.
    Met,
    /// In or after the target year, the result does not meet the target.
    NotMet,
    /// Before the target year, past the milestone or the straight path for its year.
    Ahead,
    /// Before the target year, on the milestone or the straight path.
    OnTrack,
    /// Before the target year, short of the milestone or the straight path.
    Behind,
    /// Before the target year, below a target band.
    BelowBand,
    /// Before the target year, inside a target band.
    InBand,
    /// Before the target year, above a target band.
    AboveBand,
    /// Before the target year, within a `≤`/`<` limit that has no baseline to draw a path from.
    WithinLimit,
    /// Before the target year, over a `≤`/`<` limit that has no baseline.
    OverLimit,
    /// Before the target year, with no milestone and no baseline to draw a path from.
    TooEarly,
    /// The target is not a figure (a reference, an assigned or a text target): not judged here.
    NotJudged,
}

impl Verdict {
    /// Every verdict, in the order of the enum.
    #[rustfmt::skip]
    pub const ALL: [Verdict; 12] = [
        Verdict::Met, Verdict::NotMet, Verdict::Ahead, Verdict::OnTrack, Verdict::Behind,
        Verdict::BelowBand, Verdict::InBand, Verdict::AboveBand, Verdict::WithinLimit,
        Verdict::OverLimit, Verdict::TooEarly, Verdict::NotJudged,
    ];

    /// The verdict in words, as the status badge prints it.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Met => "已达到目标",
            Verdict::NotMet => "未达到目标",
            Verdict::Ahead => "快于进度",
            Verdict::OnTrack => "符合进度",
            Verdict::Behind => "慢于进度",
            Verdict::BelowBand => "低于目标区间",
            Verdict::InBand => "处于目标区间",
            Verdict::AboveBand => "高于目标区间",
            Verdict::WithinLimit => "在限值以内",
            Verdict::OverLimit => "超出限值",
            Verdict::TooEarly => "未到目标年份",
            Verdict::NotJudged => "不作评判",
        }
    }

    /// A shape that carries the verdict without colour: ✓ met, ✗ not met, ▲ ahead, ● on track,
    /// ▼ behind, ○ not judged.
    pub fn mark(self) -> &'static str {
        match self {
            Verdict::Met | Verdict::InBand | Verdict::WithinLimit => "✓",
            Verdict::NotMet | Verdict::OverLimit => "✗",
            Verdict::Ahead => "▲",
            Verdict::OnTrack => "●",
            Verdict::Behind | Verdict::BelowBand | Verdict::AboveBand => "▼",
            Verdict::TooEarly | Verdict::NotJudged => "○",
        }
    }

    /// The verdict's name in class names: `good`, `bad`, `neutral`.
    pub fn tone(self) -> &'static str {
        match self {
            Verdict::Met
            | Verdict::Ahead
            | Verdict::OnTrack
            | Verdict::InBand
            | Verdict::WithinLimit => "good",
            Verdict::NotMet
            | Verdict::Behind
            | Verdict::OverLimit
            | Verdict::BelowBand
            | Verdict::AboveBand => "bad",
            Verdict::TooEarly | Verdict::NotJudged => "neutral",
        }
    }
}

/// What a result was measured against before the target year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Yardstick {
    /// A milestone for the result's year, stated in a task's text.
    Milestone { value: f64, task: u32 },
    /// The straight path from the baseline (or zero, for a cumulative count) to the target.
    Path { value: f64 },
}

/// One published result with its judgement.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment<'a> {
    pub result: &'a PublishedResult,
    pub verdict: Verdict,
    /// What it was measured against, before the target year.
    pub yardstick: Option<Yardstick>,
    /// The share of the distance from the start (baseline, or zero) to the target covered.
    pub covered: Option<f64>,
}

/// An indicator's published results, oldest first.
pub fn results_by_year(indicator: &Indicator) -> Vec<&PublishedResult> {
    let mut results: Vec<&PublishedResult> = indicator.results.iter().collect();
    results.sort_by_key(|result| result.year);
    results
}

/// The latest published result of an indicator, if any.
pub fn latest_result(indicator: &Indicator) -> Option<&PublishedResult> {
    indicator.results.iter().max_by_key(|result| result.year)
}

/// The judgement of every published result of an indicator, oldest first.
pub fn assessments<'a>(indicator: &'a Indicator, dataset: &Dataset) -> Vec<Assessment<'a>> {
    results_by_year(indicator)
        .into_iter()
        .map(|result| assess(indicator, result, dataset))
        .collect()
}

/// The judgement of the latest published result, if any.
pub fn latest_assessment<'a>(
    indicator: &'a Indicator,
    dataset: &Dataset,
) -> Option<Assessment<'a>> {
    latest_result(indicator).map(|result| assess(indicator, result, dataset))
}

/// Judges one result: by the comparator in or after the target year; before it, against the
/// year's milestone where the plan gives one, or else the straight path from the start.
pub fn assess<'a>(
    indicator: &Indicator,
    result: &'a PublishedResult,
    dataset: &Dataset,
) -> Assessment<'a> {
    let document = &dataset.document;
    let target_year = document.period_end;
    let final_year = result.year >= target_year;
    let value = result.value;
    let covered = covered(indicator, value);
    let judged = |verdict, yardstick| Assessment {
        result,
        verdict,
        yardstick,
        covered,
    };

    if let Target::Range { min, max, .. } = indicator.target {
        let inside = value >= min && value <= max;
        let verdict = match (final_year, inside) {
            (true, true) => Verdict::Met,
            (true, false) => Verdict::NotMet,
            (false, true) => Verdict::InBand,
            (false, false) if value < min => Verdict::BelowBand,
            (false, false) => Verdict::AboveBand,
        };
        return judged(verdict, None);
    }
    let (Some(target), Some(comparator)) =
        (indicator.implied_target(), indicator.target_comparator())
    else {
        return judged(Verdict::NotJudged, None);
    };
    if final_year {
        let verdict = if comparator.is_met(value, target) {
            Verdict::Met
        } else {
            Verdict::NotMet
        };
        return judged(verdict, None);
    }
    let yardstick = indicator
        .milestones
        .iter()
        .find(|milestone| milestone.year == result.year)
        .map(|milestone| Yardstick::Milestone {
            value: milestone.value,
            task: milestone.task,
        })
        .or_else(|| {
            let start = indicator.start_value()?;
            let span = f64::from(target_year - document.baseline_year);
            let elapsed = f64::from(result.year.saturating_sub(document.baseline_year));
            Some(Yardstick::Path {
                value: start + (target - start) * elapsed / span,
            })
        });
    let Some(yardstick) = yardstick else {
        let verdict = match indicator.aim() {
            Aim::Down if comparator.is_met(value, target) => Verdict::WithinLimit,
            Aim::Down => Verdict::OverLimit,
            _ => Verdict::TooEarly,
        };
        return judged(verdict, None);
    };
    let expected = match yardstick {
        Yardstick::Milestone { value, .. } | Yardstick::Path { value } => value,
    };
    // Figures are compared as the document prints them, to two decimals.
    let difference = round2(value) - round2(expected);
    let start = indicator.start_value().unwrap_or(expected);
    let aim = match indicator.aim() {
        // A `左右` target is approached from the side the start lies on.
        Aim::Near if start > target => Aim::Down,
        Aim::Near => Aim::Up,
        aim => aim,
    };
    let ahead = if aim == Aim::Down {
        -difference
    } else {
        difference
    };
    let verdict = if ahead > 0.0 {
        Verdict::Ahead
    } else if ahead == 0.0 {
        Verdict::OnTrack
    } else {
        Verdict::Behind
    };
    judged(verdict, Some(yardstick))
}

/// The share of the distance from the start to the target that a figure has covered: rising for
/// targets that rise, falling for targets that fall. `None` where there is no start or no figure.
pub fn covered(indicator: &Indicator, value: f64) -> Option<f64> {
    let start = indicator.start_value()?;
    let target = indicator.implied_target()?;
    let distance = target - start;
    match indicator.aim() {
        Aim::Up | Aim::Down if distance != 0.0 => Some((value - start) / distance),
        _ => None,
    }
}

/// One sentence on an assessment, without the verdict's own words: what the result was measured
/// against. Empty where there is nothing to add.
pub fn yardstick_in_words(
    indicator: &Indicator,
    assessment: &Assessment,
    dataset: &Dataset,
) -> String {
    let year = assessment.result.year;
    let target_year = dataset.document.period_end;
    match assessment.yardstick {
        Some(Yardstick::Milestone { value, task }) => {
            format!(
                "{year}年阶段目标为{}（重点任务{task}）",
                indicator.with_unit(value)
            )
        }
        Some(Yardstick::Path { value }) => format!(
            "按{}到{target_year}年目标的直线进度，{year}年应为{}",
            match indicator.measure {
                super::Measure::Cumulative => "从零".to_owned(),
                super::Measure::Level => format!("{}年基数", dataset.document.baseline_year),
            },
            indicator.with_unit(round2(value))
        ),
        None => match assessment.verdict {
            Verdict::TooEarly | Verdict::WithinLimit | Verdict::OverLimit => {
                format!(
                    "目标年份为{target_year}年，目标{}",
                    indicator.target_in_words(dataset.document.baseline_year)
                )
            }
            Verdict::NotJudged => indicator.not_judged_in_words(),
            _ => format!(
                "{target_year}年目标{}",
                indicator.target_in_words(dataset.document.baseline_year)
            ),
        },
    }
}

/// Rounds to two decimals, as figures are printed.
fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// A figure's distance as words: `7个百分点` for a percentage, else with its unit.
pub fn gap_in_words(indicator: &Indicator, gap: f64) -> String {
    if indicator.is_percent() {
        format!("{}个百分点", format_number(round2(gap.abs())))
    } else {
        indicator.with_unit(round2(gap.abs()))
    }
}
