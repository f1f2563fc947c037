//! One indicator's gauge with its figures and what is known of its progress.

use yew::prelude::*;

use super::{baseline_target, chart_box, chinese_date};
use crate::charts::ChartKind;
use crate::islands::RouteLink;
use crate::model::{
    assessments, format_number, latest_assessment, yardstick_in_words, Assessment, Dataset,
    Indicator,
};
use crate::pages::use_dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct GaugeCardProps {
    pub id: u32,
    /// Whether the card's title links to the indicator's own view.
    #[prop_or(true)]
    pub linked: bool,
}

#[component]
pub fn GaugeCard(props: &GaugeCardProps) -> Html {
    let dataset = use_dataset();
    let Some(indicator) = dataset.indicator(props.id) else {
        return html! {};
    };
    let title = html! {
        <>
            <span class="gauge-card__number">{ indicator.id }</span>
            <span>{ indicator.name.clone() }</span>
        </>
    };
    html! {
        <article class="gauge-card" aria-labelledby={format!("gauge-title-{}", indicator.id)}>
            <h3 class="gauge-card__title" id={format!("gauge-title-{}", indicator.id)}>
                if props.linked {
                    <RouteLink to={Route::Indicator { id: indicator.id }}>{ title }</RouteLink>
                } else {
                    { title }
                }
            </h3>
            if indicator.has_dial() {
                { chart_box(
                    ChartKind::Gauge { indicator: indicator.id },
                    &text_equivalent(&dataset, indicator),
                    "gauge-card__chart",
                ) }
            } else {
                { target_badge(&dataset, indicator) }
            }
            { baseline_target(&dataset, indicator) }
            { milestones(indicator) }
            { results(&dataset, indicator) }
        </article>
    }
}

/// What a sighted reader sees on the gauge, in one sentence.
pub fn text_equivalent(dataset: &Dataset, indicator: &Indicator) -> String {
    let document = &dataset.document;
    let mut text = format!(
        "{}：{}年{}，{}年目标{}",
        indicator.name,
        document.baseline_year,
        indicator.baseline_in_words(),
        document.period_end,
        indicator.target_in_words(document.baseline_year),
    );
    if let Some(attribute) = indicator.attribute {
        text.push_str(&format!("，{}指标", attribute.label()));
    }
    match latest_assessment(indicator, dataset) {
        None => text.push_str("；尚无公开结果"),
        Some(assessment) => text.push_str(&format!(
            "；{}年公开结果{}，{}",
            assessment.result.year,
            indicator.with_unit(assessment.result.value),
            assessment.verdict.label()
        )),
    }
    text
}

/// A target without a dial (assigned by a higher level, or in words): its words in a badge.
fn target_badge(dataset: &Dataset, indicator: &Indicator) -> Html {
    let year = dataset.document.period_end;
    html! {
        <div class="target-badge" role="img" aria-label={text_equivalent(dataset, indicator)}>
            <span class="target-badge__year">{ format!("{year}年目标") }</span>
            <strong class="target-badge__words">{ indicator.target_in_words(dataset.document.baseline_year) }</strong>
            <span class="target-badge__note">{ badge_note(indicator) }</span>
        </div>
    }
}

/// Why the badge has no scale: a target in words, or none at all (`-`).
pub fn badge_note(indicator: &Indicator) -> &'static str {
    match indicator.target {
        crate::model::Target::NotApplicable => "原文此项为“-”，无数值刻度",
        _ => "文字目标，无数值刻度",
    }
}

/// The yearly milestones a task's text gives, where it gives them.
fn milestones(indicator: &Indicator) -> Html {
    if indicator.milestones.is_empty() {
        return html! {};
    }
    let items = indicator.milestones.iter().map(|milestone| {
        html! {
            <li>
                <span class="milestones__year">{ format!("{}年", milestone.year) }</span>
                <span class="milestones__value">{ indicator.with_unit(milestone.value) }</span>
            </li>
        }
    });
    let task = indicator.milestones[0].task;
    html! {
        <div class="milestones">
            <p class="milestones__title">
                { "年度目标（见" }
                <RouteLink to={Route::Task { id: task }}>{ format!("重点任务{task}") }</RouteLink>
                { "）" }
            </p>
            <ol class="milestones__list">{ for items }</ol>
        </div>
    }
}

/// Every published result, oldest first, each with its verdict in words and a shape, its source,
/// date and link; or that none has been published.
fn results(dataset: &Dataset, indicator: &Indicator) -> Html {
    let assessments = assessments(indicator, dataset);
    if assessments.is_empty() {
        return html! {
            <p class="progress-note progress-note--none">
                <strong>{ "尚无公开结果" }</strong>
                <span>{ "本页不推算、不估计进展。" }</span>
            </p>
        };
    }
    let items = assessments
        .iter()
        .map(|assessment| result_item(dataset, indicator, assessment));
    html! {
        <div class="results">
            <p class="results__title">{ format!("公开结果（{}项）", assessments.len()) }</p>
            <ol class="results__list">{ for items }</ol>
        </div>
    }
}

/// One published result: year, figure, verdict, what it was measured against, and its source.
fn result_item(dataset: &Dataset, indicator: &Indicator, assessment: &Assessment) -> Html {
    let result = assessment.result;
    let verdict = assessment.verdict;
    let covered = assessment.covered.map(|share| {
        format!(
            "完成基数到目标距离的{}%",
            format_number((share * 100.0).round())
        )
    });
    let yardstick = yardstick_in_words(indicator, assessment, dataset);
    let detail: Vec<String> = [Some(yardstick), covered]
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect();
    html! {
        <li class={classes!("result", format!("result--{}", verdict.tone()))}>
            <span class="result__year">{ format!("{}年", result.year) }</span>
            <strong class="result__value">{ indicator.with_unit(result.value) }</strong>
            <span class="result__verdict">
                <span class="result__mark" aria-hidden="true">{ verdict.mark() }</span>
                { verdict.label() }
            </span>
            if !detail.is_empty() {
                <span class="result__detail">{ format!("{}。", detail.join("；")) }</span>
            }
            <span class="result__source">
                { "来源：" }
                // Only a web address becomes a link: never `javascript:` or `data:`.
                if let Some(url) = result.url.as_deref().and_then(crate::share::article_base) {
                    <a href={url} rel="noopener">{ result.source.clone() }</a>
                } else {
                    { result.source.clone() }
                }
                { format!("（{}发布）", chinese_date(&result.date)) }
            </span>
        </li>
    }
}

/// All gauges, one card per indicator.
#[component]
pub fn GaugeGrid() -> Html {
    let dataset = use_dataset();
    let cards = dataset
        .indicators
        .iter()
        .map(|indicator| html! { <GaugeCard id={indicator.id} /> });
    html! { <div class="gauge-grid">{ for cards }</div> }
}
