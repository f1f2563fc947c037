//! One department: the tasks it leads and the tasks it shares.

use yew::prelude::*;

use crate::components::RouteLink;
use crate::model::{dataset, Role, Task};
use crate::pages::NotFoundPage;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DepartmentPageProps {
    pub slug: AttrValue,
}

#[component]
pub fn DepartmentPage(props: &DepartmentPageProps) -> Html {
    let dataset = dataset();
    let Some(department) = dataset.department_by_slug(&props.slug) else {
        return html! { <NotFoundPage /> };
    };
    let led = dataset.tasks_of(&department.name, Role::Lead);
    let shared = dataset.tasks_of(&department.name, Role::Responsible);
    html! {
        <article class="detail" aria-labelledby="page-title">
            <nav class="breadcrumb" aria-label="位置">
                <RouteLink to={Route::Overview}>{ "总览" }</RouteLink>
                <span aria-hidden="true">{ " › " }</span>
                <span>{ "部门分工" }</span>
            </nav>
            <h1 id="page-title" class="detail__title">{ department.name.clone() }</h1>
            <p class="detail__meta">
                { format!("在{}项重点任务中：牵头{}项，作为责任单位参与{}项。", dataset.tasks().count(), led.len(), shared.len()) }
            </p>
            <RoleTasks role={Role::Lead} tasks={led.into_iter().cloned().collect::<Vec<_>>()} />
            <RoleTasks role={Role::Responsible} tasks={shared.into_iter().cloned().collect::<Vec<_>>()} />
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct RoleTasksProps {
    role: Role,
    tasks: Vec<Task>,
}

#[component]
fn RoleTasks(props: &RoleTasksProps) -> Html {
    let (title, mark) = match props.role {
        Role::Lead => ("牵头的任务", "mark--lead"),
        Role::Responsible => ("参与的任务（责任单位）", "mark--responsible"),
    };
    let id = format!(
        "role-{}",
        if props.role == Role::Lead {
            "lead"
        } else {
            "responsible"
        }
    );
    let items = props.tasks.iter().map(|task| {
        html! {
            <li class="related-task">
                <RouteLink to={Route::Task { id: task.id }} class="related-task__title">
                    <span class={classes!("mark", mark)}>{ props.role.label() }</span>
                    { format!("任务{}：{}", task.id, task.short_title()) }
                </RouteLink>
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
