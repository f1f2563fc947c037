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

/// The matrix with its filter, key and status line.
#[component]
pub fn Matrix() -> Html {
    let matrix = matrix();
    // The selected department's column; `None` shows all departments.
    let selected = use_state(|| None::<usize>);
    {
        let slug =
            (*selected).and_then(|column| matrix.departments.get(column).map(|d| d.slug.clone()));
        use_effect_with(slug, |slug| {
            if let Some(slug) = slug {
                crate::dom::reveal_matrix_column(slug);
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
        <div class="matrix">
            <div class="matrix-filter" role="group" aria-labelledby="matrix-filter-label">
                <p class="matrix-filter__label" id="matrix-filter-label">{ "按部门筛选" }</p>
                <div class="matrix-filter__chips">{ for chips }</div>
            </div>
            <Status selected={*selected} />
            <ul class="matrix-key" aria-label="图例">
                { for key_roles().map(|role| html! { <li><RoleMark {role} />{ role.column() }</li> }) }
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

/// The table itself: sections of task rows, department columns, and totals both ways.
///
/// It is the largest part of the page (hundreds of cells), so it is written as one HTML string
/// ([`table_html`]): hydrating it costs nothing and a filter change replaces it whole. Its links
/// are plain anchors, followed in place by `FollowLinksInPlace`.
#[component]
fn Table(props: &SelectedProps) -> Html {
    let table = table_html(matrix(), props.selected);
    html! {
        <div class="matrix-scroll" id={MATRIX_SCROLL_ID} role="region" aria-labelledby="matrix-caption" tabindex="0">
            { Html::from_html_unchecked(table.into()) }
        </div>
    }
}

/// The roles the matrix's key and totals show: the document's two, and 配合 where the plan has it.
fn key_roles() -> impl Iterator<Item = Role> {
    let cooperating = matrix().count_all(Role::Cooperating) > 0;
    Role::ALL
        .into_iter()
        .filter(move |role| *role != Role::Cooperating || cooperating)
}
