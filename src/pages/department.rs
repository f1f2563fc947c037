//! One department: the tasks it leads and the tasks it shares, with the departments it shares them with.

use yew::prelude::*;

use super::parts::{department_links, Breadcrumb, Pager, RoleMark};
use super::{use_dataset, NotFoundPage};
use crate::islands::{RouteLink, ShareControl};
use crate::model::{Role, Task};
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
    html! {
        <article class="detail" aria-labelledby="page-title">
            <Breadcrumb here="部门分工" />
            <h1 id="page-title" class="detail__title">{ department.name.clone() }</h1>
            <p class="detail__meta">
                { format!("在{}项重点任务中：{}。", dataset.tasks().count(), counts.join("，")) }
            </p>
            <ShareControl route={Route::Department { slug: department.slug.clone() }} />
            { for sections }
            <Pager label="其他部门" overview="‹ 返回总览，查看全部单位的任务分工表" />
        </article>
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
                        { department_links(&dataset, &names) }
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
