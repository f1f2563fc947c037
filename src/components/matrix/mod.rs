//! The task-ownership matrix: a table of every task against every department, with a department filter.
//!
//! The filter is component state, so the pre-rendered page (all departments) and the first render in
//! the browser agree. The table scrolls inside its own box; its task column and header row stay put.

use yew::prelude::*;

mod table;

use super::{RoleMark, RouteLink};
use crate::model::{self, dataset, Role};
use crate::route::Route;
use table::table_html;

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

/// The matrix: its filter, key and status line, and the table. Only the filter changes: it is an
/// island of the view (`ViewIslands`), and the table is plain content of the page, written again by
/// the filter when a department is chosen.
#[component]
pub fn Matrix() -> Html {
    html! {
        <div class="matrix">
            <div class="island" data-island={MATRIX_FILTER_ISLAND}>
                <MatrixFilter />
            </div>
            <div class="matrix-scroll" id={MATRIX_SCROLL_ID} role="region" aria-labelledby="matrix-caption" tabindex="0">
                { Html::from_html_unchecked(table_html(matrix(), None).into()) }
            </div>
        </div>
    }
}

/// The name of the matrix filter's island in the page (`data-island`).
pub const MATRIX_FILTER_ISLAND: &str = "matrix-filter";

/// The department filter, with the key and the status line. Choosing a department writes the
/// table again with only its tasks (`dom::show_matrix_table`), and scrolls its column into view.
#[component]
pub fn MatrixFilter() -> Html {
    let matrix = matrix();
    // The selected department's column; `None` shows all departments.
    let selected = use_state(|| None::<usize>);
    {
        // The first render shows the table as the page has it; only a choice writes it again.
        let first = use_mut_ref(|| true);
        use_effect_with(*selected, move |selected| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            crate::dom::show_matrix_table(&table_html(matrix, *selected));
            let slug = selected.and_then(|column| matrix.departments.get(column));
            if let Some(department) = slug {
                crate::dom::reveal_matrix_column(&department.slug);
            }
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
                class={classes!("chip", "pill", pressed.then_some("chip--pressed"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                aria-controls={MATRIX_SCROLL_ID}
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
        <>
            <div class="matrix-filter" role="group" aria-labelledby="matrix-filter-label">
                <p class="matrix-filter__label" id="matrix-filter-label">{ "按部门筛选" }</p>
                <div class="matrix-filter__chips">{ for chips }</div>
            </div>
            <Status selected={*selected} />
            <ul class="matrix-key" aria-label="图例">
                { for key_roles().map(|role| html! { <li><RoleMark {role} />{ role.column() }</li> }) }
                <li class="matrix-key__hint">{ "点部门名称或任务名称查看详情" }</li>
            </ul>
        </>
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
    let matrix = matrix();
    let selected = props
        .selected
        .and_then(|column| matrix.totals().get(column).copied());
    html! {
        <p class="matrix__status" aria-live="polite">
            if let Some(totals) = selected {
                <span>
                    { format!("{}：{}，共{}项任务。", totals.department.name, totals.in_words(), totals.involved()) }
                </span>
                <RouteLink to={Route::Department { slug: totals.department.slug.clone() }} class="matrix__status-link">{ format!("查看{}的分工 ›", totals.department.name) }</RouteLink>
            } else {
                { format!("显示全部{}项任务、{}个单位。", dataset().tasks().count(), matrix.departments.len()) }
            }
        </p>
    }
}

/// The roles the matrix's key and totals show: the document's two, and 配合 where the plan has it.
fn key_roles() -> impl Iterator<Item = Role> {
    let cooperating = matrix().count_all(Role::Cooperating) > 0;
    Role::ALL
        .into_iter()
        .filter(move |role| *role != Role::Cooperating || cooperating)
}
