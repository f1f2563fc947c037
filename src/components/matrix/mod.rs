//! The task-ownership matrix: a table of every task against every department, with a department filter.
//!
//! The table scrolls inside its own box; its task column and header row stay put.

use yew::prelude::*;

mod table;

use super::RoleMark;
use crate::model::{self, dataset, Role};
use table::{caption, table_html};

use crate::dom::MATRIX_SCROLL_ID;

/// The matrix of the dataset shown, built once per dataset for the components that show it. The
/// browser shows one dataset; the native build may render several (see `model::with_dataset`).
/// Each matrix is kept for good, as the dataset it points into is.
fn matrix() -> &'static model::Matrix<'static> {
    type Built = (&'static model::Dataset, &'static model::Matrix<'static>);
    thread_local! {
        static MATRIX: std::cell::Cell<Option<Built>> = const { std::cell::Cell::new(None) };
    }
    let dataset = dataset();
    MATRIX.with(|built| match built.get() {
        Some((of, matrix)) if std::ptr::eq(of, dataset) => matrix,
        _ => {
            let matrix: &'static model::Matrix<'static> =
                Box::leak(Box::new(model::Matrix::new(dataset)));
            built.set(Some((dataset, matrix)));
            matrix
        }
    })
}

/// The matrix: its filter, key and status line, and the table, as the page has them (all
/// departments). The filter is an island of the view: in the browser `ViewIslands` follows its
/// buttons (`dom::follow_matrix_filter`), which show one department's tasks in the table the page
/// has. Each button carries what the matrix then says (`data-status`, `data-caption`), worded here.
#[component]
pub fn Matrix() -> Html {
    let matrix = matrix();
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
            <div class="island" data-island={MATRIX_FILTER_ISLAND}>
                <div class="matrix-filter" role="group" aria-labelledby="matrix-filter-label">
                    <p class="matrix-filter__label" id="matrix-filter-label">{ "按部门筛选" }</p>
                    <div class="matrix-filter__chips">{ for chips }</div>
                </div>
                <p class="matrix__status" aria-live="polite">{ status(matrix, None) }</p>
                <ul class="matrix-key" aria-label="图例">
                    { for key_roles().map(|role| html! { <li><RoleMark {role} />{ role.column() }</li> }) }
                    <li class="matrix-key__hint">{ "点部门名称或任务名称查看详情" }</li>
                </ul>
            </div>
            <div class="matrix-scroll" id={MATRIX_SCROLL_ID} role="region" aria-labelledby="matrix-caption" tabindex="0">
                { Html::from_html_unchecked(table_html(matrix, None).into()) }
            </div>
        </div>
    }
}

/// The name of the matrix filter's island in the page (`data-island`).
pub const MATRIX_FILTER_ISLAND: &str = "matrix-filter";

/// What the matrix's status line says with the department of `column` chosen, or with none. With
/// one chosen, the browser puts a link to its view after it.
fn status(matrix: &model::Matrix, column: Option<usize>) -> String {
    match column.and_then(|column| matrix.totals().get(column).copied()) {
        Some(totals) => format!(
            "{}：{}，共{}项任务。",
            totals.department.name,
            totals.in_words(),
            totals.involved()
        ),
        None => format!(
            "显示全部{}项任务、{}个单位。",
            dataset().tasks().count(),
            matrix.departments.len()
        ),
    }
}

/// The roles the matrix's key and totals show: the document's two, and 配合 where the plan has it.
fn key_roles() -> impl Iterator<Item = Role> {
    let cooperating = matrix().count_all(Role::Cooperating) > 0;
    Role::ALL
        .into_iter()
        .filter(move |role| *role != Role::Cooperating || cooperating)
}
