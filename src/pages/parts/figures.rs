//! Baseline → target figures, in words a reader can say aloud.

use yew::prelude::*;

use crate::islands::RouteLink;
use crate::model::{
    format_number, Comparator, Dataset, Indicator, Target, Wording, MISSING_BASELINE,
};
use crate::pages::use_dataset;
use crate::route::Route;

/// `2022年 2个 → 2025年目标 4.5个`, with "—" and its meaning where the baseline is missing. The arrow
/// is drawn by the stylesheet, since a `<dl>` may hold only its groups.
pub fn baseline_target(dataset: &Dataset, indicator: &Indicator) -> Html {
    let document = &dataset.document;
    html! {
        <dl class="baseline-target">
            <div class="baseline-target__item baseline-target__item--baseline">
                <dt>{ format!("{}年基数", document.baseline_year) }</dt>
                <dd>{ baseline_figure(indicator) }</dd>
            </div>
            <div class="baseline-target__item baseline-target__item--target">
                <dt>{ format!("{}年目标", document.period_end) }</dt>
                <dd>{ target_figure(dataset, indicator) }</dd>
            </div>
        </dl>
    }
}

/// The baseline as a figure with its unit, or "—" read out as 无数据.
pub fn baseline_figure(indicator: &Indicator) -> Html {
    match indicator.baseline {
        Some(baseline) => html! {
            <span class="figure">
                <span class="figure__number">{ crate::model::format_number(baseline) }</span>
                <span class="figure__unit">{ indicator.unit.clone() }</span>
            </span>
        },
        None => html! {
            <span class="figure figure--none">
                <span aria-hidden="true">{ "—" }</span>
                <span class="visually-hidden">{ MISSING_BASELINE }</span>
            </span>
        },
    }
}

/// The target with its comparator in words: 超过 90%, 不高于 30/10万, 85—95%, 不低于全市平均水平;
/// a change shows the figure it implies.
pub fn target_figure(dataset: &Dataset, indicator: &Indicator) -> Html {
    let unit = html! { <span class="figure__unit">{ indicator.unit.clone() }</span> };
    let cumulative = (!indicator.measure.is_level())
        .then(|| html! { <span class="figure__comparator">{ "累计" }</span> });
    match &indicator.target {
        Target::Value {
            wording: Wording::Plain,
            comparator,
            value,
        } => html! {
            <span class="figure">
                { for cumulative }
                if *comparator != Comparator::About {
                    <span class="figure__comparator">{ comparator.word() }</span>
                }
                <span class="figure__number">{ format_number(*value) }</span>
                { unit }
                if *comparator == Comparator::About {
                    <span class="figure__comparator">{ "左右" }</span>
                }
            </span>
        },
        // A worded figure (不少于95, 增长6.2%左右): the figure, and the plan's words under it.
        Target::Value { value, .. } => html! {
            <span class="figure figure--change">
                <span class="figure__number">{ format_number(*value) }</span>
                { unit }
                <span class="figure__note">{ indicator.target_in_words(dataset.document.baseline_year) }</span>
            </span>
        },
        Target::Range {
            min,
            max,
            separator,
        } => html! {
            <span class="figure">
                { for cumulative }
                <span class="figure__number">{ format!("{}{}{}", format_number(*min), separator.mark(), format_number(*max)) }</span>
                { unit }
            </span>
        },
        Target::Change { .. } => {
            let year = dataset.document.baseline_year;
            let printed = indicator.target_as_printed(year);
            match indicator.implied_target() {
                Some(value) => html! {
                    <span class="figure figure--change">
                        <span class="figure__number">{ format_number(value) }</span>
                        { unit }
                        <span class="figure__note">{ printed }</span>
                    </span>
                },
                None => html! { <span class="figure figure--words">{ printed }</span> },
            }
        }
        Target::Reference { .. }
        | Target::Assigned { .. }
        | Target::Text { .. }
        | Target::NotApplicable => html! {
            <span class="figure figure--words">
                <span class="figure__reference">{ indicator.target_in_words(dataset.document.baseline_year) }</span>
            </span>
        },
    }
}

/// The overview's headline numbers: the first indicators with numeric targets.
#[component]
pub fn KeyFigures() -> Html {
    let dataset = use_dataset();
    let cards = dataset
        .indicators
        .iter()
        .filter(|indicator| indicator.implied_target().is_some())
        .take(4)
        .map(|indicator| {
            html! {
                <li class="key-figure">
                    <RouteLink to={Route::Indicator { id: indicator.id }} class="key-figure__link"><span class="key-figure__value">{ target_figure(&dataset, indicator) }</span>
                        <span class="key-figure__name">{ indicator.short_name.clone() }</span>
                        <span class="key-figure__year">{ format!("{}年目标", dataset.document.period_end) }</span></RouteLink>
                </li>
            }
        });
    html! { <ul class="key-figures">{ for cards }</ul> }
}
