//! One indicator: its gauge, figures, the document's words for its target, and the tasks behind it.

use yew::prelude::*;

use super::parts::{
    indicator_roles, lead_links, neighbours, notes_block, Breadcrumb, GaugeCard, Pager, PagerLink,
    Related,
};
use super::{use_dataset, NotFoundPage};
use crate::islands::{RouteLink, ShareControl};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct IndicatorPageProps {
    pub id: u32,
}

#[component]
pub fn IndicatorPage(props: &IndicatorPageProps) -> Html {
    let id = props.id;
    if use_dataset().indicator(id).is_none() {
        return html! { <NotFoundPage /> };
    }
    // The whole view is pre-rendered; only the share control is rendered live (`ViewIslands`).
    html! {
        <article class="detail" aria-labelledby="page-title">
            <IndicatorHeading {id} />
            <GaugeCard {id} linked={false} />
            <ShareControl route={Route::Indicator { id }} />
            <IndicatorOwners {id} />
            <IndicatorSources {id} />
        </article>
    }
}

/// The breadcrumb, the indicator's name, unit and attribute.
#[component]
fn IndicatorHeading(props: &IndicatorPageProps) -> Html {
    let dataset = use_dataset();
    let Some(indicator) = dataset.indicator(props.id) else {
        return html! {};
    };
    let count = dataset.indicators.len();
    html! {
        <>
            <Breadcrumb here={format!("主要目标第{}项（共{}项）", indicator.id, count)} />
            <h1 id="page-title" class="detail__title">{ indicator.name.clone() }</h1>
            <p class="detail__meta">
                { format!("单位：{}", indicator.unit) }
                if let Some(category) = &indicator.category {
                    { format!("　类别：{category}") }
                }
                if let Some(attribute) = indicator.attribute {
                    { format!("　属性：{}指标", attribute.label()) }
                }
            </p>
        </>
    }
}

/// The indicator's own units and posts, and what its row says beyond the model.
#[component]
fn IndicatorOwners(props: &IndicatorPageProps) -> Html {
    let dataset = use_dataset();
    let Some(indicator) = dataset.indicator(props.id) else {
        return html! {};
    };
    html! {
        <>
            { indicator_roles(&dataset, indicator) }
            { notes_block(&indicator.notes) }
        </>
    }
}

/// The document's words for the indicator, the tasks behind it, and links to its neighbours.
#[component]
fn IndicatorSources(props: &IndicatorPageProps) -> Html {
    let dataset = use_dataset();
    let Some(indicator) = dataset.indicator(props.id) else {
        return html! {};
    };
    let document = &dataset.document;
    let tasks: Vec<Html> = indicator
        .tasks
        .iter()
        .filter_map(|id| dataset.task(*id))
        .map(|task| {
            html! {
                <li class="related-task">
                    <RouteLink to={Route::Task { id: task.id }} class="related-task__title">{ format!("重点任务{}：{}", task.id, task.short_title()) }</RouteLink>
                    <p class="related-task__lead">
                        <span class="mark mark--lead">{ "牵头" }</span>
                        { lead_links(&dataset, &task.lead) }
                    </p>
                </li>
            }
        })
        .collect();
    let quotes = indicator.quotes.iter().map(|quote| {
        html! {
            <li>
                <blockquote class="quote">{ quote.text.clone() }</blockquote>
                <p class="quote__source">
                    { "——" }
                    <RouteLink to={Route::Task { id: quote.task }}>{ format!("重点任务{}", quote.task) }</RouteLink>
                </p>
            </li>
        }
    });
    let attribute = indicator.attribute.map_or_else(String::new, |attribute| {
        format!("，属性 {}", attribute.label())
    });
    let row = format!(
        "{}{}年 {}，{}年 {}{attribute}。",
        document.where_printed(&indicator.name_with_unit()),
        document.baseline_year,
        indicator.baseline_as_printed(),
        document.period_end,
        indicator.target_as_printed(document.baseline_year),
    );
    let ids: Vec<u32> = dataset.indicators.iter().map(|other| other.id).collect();
    let (previous, next) = neighbours(&ids, props.id);
    let short_name = |id| {
        dataset
            .indicator(id)
            .map(|indicator| indicator.short_name.clone())
            .unwrap_or_default()
    };
    html! {
        <>
            <section class="block" aria-labelledby="provenance-title">
                <h2 class="section-banner section-banner--minor" id="provenance-title">{ "原文依据" }</h2>
                <p class="quote__table">{ row }</p>
                if !indicator.quotes.is_empty() {
                    <ul class="quotes">{ for quotes }</ul>
                }
            </section>
            <Related heading_id="tasks-title" heading="相关重点任务" class="related-tasks" items={tasks}
                none="重点任务中没有直接写到这项指标" everything="全部重点任务分工" />
            <Pager label="其他指标" overview="全部指标"
                previous={previous.map(|id| PagerLink { to: Route::Indicator { id }, text: format!("‹ 上一项：{}", short_name(id)) })}
                next={next.map(|id| PagerLink { to: Route::Indicator { id }, text: format!("下一项：{} ›", short_name(id)) })} />
        </>
    }
}
