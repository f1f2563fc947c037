//! One indicator's gauge with its figures and what is known of its progress.

use yew::prelude::*;

use super::{baseline_target, chart_box, route_link};
use crate::charts::ChartKind;
use crate::model::{dataset, format_number, progress, Indicator, Progress};
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
    let dataset = dataset();
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
                    { route_link(Route::Indicator { id: indicator.id }, "", html! { <>{ title }</> }) }
                } else {
                    { title }
                }
            </h3>
            { chart_box(
                &format!("gauge-{}", indicator.id),
                ChartKind::Gauge { indicator: indicator.id },
                &text_equivalent(indicator),
                "gauge-card__chart",
            ) }
            { baseline_target(indicator) }
            { milestones(indicator) }
            { progress_note(indicator) }
        </article>
    }
}

/// What a sighted reader sees on the gauge, in one sentence.
pub fn text_equivalent(indicator: &Indicator) -> String {
    let document = &dataset().document;
    let baseline = indicator
        .baseline
        .map(|value| indicator.with_unit(value))
        .unwrap_or_else(|| "无数据".to_owned());
    let mut text = format!(
        "{}：{}年{}，{}年目标{}，{}指标",
        indicator.name,
        document.baseline_year,
        baseline,
        document.period_end,
        indicator.target.in_words(&indicator.unit),
        indicator.attribute
    );
    match progress(indicator) {
        Progress::NotPublished => text.push_str("；暂无公开进展数据"),
        Progress::Published { result, .. } => text.push_str(&format!(
            "；{}年公开结果{}",
            result.year,
            indicator.with_unit(result.value)
        )),
    }
    text
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
                { route_link(Route::Task { id: task }, "", html! { <>{ format!("重点任务{task}") }</> }) }
                { "）" }
            </p>
            <ol class="milestones__list">{ for items }</ol>
        </div>
    }
}

/// 暂无公开进展数据, or the latest published result against the target.
fn progress_note(indicator: &Indicator) -> Html {
    match progress(indicator) {
        Progress::NotPublished => html! {
            <p class="progress-note progress-note--none">
                <strong>{ "暂无公开进展数据" }</strong>
                <span>{ "原文件只列出基数和目标，未公布完成情况。" }</span>
            </p>
        },
        Progress::Published {
            result,
            covered,
            met,
        } => {
            let covered = covered.map(|share| {
                format!(
                    "，完成基数到目标距离的{}%",
                    format_number((share * 100.0).round())
                )
            });
            let met = match met {
                Some(true) => "，已达到目标",
                Some(false) => "，尚未达到目标",
                None => "",
            };
            html! {
                <p class="progress-note progress-note--published">
                    <strong>{ format!("{}年：{}", result.year, indicator.with_unit(result.value)) }</strong>
                    <span>{ format!("{}{}。", covered.unwrap_or_default(), met) }</span>
                    <span class="progress-note__source">
                        { "来源：" }
                        // Only a web address becomes a link: never `javascript:` or `data:`.
                        if let Some(url) = result.url.as_deref().and_then(crate::share::article_base) {
                            <a href={url} rel="noopener">{ result.source.clone() }</a>
                        } else {
                            { result.source.clone() }
                        }
                        { format!("（{}）", result.date) }
                    </span>
                </p>
            }
        }
    }
}

/// All gauges, one card per indicator.
#[component]
pub fn GaugeGrid() -> Html {
    let cards = dataset()
        .indicators
        .iter()
        .map(|indicator| html! { <GaugeCard id={indicator.id} /> });
    html! { <div class="gauge-grid">{ for cards }</div> }
}
