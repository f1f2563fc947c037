//! The matrix table, written as one HTML string.

use super::key_roles;
use crate::contract::{matrix_column_id, MATRIX_CAPTION_ID, MATRIX_CORNER_CLASS, MATRIX_ROW_CLASS};
use crate::model::{self, MatrixRow, Role};
use crate::pages::parts::role_mark_html;
use crate::route::Route;
use crate::share::escape_xml;

/// The table's caption, which says what it shows: every task, or the tasks of the `selected`
/// department.
pub fn caption(matrix: &model::Matrix, selected: Option<usize>) -> String {
    match selected.and_then(|column| matrix.departments.get(column)) {
        Some(department) => {
            let count = matrix
                .rows()
                .filter(|row| row.role_at(selected.unwrap_or_default()).is_some())
                .count();
            let indicators = matrix.indicators_of(selected.unwrap_or_default());
            format!(
                "重点任务分工表：{}参与的{}项任务{}",
                department.name,
                count,
                indicators_too(indicators)
            )
        }
        None => format!(
            "重点任务分工表：{}项任务 × {}个单位{}",
            matrix.rows().count(),
            matrix.departments.len(),
            indicators_too(matrix.indicators.len())
        ),
    }
}

/// What the matrix shows besides tasks: `，另有主要目标2项`; nothing where it shows none.
pub fn indicators_too(count: usize) -> String {
    if count == 0 {
        String::new()
    } else {
        format!("，另有主要目标{count}项")
    }
}

/// The group of indicators whose own row names departments, before the task sections: each row
/// linked to the indicator's view, shown or hidden by the filter like a task's row.
fn indicator_rows(matrix: &model::Matrix, selected: Option<usize>, out: &mut String) {
    let active = |column: usize| {
        if selected == Some(column) {
            " matrix__col--active"
        } else {
            ""
        }
    };
    let rows: Vec<&model::IndicatorRow> = matrix
        .indicators
        .iter()
        .filter(|row| {
            selected.is_none_or(|column| row.cells.get(column).copied().flatten().is_some())
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    out.push_str(&format!(
        r#"<tbody><tr class="matrix__section"><th scope="rowgroup" colspan="{}"><span class="matrix__section-title">主要目标</span></th></tr>"#,
        matrix.departments.len() + 2,
    ));
    for row in rows {
        let id = row.indicator.id;
        out.push_str(&format!(
            r#"<tr class="{MATRIX_ROW_CLASS} {MATRIX_ROW_CLASS}--indicator"><th scope="row" class="matrix__task"><a href="{href}" class="matrix__task-link"><span class="matrix__number">{id}</span><span>{name}</span></a></th>"#,
            href = Route::Indicator { id }.relative_href(),
            name = escape_xml(&row.indicator.name),
        ));
        for (column, cell) in row.cells.iter().enumerate() {
            out.push_str(&format!(r#"<td class="matrix__cell{}">"#, active(column)));
            if let Some(role) = cell {
                out.push_str(&role_mark_html(*role));
            }
            out.push_str("</td>");
        }
        let involved = row.cells.iter().filter(|cell| cell.is_some()).count();
        out.push_str(&format!(
            r#"<td class="matrix__total">{involved}</td></tr>"#
        ));
    }
    out.push_str("</tbody>");
}

/// The matrix table as HTML, with the `selected` department's column marked and only its tasks
/// shown. Every text from the dataset is escaped.
pub fn table_html(matrix: &model::Matrix, selected: Option<usize>) -> String {
    let columns = matrix.departments.len();
    let active = |column: usize| {
        if selected == Some(column) {
            " matrix__col--active"
        } else {
            ""
        }
    };
    let caption = caption(matrix, selected);
    let mut out = String::with_capacity(24 * 1024);
    out.push_str(r#"<table class="matrix-table">"#);
    out.push_str(&format!(
        r#"<caption id="{MATRIX_CAPTION_ID}" class="visually-hidden">{}</caption>"#,
        escape_xml(&caption)
    ));
    out.push_str(
        &format!(r#"<thead><tr class="matrix__header"><th scope="col" class="{MATRIX_CORNER_CLASS}">重点任务</th>"#),
    );
    for (column, department) in matrix.departments.iter().enumerate() {
        let href = Route::Department {
            slug: department.slug.clone(),
        }
        .relative_href();
        out.push_str(&format!(
            r#"<th scope="col" id="{id}" class="matrix__department{active}"><a href="{href}" class="matrix__department-link">{name}</a></th>"#,
            id = escape_xml(&matrix_column_id(&department.slug)),
            active = active(column),
            href = escape_xml(&href),
            name = escape_xml(&department.name),
        ));
    }
    out.push_str(r#"<th scope="col" class="matrix__department matrix__department--total"><span class="matrix__department-link">参与单位数</span></th></tr></thead>"#);
    indicator_rows(matrix, selected, &mut out);
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
                r#"<tr class="{MATRIX_ROW_CLASS}"><th scope="row" class="matrix__task"><a href="{href}" class="matrix__task-link"><span class="matrix__number">{id}</span><span>{title}</span></a></th>"#,
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
    for role in key_roles(matrix) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;

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
