//! Baseline → target figures, in words a reader can say aloud.

use yew::prelude::*;

use super::route_link;
use crate::model::{dataset, Indicator, Target};
use crate::route::Route;

/// `2022年 2个 → 2025年目标 4.5个`, with "—" and its meaning where the baseline is missing. The arrow
/// is drawn by the stylesheet, since a `<dl>` may hold only its groups.
pub fn baseline_target(indicator: &Indicator) -> Html {
    let document = &dataset().document;
    html! {
        <dl class="baseline-target">
            <div class="baseline-target__item baseline-target__item--baseline">
                <dt>{ format!("{}年基数", document.baseline_year) }</dt>
                <dd>{ baseline_figure(indicator) }</dd>
            </div>
            <div class="baseline-target__item baseline-target__item--target">
                <dt>{ format!("{}年目标", document.period_end) }</dt>
                <dd>{ target_figure(indicator) }</dd>
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
                <span class="visually-hidden">{ "原文件未列基数" }</span>
            </span>
        },
    }
}

/// The target with its comparator in words: 超过 90%, 不低于全市平均水平.
pub fn target_figure(indicator: &Indicator) -> Html {
    match &indicator.target {
        Target::Value { comparator, value } => html! {
            <span class="figure">
                <span class="figure__comparator">{ comparator.word() }</span>
                <span class="figure__number">{ crate::model::format_number(*value) }</span>
                <span class="figure__unit">{ indicator.unit.clone() }</span>
            </span>
        },
        Target::Reference {
            comparator,
            reference,
        } => html! {
            <span class="figure figure--words">
                <span class="figure__comparator">{ comparator.word() }</span>
                <span class="figure__reference">{ reference.clone() }</span>
            </span>
        },
    }
}

/// The overview's headline numbers: the first indicators with numeric targets.
#[component]
pub fn KeyFigures() -> Html {
    let dataset = dataset();
    let cards = dataset
        .indicators
        .iter()
        .filter(|indicator| indicator.target.value().is_some())
        .take(4)
        .map(|indicator| {
            html! {
                <li class="key-figure">
                    { route_link(Route::Indicator { id: indicator.id }, "key-figure__link", html! { <>
                        <span class="key-figure__value">{ target_figure(indicator) }</span>
                        <span class="key-figure__name">{ indicator.short_name.clone() }</span>
                        <span class="key-figure__year">{ format!("{}年目标", dataset.document.period_end) }</span>
                    </> }) }
                </li>
            }
        });
    html! { <ul class="key-figures">{ for cards }</ul> }
}
