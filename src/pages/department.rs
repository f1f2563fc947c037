//! One department: the tasks it leads and the tasks it shares, with the departments it shares them with.

use yew::prelude::*;

use crate::components::{department_links, route_link, ShareControl};
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
                { route_link(Route::Overview, "", html! { <>{ "总览" }</> }) }
                <span aria-hidden="true">{ " › " }</span>
                <span>{ "部门分工" }</span>
            </nav>
            <h1 id="page-title" class="detail__title">{ department.name.clone() }</h1>
            <p class="detail__meta">
                { format!("在{}项重点任务中：牵头{}项，作为责任单位参与{}项。", dataset.tasks().count(), led.len(), shared.len()) }
            </p>
            <ShareControl route={Route::Department { slug: department.slug.clone() }} />
            <RoleTasks role={Role::Lead} department={department.name.clone()} tasks={led.into_iter().cloned().collect::<Vec<_>>()} />
            <RoleTasks role={Role::Responsible} department={department.name.clone()} tasks={shared.into_iter().cloned().collect::<Vec<_>>()} />
            <nav class="pager" aria-label="其他部门">
                { route_link(Route::Overview, "pager__overview", html! { <>{ "‹ 返回总览，查看全部单位的任务分工表" }</> }) }
            </nav>
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
            Role::Responsible => Some(("牵头", task.lead.clone())),
        };
        html! {
            <li class="related-task">
                { route_link(Route::Task { id: task.id }, "related-task__title", html! { <>
                    <span class={classes!("mark", mark)}>{ props.role.label() }</span>
                    { format!("任务{}：{}", task.id, task.short_title()) }
                </> }) }
                if let Some((label, names)) = partners {
                    <p class="related-task__lead">
                        <span class="related-task__partners">{ format!("{label}：") }</span>
                        { department_links(&names) }
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
