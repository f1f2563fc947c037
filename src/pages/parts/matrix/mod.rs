//! The task-ownership matrix: a table of every task against every department, with a department filter.
//!
//! The table scrolls inside its own box; its task column and header row stay put.

use yew::prelude::*;

mod table;

use super::RoleMark;
use crate::contract::{
    ISLAND_CLASS, MATRIX_CAPTION_ID, MATRIX_FILTER_ISLAND, MATRIX_SCROLL_ID, MATRIX_STATUS_CLASS,
};
use crate::model::{self, Role};
use crate::pages::use_dataset;
use table::{caption, indicators_too, table_html};

/// The matrix: its filter, key and status line, and the table, as the page has them (all
/// departments). The filter is an island of the view: in the browser `ViewIslands` follows its
/// buttons (`dom::follow_matrix_filter`), which show one department's tasks in the table the page
/// has. Each button carries what the matrix then says (`data-status`, `data-caption`), worded here.
#[component]
pub fn Matrix() -> Html {
    let dataset = use_dataset();
    let matrix = &model::Matrix::new(&dataset);
    let chip = |column: Option<usize>, label: &str| {
        let pressed = column.is_none();
        let totals = column.and_then(|column| matrix.totals().get(column).copied());
        html! {
            <button
                type="button"
                class={classes!("chip", "pill", pressed.then_some("chip--pressed"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                aria-controls={MATRIX_SCROLL_ID}
                data-column={column.map(|column| column.to_string())}
                data-slug={totals.map(|totals| totals.department.slug.clone())}
                data-status={status(matrix, column)}
                data-caption={caption(matrix, column)}
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
            <div class={ISLAND_CLASS} data-island={MATRIX_FILTER_ISLAND}>
                <div class="matrix-filter" role="group" aria-labelledby="matrix-filter-label">
                    <p class="matrix-filter__label" id="matrix-filter-label">{ "按部门筛选" }</p>
                    <div class="matrix-filter__chips">{ for chips }</div>
                </div>
                <p class={MATRIX_STATUS_CLASS} aria-live="polite">{ status(matrix, None) }</p>
                <ul class="matrix-key" aria-label="图例">
                    { for key_roles(matrix).map(|role| html! { <li><RoleMark {role} />{ role.column() }</li> }) }
                    <li class="matrix-key__hint">{ "点部门名称或任务名称查看详情" }</li>
                </ul>
            </div>
            <div class="matrix-scroll" id={MATRIX_SCROLL_ID} role="region" aria-labelledby={MATRIX_CAPTION_ID} tabindex="0">
                { Html::from_html_unchecked(table_html(matrix, None).into()) }
            </div>
        </div>
    }
}

/// What the matrix's status line says with the department of `column` chosen, or with none. With
/// one chosen, the browser puts a link to its view after it.
fn status(matrix: &model::Matrix, column: Option<usize>) -> String {
    match column.and_then(|column| matrix.totals().get(column).copied()) {
        Some(totals) => format!(
            "{}：{}，共{}项任务{}。",
            totals.department.name,
            totals.in_words(),
            totals.involved(),
            indicators_too(column.map_or(0, |column| matrix.indicators_of(column)))
        ),
        None => format!(
            "显示全部{}项任务、{}个单位{}。",
            matrix.rows().count(),
            matrix.departments.len(),
            indicators_too(matrix.indicators.len())
        ),
    }
}

/// The roles the matrix's key and totals show: the document's two, and 配合 where the plan has it.
fn key_roles(matrix: &model::Matrix) -> impl Iterator<Item = Role> {
    let cooperating = matrix.count_all(Role::Cooperating) > 0;
    Role::ALL
        .into_iter()
        .filter(move |role| *role != Role::Cooperating || cooperating)
}
