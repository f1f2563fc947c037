//! One key task: its full text, section, departments and the indicators it states targets for.

use yew::prelude::*;

use super::parts::{
    department_links, lead_links, neighbours, notes_block, officials_list, Breadcrumb, Pager,
    PagerLink, Related, RoleMark,
};
use super::{use_dataset, NotFoundPage};
use crate::islands::{RouteLink, ShareControl};
use crate::model::Role;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct TaskPageProps {
    pub id: u32,
}

#[component]
pub fn TaskPage(props: &TaskPageProps) -> Html {
    let dataset = use_dataset();
    let (Some(task), Some(section)) = (dataset.task(props.id), dataset.section_of(props.id)) else {
        return html! { <NotFoundPage /> };
    };
    let indicators = dataset.indicators_of_task(task.id);
    let indicator_items: Vec<Html> = indicators.iter().map(|indicator| {
        let quotes = indicator
            .quotes
            .iter()
            .filter(|quote| quote.task == task.id)
            .map(|quote| html! { <blockquote class="quote">{ quote.text.clone() }</blockquote> });
        html! {
            <li class="related-indicator">
                <RouteLink to={Route::Indicator { id: indicator.id }}>{ format!("主要目标{}：{}", indicator.id, indicator.name) }</RouteLink>
                <span class="related-indicator__target">{ format!("{}年目标{}", dataset.document.period_end, indicator.target_in_words(dataset.document.baseline_year)) }</span>
                { for quotes }
            </li>
        }
    }).collect();
    let tasks: Vec<u32> = dataset.tasks().map(|task| task.id).collect();
    let count = tasks.len();
    let (previous, next) = neighbours(&tasks, task.id);
    let involved: usize = Role::ALL
        .into_iter()
        .map(|role| task.departments(role).len())
        .sum();
    let roles = Role::ALL
        .into_iter()
        // The document's own columns always show; a third role only where the plan has one.
        .filter(|role| *role != Role::Cooperating || !task.cooperating.is_empty())
        .map(|role| {
            html! {
                <div class="roles__row">
                    <dt><RoleMark {role} />{ role.column() }</dt>
                    <dd>{ if role == Role::Lead { lead_links(&dataset, &task.lead) } else { department_links(&dataset, task.departments(role)) } }</dd>
                </div>
            }
        });
    html! {
        <article class="detail" aria-labelledby="page-title">
            <Breadcrumb here={section.title.clone()} />
            <p class="detail__kicker">{ format!("重点任务{}（共{}项）", task.id, count) }</p>
            <h1 id="page-title" class="detail__title">{ task.short_title() }</h1>
            <p class="detail__meta">
                <span class="detail__meta-item">{ format!("所属板块：{}", section.title) }</span>
                <span class="detail__meta-item">{ format!("参与单位：{involved}个") }</span>
                if let Some(deadline) = &task.deadline {
                    <span class="detail__meta-item">{ format!("完成时限：{deadline}") }</span>
                }
            </p>
            <p class="detail__text">{ task.body() }</p>
            <dl class="roles">{ for roles }</dl>
            { officials_list(&task.officials) }
            { notes_block(&task.notes) }
            <ShareControl route={Route::Task { id: task.id }} />
            <Related heading_id="indicators-title" heading="对应的主要目标" class="related-indicators"
                items={indicator_items} none={format!("{}中没有与这项任务对应的指标", dataset.document.targets_place())} everything="全部主要目标" />
            <Pager label="其他任务" overview="全部任务"
                previous={previous.map(|id| PagerLink { to: Route::Task { id }, text: format!("‹ 任务{id}") })}
                next={next.map(|id| PagerLink { to: Route::Task { id }, text: format!("任务{id} ›") })} />
        </article>
    }
}
