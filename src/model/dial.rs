//! The gauge bands of an indicator, computed once here and read by the chart and the share card.

use super::{latest_result, nice_ceiling, Aim, Comparator, Indicator, Target, ABOUT_TOLERANCE};

/// What a stretch of the dial's scale means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandKind {
    /// Up to the baseline: where the plan started.
    Baseline,
    /// Between the baseline (or zero) and the target: the distance the plan asks to cover.
    Gap,
    /// Where the target is met: beyond a `>`/`≥` figure, under a `≤`/`<` limit, inside a band.
    Goal,
    /// The rest of the scale.
    Track,
}

/// One stretch of the scale, ending at `to` (a share of the scale, 0–1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub to: f64,
    pub kind: BandKind,
}

/// The dial of an indicator whose target is a figure, a band, a change or a reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Dial {
    /// The scale's end: 100 for a percentage, else a round number above every figure.
    pub max: f64,
    /// How many divisions the scale's labels mark.
    pub split_number: f64,
    /// The stretches of the scale, in order; the last ends at 1.
    pub bands: Vec<Band>,
    /// The latest published result, drawn as a bar, where there is one.
    pub result: Option<f64>,
}

/// The dial of an indicator; `None` for a target in words or one assigned by a higher level,
/// which is shown as a badge.
pub fn dial(indicator: &Indicator) -> Option<Dial> {
    if !indicator.has_dial() {
        return None;
    }
    let (max, split_number) = scale(indicator);
    // The ends of the stretches, as figures on the scale, in order.
    let mut stops: Vec<(f64, BandKind)> = Vec::new();
    let start = indicator.start_value();
    if let Some(start) = start {
        stops.push((start, BandKind::Baseline));
    }
    match (
        &indicator.target,
        indicator.aim(),
        indicator.implied_target(),
    ) {
        (
            Target::Range {
                min, max: upper, ..
            },
            _,
            _,
        ) => {
            let before = if start.is_some_and(|start| start < *min) {
                BandKind::Gap
            } else {
                BandKind::Track
            };
            stops.push((*min, before));
            stops.push((*upper, BandKind::Goal));
        }
        (_, Aim::Up, Some(target)) => {
            stops.push((target, BandKind::Gap));
            let beyond = match indicator.target_comparator() {
                Some(Comparator::Reach) => BandKind::Track,
                _ => BandKind::Goal,
            };
            stops.push((max, beyond));
        }
        (_, Aim::Down, Some(target)) => {
            // Lower is better: from zero, the zone where the limit is met, then what is to be cut.
            stops.clear();
            stops.push((target, BandKind::Goal));
            if let Some(baseline) = indicator.baseline.filter(|baseline| *baseline > target) {
                stops.push((baseline, BandKind::Gap));
            }
        }
        (_, Aim::Near, Some(target)) => {
            stops.push((target * (1.0 - ABOUT_TOLERANCE), BandKind::Gap));
            stops.push((target * (1.0 + ABOUT_TOLERANCE), BandKind::Goal));
        }
        _ => {}
    }
    stops.push((max, BandKind::Track));
    let mut bands: Vec<Band> = Vec::new();
    for (value, kind) in stops {
        let to = (value / max).clamp(0.0, 1.0);
        if to > bands.last().map_or(0.0, |band| band.to) {
            bands.push(Band { to, kind });
        }
    }
    Some(Dial {
        max,
        split_number,
        bands,
        result: latest_result(indicator).map(|result| result.value),
    })
}

/// Percentages run from 0 to 100; other units from 0 to a round number above the largest figure.
fn scale(indicator: &Indicator) -> (f64, f64) {
    if indicator.is_percent() {
        return (100.0, 5.0);
    }
    let range_max = match indicator.target {
        Target::Range { max, .. } => Some(max),
        _ => None,
    };
    let largest = [indicator.baseline, indicator.implied_target(), range_max]
        .into_iter()
        .flatten()
        .chain(indicator.results.iter().map(|result| result.value))
        .chain(indicator.milestones.iter().map(|milestone| milestone.value))
        .fold(0.0, f64::max);
    let max = nice_ceiling(largest * 1.2);
    let split_number = if max <= 10.0 && max.fract() == 0.0 {
        max
    } else {
        5.0
    };
    (max, split_number)
}
