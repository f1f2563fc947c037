//! One department: the tasks it leads and the tasks it shares, with the departments it shares them with.

use yew::prelude::*;

use super::parts::{lead_links, Breadcrumb, Pager, RoleMark};
use super::{use_dataset, NotFoundPage};
use crate::islands::{RouteLink, ShareControl};
use crate::model::{Dataset, Role, Task};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DepartmentPageProps {
    pub slug: AttrValue,
}

#[component]
pub fn DepartmentPage(props: &DepartmentPageProps) -> Html {
    let dataset = use_dataset();
    let Some(department) = dataset.department_by_slug(&props.slug) else {
        return html! { <NotFoundPage /> };
    };
    let counts: Vec<String> = Role::ALL
        .into_iter()
        .filter_map(|role| {
            let count = dataset.tasks_of(&department.name, role).len();
            // The document's own two roles are always counted; 配合 only where the plan has it.
            (role != Role::Cooperating || count > 0).then(|| format!("{}{count}项", role.verb()))
        })
        .collect();
    // The document's own two roles always show; a third only where the plan gives it.
    let sections = Role::ALL.into_iter().map(|role| {
        let tasks = dataset.tasks_of(&department.name, role);
        let shown = role != Role::Cooperating || !tasks.is_empty();
        html! {
            if shown {
                <RoleTasks {role} department={department.name.clone()} tasks={tasks.into_iter().cloned().collect::<Vec<_>>()} />
            }
        }
    });
    // Indicators whose own row names the department, where the plan gives indicators units.
    let indicator_counts: Vec<String> = [Role::Lead, Role::Responsible]
        .into_iter()
        .filter_map(|role| {
            let count = dataset.indicators_of(&department.name, role).len();
            (count > 0).then(|| format!("{}{count}项", role.verb()))
        })
        .collect();
    let indicator_line = if indicator_counts.is_empty() {
        String::new()
    } else {
        format!(
            "在{}项主要目标中：{}。",
            dataset.indicators.len(),
            indicator_counts.join("，")
        )
    };
    let indicator_sections = [Role::Lead, Role::Responsible]
        .into_iter()
        .map(|role| role_indicators(&dataset, &department.name, role));
    html! {
        <article class="detail" aria-labelledby="page-title">
            <Breadcrumb here="部门分工" />
            <h1 id="page-title" class="detail__title">{ department.name.clone() }</h1>
            <p class="detail__meta">
                { format!("在{}项重点任务中：{}。{indicator_line}", dataset.tasks().count(), counts.join("，")) }
            </p>
            <ShareControl route={Route::Department { slug: department.slug.clone() }} />
            { for indicator_sections }
            { for sections }
            <Pager label="其他部门" overview="‹ 返回总览，查看全部单位的任务分工表" />
        </article>
    }
}

/// The indicators whose own row gives the department a role; nothing where there are none.
fn role_indicators(dataset: &Dataset, department: &str, role: Role) -> Html {
    let indicators = dataset.indicators_of(department, role);
    if indicators.is_empty() {
        return html! {};
    }
    let title = match role {
        Role::Lead => "牵头的主要目标",
        _ => "参与的主要目标（责任单位）",
    };
    let id = format!("indicators-{}", role.key());
    let year = dataset.document.period_end;
    let items = indicators.iter().map(|indicator| {
        html! {
            <li class="related-indicator">
                <RouteLink to={Route::Indicator { id: indicator.id }}><RoleMark {role} />
                    { format!("主要目标{}：{}", indicator.id, indicator.name) }</RouteLink>
                <span class="related-indicator__target">{ format!("{year}年目标{}", indicator.target_in_words(dataset.document.baseline_year)) }</span>
            </li>
        }
    });
    html! {
        <section class="block" aria-labelledby={id.clone()}>
            <h2 class="section-banner section-banner--minor" {id}>{ format!("{title}（{}项）", indicators.len()) }</h2>
            <ul class="related-indicators">{ for items }</ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RoleTasksProps {
    role: Role,
    /// The department whose tasks these are; the others named with each task are its partners.
    department: AttrValue,
    tasks: Vec<Task>,
}

#[component]
fn RoleTasks(props: &RoleTasksProps) -> Html {
    let dataset = use_dataset();
    let title = match props.role {
        Role::Lead => "牵头的任务",
        Role::Responsible => "参与的任务（责任单位）",
        Role::Cooperating => "配合的任务（配合单位）",
    };
    let id = format!("role-{}", props.role.key());
    let items = props.tasks.iter().map(|task| {
        let others = |names: &[String]| -> Vec<String> {
            names
                .iter()
                .filter(|name| name.as_str() != props.department.as_str())
                .cloned()
                .collect()
        };
        // Who else leads the task, and for a shared task, who leads it.
        let partners = match props.role {
            Role::Lead => {
                let co_leads = others(&task.lead);
                (!co_leads.is_empty()).then_some(("共同牵头", co_leads))
            }
            Role::Responsible | Role::Cooperating => Some(("牵头", task.lead.clone())),
        };
        html! {
            <li class="related-task">
                <RouteLink to={Route::Task { id: task.id }} class="related-task__title"><RoleMark role={props.role} />
                    { format!("任务{}：{}", task.id, task.short_title()) }</RouteLink>
                if let Some((label, names)) = partners {
                    <p class="related-task__lead">
                        <span class="related-task__partners">{ format!("{label}：") }</span>
                        { lead_links(&dataset, &names) }
                    </p>
                }
            </li>
        }
    });
    html! {
        <section class="block" aria-labelledby={id.clone()}>
            <h2 class="section-banner section-banner--minor" {id}>{ format!("{}（{}项）", title, props.tasks.len()) }</h2>
            if props.tasks.is_empty() {
                <p class="muted">{ "无" }</p>
            } else {
                <ul class="related-tasks">{ for items }</ul>
            }
        </section>
    }
}
