//! The task-ownership matrix: a table of every task against every department, with a department filter.
//!
//! The filter is component state, so the pre-rendered page (all departments) and the first render in
//! the browser agree. The table scrolls inside its own box; its task column and header row stay put.

use yew::prelude::*;

use super::RouteLink;
use crate::model::{self, dataset, MatrixRow, Role};
use crate::route::Route;

/// The DOM id of the matrix's scrolling box.
const SCROLL_ID: &str = "matrix-scroll";

/// The matrix with its filter, key and status line.
#[component]
pub fn Matrix() -> Html {
    let matrix = model::Matrix::new(dataset());
    // The selected department's column; `None` shows all departments.
    let selected = use_state(|| None::<usize>);
    {
        let slug =
            (*selected).and_then(|column| matrix.departments.get(column).map(|d| d.slug.clone()));
        use_effect_with(slug, |slug| {
            #[cfg(target_arch = "wasm32")]
            if let Some(slug) = slug {
                browser::reveal_column(slug);
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = slug;
        });
    }
    let choose = |column: Option<usize>| {
        let selected = selected.clone();
        Callback::from(move |_: MouseEvent| selected.set(column))
    };
    let chip = |column: Option<usize>, label: &str| {
        let pressed = *selected == column;
        html! {
            <button
                type="button"
                class={classes!("chip", pressed.then_some("chip--pressed"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                aria-controls={SCROLL_ID}
                onclick={choose(column)}
            >
                { label }
            </button>
        }
    };
    let chips = std::iter::once(chip(None, "全部部门")).chain(
        matrix
            .departments
            .iter()
            .enumerate()
            .map(|(column, department)| chip(Some(column), &department.name)),
    );
    html! {
        <div class="matrix">
            <div class="matrix-filter" role="group" aria-labelledby="matrix-filter-label">
                <p class="matrix-filter__label" id="matrix-filter-label">{ "按部门筛选" }</p>
                <div class="matrix-filter__chips">{ for chips }</div>
            </div>
            <Status selected={*selected} />
            <ul class="matrix-key" aria-label="图例">
                <li><span class="mark mark--lead">{ Role::Lead.label() }</span>{ "牵头单位" }</li>
                <li><span class="mark mark--responsible">{ Role::Responsible.label() }</span>{ "责任单位" }</li>
                <li class="matrix-key__hint">{ "点部门名称或任务名称查看详情" }</li>
            </ul>
            <Table selected={*selected} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SelectedProps {
    /// The selected department's column, if any.
    selected: Option<usize>,
}

/// What the matrix shows now, announced when the filter changes.
#[component]
fn Status(props: &SelectedProps) -> Html {
    let dataset = dataset();
    let matrix = model::Matrix::new(dataset);
    let selected = props
        .selected
        .and_then(|column| matrix.totals().get(column).copied());
    html! {
        <p class="matrix__status" aria-live="polite">
            if let Some(totals) = selected {
                <span>
                    { format!("{}：{}，共{}项任务。", totals.department.name, totals.in_words(), totals.led + totals.shared) }
                </span>
                <RouteLink to={Route::Department { slug: totals.department.slug.clone() }} class="matrix__status-link">
                    { format!("查看{}的分工 ›", totals.department.name) }
                </RouteLink>
            } else {
                { format!("显示全部{}项任务、{}个单位。", dataset.tasks().count(), matrix.departments.len()) }
            }
        </p>
    }
}

/// The table itself: sections of task rows, department columns, and totals both ways.
#[component]
fn Table(props: &SelectedProps) -> Html {
    let dataset = dataset();
    let matrix = model::Matrix::new(dataset);
    let selected = props.selected;
    let columns = matrix.departments.len();
    let active = |column: usize| (selected == Some(column)).then_some("matrix__col--active");
    let caption = match selected.and_then(|column| matrix.departments.get(column)) {
        Some(department) => {
            let count = matrix
                .rows()
                .filter(|row| row.role_at(selected.unwrap_or_default()).is_some())
                .count();
            format!("重点任务分工表：{}参与的{}项任务", department.name, count)
        }
        None => format!(
            "重点任务分工表：{}项任务 × {}个单位",
            dataset.tasks().count(),
            columns
        ),
    };
    let headers = matrix.departments.iter().enumerate().map(|(column, department)| {
        html! {
            <th scope="col" id={format!("matrix-col-{}", department.slug)} class={classes!("matrix__department", active(column))}>
                <RouteLink to={Route::Department { slug: department.slug.clone() }} class="matrix__department-link">
                    { department.name.clone() }
                </RouteLink>
            </th>
        }
    });
    let sections = matrix.sections.iter().filter_map(|section| {
        let rows: Vec<&MatrixRow> = section
            .rows
            .iter()
            .filter(|row| selected.is_none_or(|column| row.role_at(column).is_some()))
            .collect();
        if rows.is_empty() {
            return None;
        }
        let rows = rows.into_iter().map(|row| {
            let cells = row.cells.iter().enumerate().map(|(column, cell)| {
                let mark = cell.map(|role| {
                    let class = match role {
                        Role::Lead => "mark--lead",
                        Role::Responsible => "mark--responsible",
                    };
                    html! { <span class={classes!("mark", class)}>{ role.label() }</span> }
                });
                html! { <td class={classes!("matrix__cell", active(column))}>{ for mark }</td> }
            });
            html! {
                <tr class="matrix__row">
                    <th scope="row" class="matrix__task">
                        <RouteLink to={Route::Task { id: row.task.id }} class="matrix__task-link">
                            <span class="matrix__number">{ row.task.id }</span>
                            <span>{ row.task.short_title() }</span>
                        </RouteLink>
                    </th>
                    { for cells }
                    <td class="matrix__total">{ row.involved() }</td>
                </tr>
            }
        });
        Some(html! {
            <tbody>
                <tr class="matrix__section">
                    <th scope="rowgroup" colspan={(columns + 2).to_string()}>
                        <span class="matrix__section-title">{ section.section.title.clone() }</span>
                    </th>
                </tr>
                { for rows }
            </tbody>
        })
    });
    let totals = matrix.totals();
    let totals_row = |role: Role, title: &str| {
        let cells = totals.iter().enumerate().map(|(column, totals)| {
            let count = match role {
                Role::Lead => totals.led,
                Role::Responsible => totals.shared,
            };
            html! {
                <td class={classes!("matrix__total", (count == 0).then_some("matrix__total--zero"), active(column))}>{ count }</td>
            }
        });
        html! {
            <tr class="matrix__totals">
                <th scope="row" class="matrix__task matrix__task--total">{ title }</th>
                { for cells }
                <td class="matrix__total">{ matrix.count_all(role) }</td>
            </tr>
        }
    };
    html! {
        <div class="matrix-scroll" id={SCROLL_ID} role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="matrix-table">
                <caption id="matrix-caption" class="visually-hidden">{ caption }</caption>
                <thead>
                    <tr class="matrix__header">
                        <th scope="col" class="matrix__corner">{ "重点任务" }</th>
                        { for headers }
                        <th scope="col" class="matrix__department matrix__department--total">
                            <span class="matrix__department-link">{ "参与单位数" }</span>
                        </th>
                    </tr>
                </thead>
                { for sections }
                <tfoot>
                    { totals_row(Role::Lead, "牵头任务数") }
                    { totals_row(Role::Responsible, "责任任务数") }
                </tfoot>
            </table>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;

    use super::SCROLL_ID;

    /// Scrolls the matrix sideways so the chosen department's column sits just right of the task column.
    pub fn reveal_column(slug: &str) {
        let document = gloo::utils::document();
        let header = document
            .get_element_by_id(&format!("matrix-col-{slug}"))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        let corner = document
            .query_selector(&format!("#{SCROLL_ID} .matrix__corner"))
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        let (Some(scroll), Some(header), Some(corner)) =
            (document.get_element_by_id(SCROLL_ID), header, corner)
        else {
            return;
        };
        let left = header.offset_left() - corner.offset_width() - header.offset_width();
        scroll.set_scroll_left(left.max(0));
    }
}
