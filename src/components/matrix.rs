//! The task-ownership matrix: a table of every task against every department, with a department filter.
//!
//! The filter is component state, so the pre-rendered page (all departments) and the first render in
//! the browser agree. The table scrolls inside its own box; its task column and header row stay put.

use yew::prelude::*;

use super::{role_mark_html, route_link, RoleMark};
use crate::model::{self, dataset, MatrixRow, Role};
use crate::route::Route;
use crate::share::escape_xml;

/// The DOM id of the matrix's scrolling box.
const SCROLL_ID: &str = "matrix-scroll";

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
                { route_link(Route::Department { slug: totals.department.slug.clone() }, "matrix__status-link", html! { <>
                    { format!("查看{}的分工 ›", totals.department.name) }
                </> }) }
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
/// are plain anchors, followed in place by `LinkRoutes`.
#[component]
fn Table(props: &SelectedProps) -> Html {
    let table = table_html(matrix(), props.selected);
    html! {
        <div class="matrix-scroll" id={SCROLL_ID} role="region" aria-labelledby="matrix-caption" tabindex="0">
            { Html::from_html_unchecked(table.into()) }
        </div>
    }
}

/// The matrix table as HTML, with the `selected` department's column marked and only its tasks
/// shown. Every text from the dataset is escaped.
pub fn table_html(matrix: &model::Matrix, selected: Option<usize>) -> String {
    let dataset = dataset();
    let columns = matrix.departments.len();
    let active = |column: usize| {
        if selected == Some(column) {
            " matrix__col--active"
        } else {
            ""
        }
    };
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
    let mut out = String::with_capacity(24 * 1024);
    out.push_str(r#"<table class="matrix-table">"#);
    out.push_str(&format!(
        r#"<caption id="matrix-caption" class="visually-hidden">{}</caption>"#,
        escape_xml(&caption)
    ));
    out.push_str(
        r#"<thead><tr class="matrix__header"><th scope="col" class="matrix__corner">重点任务</th>"#,
    );
    for (column, department) in matrix.departments.iter().enumerate() {
        let href = Route::Department {
            slug: department.slug.clone(),
        }
        .relative_href();
        out.push_str(&format!(
            r#"<th scope="col" id="matrix-col-{slug}" class="matrix__department{active}"><a href="{href}" class="matrix__department-link">{name}</a></th>"#,
            slug = escape_xml(&department.slug),
            active = active(column),
            href = escape_xml(&href),
            name = escape_xml(&department.name),
        ));
    }
    out.push_str(r#"<th scope="col" class="matrix__department matrix__department--total"><span class="matrix__department-link">参与单位数</span></th></tr></thead>"#);
    for section in &matrix.sections {
        let rows: Vec<&MatrixRow> = section
            .rows
            .iter()
            .filter(|row| selected.is_none_or(|column| row.role_at(column).is_some()))
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!(
            r#"<tbody><tr class="matrix__section"><th scope="rowgroup" colspan="{}"><span class="matrix__section-title">{}</span></th></tr>"#,
            columns + 2,
            escape_xml(&section.section.title)
        ));
        for row in rows {
            out.push_str(&format!(
                r#"<tr class="matrix__row"><th scope="row" class="matrix__task"><a href="{href}" class="matrix__task-link"><span class="matrix__number">{id}</span><span>{title}</span></a></th>"#,
                href = Route::Task { id: row.task.id }.relative_href(),
                id = row.task.id,
                title = escape_xml(row.task.short_title()),
            ));
            for (column, cell) in row.cells.iter().enumerate() {
                out.push_str(&format!(r#"<td class="matrix__cell{}">"#, active(column)));
                if let Some(role) = cell {
                    out.push_str(&role_mark_html(*role));
                }
                out.push_str("</td>");
            }
            out.push_str(&format!(
                r#"<td class="matrix__total">{}</td></tr>"#,
                row.involved()
            ));
        }
        out.push_str("</tbody>");
    }
    out.push_str("<tfoot>");
    let totals = matrix.totals();
    for role in key_roles() {
        let title = format!("{}任务数", role.label());
        out.push_str(&format!(
            r#"<tr class="matrix__totals"><th scope="row" class="matrix__task matrix__task--total">{title}</th>"#
        ));
        for (column, totals) in totals.iter().enumerate() {
            let count = match role {
                Role::Lead => totals.led,
                Role::Responsible => totals.shared,
                Role::Cooperating => totals.cooperating,
            };
            let zero = if count == 0 {
                " matrix__total--zero"
            } else {
                ""
            };
            out.push_str(&format!(
                r#"<td class="matrix__total{zero}{}">{count}</td>"#,
                active(column)
            ));
        }
        out.push_str(&format!(
            r#"<td class="matrix__total">{}</td></tr>"#,
            matrix.count_all(role)
        ));
    }
    out.push_str("</tfoot></table>");
    out
}

/// The roles the matrix's key and totals show: the document's two, and 配合 where the plan has it.
fn key_roles() -> impl Iterator<Item = Role> {
    let cooperating = matrix().count_all(Role::Cooperating) > 0;
    Role::ALL
        .into_iter()
        .filter(move |role| *role != Role::Cooperating || cooperating)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_table_has_every_task_department_and_mark() {
        let dataset = dataset();
        let matrix = model::Matrix::new(dataset);
        let html = table_html(&matrix, None);
        let tasks = dataset.tasks().count();
        let departments = matrix.departments.len();
        assert_eq!(html.matches(r#"<tr class="matrix__row">"#).count(), tasks);
        assert_eq!(
            html.matches(r#"class="matrix__department-link""#).count(),
            departments + 1
        );
        assert_eq!(
            html.matches("<td class=\"matrix__cell").count(),
            tasks * departments
        );
        assert_eq!(
            html.matches("mark--lead").count(),
            matrix.count_all(Role::Lead)
        );
        assert_eq!(
            html.matches("mark--responsible").count(),
            matrix.count_all(Role::Responsible)
        );
        assert_eq!(html.matches("<tr").count(), html.matches("</tr>").count());
        assert!(!html.contains("matrix__col--active"));
        assert!(html.contains(r#"<a href="task/1/" class="matrix__task-link">"#));
    }

    #[test]
    fn a_selected_department_keeps_only_its_tasks_and_marks_its_column() {
        let dataset = dataset();
        let matrix = model::Matrix::new(dataset);
        let column = matrix
            .column_of("health")
            .expect("the health commission is a department");
        let html = table_html(&matrix, Some(column));
        let involved = matrix
            .rows()
            .filter(|row| row.role_at(column).is_some())
            .count();
        assert!(involved > 0 && involved < dataset.tasks().count());
        assert_eq!(
            html.matches(r#"<tr class="matrix__row">"#).count(),
            involved
        );
        // Its header, its cell in each shown row and its two totals.
        assert_eq!(
            html.matches("matrix__col--active").count(),
            1 + involved + 2
        );
        assert!(html.contains(&format!("参与的{involved}项任务")));
    }

    #[test]
    fn text_from_the_dataset_is_escaped() {
        let mut dataset = dataset().clone();
        dataset.departments[0].name = "<b>&".to_owned();
        let matrix = model::Matrix::new(&dataset);
        let html = table_html(&matrix, None);
        assert!(!html.contains("<b>"));
    }
}
