//! The key tasks by section, each with its lead departments.

use yew::prelude::*;

use super::{department_links, RouteLink};
use crate::model::dataset;
use crate::route::Route;

#[component]
pub fn TaskList() -> Html {
    let sections = dataset().sections.iter().map(|section| {
        let tasks = section.tasks.iter().map(|task| {
            html! {
                <li class="task-list__task">
                    <RouteLink to={Route::Task { id: task.id }} class="task-list__title"><span class="task-list__number">{ task.id }</span>
                        { task.short_title() }</RouteLink>
                    <p class="task-list__lead">
                        <span class="mark mark--lead">{ "牵头" }</span>
                        { department_links(&task.lead) }
                    </p>
                </li>
            }
        });
        html! {
            <section class="task-list__section" aria-labelledby={format!("section-{}", section.id)}>
                <h3 class="section-banner section-banner--minor" id={format!("section-{}", section.id)}>{ section.title.clone() }</h3>
                <ol class="task-list">{ for tasks }</ol>
            </section>
        }
    });
    html! { <div class="task-sections">{ for sections }</div> }
}
