//! The task-ownership matrix: every task against every department, with each department's part.

use super::{Dataset, Department, Role, Section, Task};

/// Who does what: tasks (rows, in document order, grouped by section) against departments
/// (columns, in dataset order).
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix<'a> {
    /// The columns, in dataset order.
    pub departments: Vec<&'a Department>,
    /// The rows, grouped by section.
    pub sections: Vec<MatrixSection<'a>>,
}

/// The rows of one section.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixSection<'a> {
    pub section: &'a Section,
    pub rows: Vec<MatrixRow<'a>>,
}

/// One task's row: a department's role in each column, or none.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow<'a> {
    pub task: &'a Task,
    /// One cell per department, in the matrix's column order.
    pub cells: Vec<Option<Role>>,
}

/// How many tasks one department leads and shares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DepartmentTotals<'a> {
    pub department: &'a Department,
    /// Tasks it leads (牵头).
    pub led: usize,
    /// Tasks it shares as a responsible department (责任).
    pub shared: usize,
    /// Tasks it supports as a cooperating department (配合), where the plan names that role.
    pub cooperating: usize,
}

impl<'a> Matrix<'a> {
    /// The matrix of a dataset.
    pub fn new(dataset: &'a Dataset) -> Self {
        let departments: Vec<&Department> = dataset.departments.iter().collect();
        let sections = dataset
            .sections
            .iter()
            .map(|section| MatrixSection {
                section,
                rows: section
                    .tasks
                    .iter()
                    .map(|task| MatrixRow {
                        task,
                        cells: departments
                            .iter()
                            .map(|department| task.role_of(&department.name))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        Matrix {
            departments,
            sections,
        }
    }

    /// All rows in document order.
    pub fn rows(&self) -> impl Iterator<Item = &MatrixRow<'a>> {
        self.sections.iter().flat_map(|section| section.rows.iter())
    }

    /// The column of the department with this slug.
    pub fn column_of(&self, slug: &str) -> Option<usize> {
        self.departments
            .iter()
            .position(|department| department.slug == slug)
    }

    /// The totals of every department, in column order.
    pub fn totals(&self) -> Vec<DepartmentTotals<'a>> {
        self.departments
            .iter()
            .enumerate()
            .map(|(column, department)| DepartmentTotals {
                department,
                led: self.count(column, Role::Lead),
                shared: self.count(column, Role::Responsible),
                cooperating: self.count(column, Role::Cooperating),
            })
            .collect()
    }

    /// The totals of every department, most tasks led first, then most shared, then column order.
    pub fn ranked_totals(&self) -> Vec<DepartmentTotals<'a>> {
        let mut totals = self.totals();
        // The sort is stable, so departments that tie keep the dataset's order.
        totals.sort_by(|a, b| {
            b.led
                .cmp(&a.led)
                .then(b.shared.cmp(&a.shared))
                .then(b.cooperating.cmp(&a.cooperating))
        });
        totals
    }

    /// How many tasks give the department in a column the given role.
    pub fn count(&self, column: usize, role: Role) -> usize {
        self.rows()
            .filter(|row| row.cells.get(column).copied().flatten() == Some(role))
            .count()
    }

    /// How many cells of the whole matrix hold the given role.
    pub fn count_all(&self, role: Role) -> usize {
        self.rows()
            .flat_map(|row| row.cells.iter())
            .filter(|cell| **cell == Some(role))
            .count()
    }
}

impl MatrixRow<'_> {
    /// How many departments have a part in this task.
    pub fn involved(&self) -> usize {
        self.cells.iter().filter(|cell| cell.is_some()).count()
    }

    /// The role of the department in a column, if any.
    pub fn role_at(&self, column: usize) -> Option<Role> {
        self.cells.get(column).copied().flatten()
    }
}

impl DepartmentTotals<'_> {
    /// The department's part in words: `牵头12项、参与2项`, `牵头3项`, `参与1项`, `配合2项`.
    pub fn in_words(&self) -> String {
        let parts: Vec<String> = [
            ("牵头", self.led),
            ("参与", self.shared),
            ("配合", self.cooperating),
        ]
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(verb, count)| format!("{verb}{count}项"))
        .collect();
        if parts.is_empty() {
            "未承担任务".to_owned()
        } else {
            parts.join("、")
        }
    }

    /// How many tasks the department has any part in.
    pub fn involved(&self) -> usize {
        self.led + self.shared + self.cooperating
    }
}

/// One or two sentences on who carries the tasks, such as
/// `区卫生健康委牵头12项、参与2项，牵头最多；其次是区教委（牵头4项、参与1项）。…`
pub fn department_summary(dataset: &Dataset) -> String {
    let matrix = Matrix::new(dataset);
    let ranked = matrix.ranked_totals();
    let Some(first) = ranked.first() else {
        return String::new();
    };
    let mut text = format!("{}{}", first.department.name, first.in_words());
    match ranked.get(1) {
        Some(second) if second.led == first.led => text.push_str("，牵头任务并列最多"),
        Some(second) => text.push_str(&format!(
            "，牵头任务最多；其次是{}（{}）",
            second.department.name,
            second.in_words()
        )),
        None => {}
    }
    text.push('。');
    let leading = ranked.iter().filter(|totals| totals.led > 0).count();
    let sharing_only = ranked
        .iter()
        .filter(|totals| totals.led == 0 && totals.involved() > 0)
        .count();
    text.push_str(&format!("{leading}个单位至少牵头1项任务"));
    if sharing_only > 0 {
        let roles = if matrix.count_all(Role::Cooperating) > 0 {
            "责任单位或配合单位"
        } else {
            "责任单位"
        };
        text.push_str(&format!("，{sharing_only}个单位只作为{roles}参与"));
    }
    text.push('。');
    text
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde_json::Value;

    use super::*;
    use crate::model::{dataset, EMBEDDED_DATASET};

    /// The dataset file read as plain JSON, independently of the typed model.
    fn raw() -> Value {
        serde_json::from_str(EMBEDDED_DATASET).expect("the dataset is JSON")
    }

    fn names(value: &Value) -> BTreeSet<String> {
        value
            .as_array()
            .expect("a list of names")
            .iter()
            .map(|name| name.as_str().expect("a name").to_owned())
            .collect()
    }

    /// Per department name: (tasks led, tasks shared), counted straight from the JSON.
    fn raw_totals() -> BTreeMap<String, (usize, usize)> {
        let raw = raw();
        let mut totals: BTreeMap<String, (usize, usize)> = raw["departments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|department| (department["name"].as_str().unwrap().to_owned(), (0, 0)))
            .collect();
        for section in raw["sections"].as_array().unwrap() {
            for task in section["tasks"].as_array().unwrap() {
                for name in names(&task["lead"]) {
                    totals.get_mut(&name).unwrap().0 += 1;
                }
                for name in names(&task["responsible"]) {
                    totals.get_mut(&name).unwrap().1 += 1;
                }
            }
        }
        totals
    }

    #[test]
    fn rows_follow_the_document_and_columns_the_department_list() {
        let raw = raw();
        let matrix = Matrix::new(dataset());
        let sections = raw["sections"].as_array().unwrap();
        assert_eq!(matrix.sections.len(), sections.len());
        for (section, raw_section) in matrix.sections.iter().zip(sections) {
            assert_eq!(section.section.title, raw_section["title"]);
            let ids: Vec<u64> = section.rows.iter().map(|row| row.task.id.into()).collect();
            let raw_ids: Vec<u64> = raw_section["tasks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|task| task["id"].as_u64().unwrap())
                .collect();
            assert_eq!(ids, raw_ids);
        }
        let columns: Vec<&str> = matrix.departments.iter().map(|d| d.name.as_str()).collect();
        let raw_columns: Vec<&str> = raw["departments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|department| department["name"].as_str().unwrap())
            .collect();
        assert_eq!(columns, raw_columns);
        assert_eq!(matrix.rows().count(), 16);
        assert_eq!(columns.len(), 18);
    }

    #[test]
    fn cells_are_the_lead_and_responsible_sets() {
        let raw = raw();
        let matrix = Matrix::new(dataset());
        let raw_tasks: Vec<&Value> = raw["sections"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|section| section["tasks"].as_array().unwrap())
            .collect();
        for (row, raw_task) in matrix.rows().zip(raw_tasks) {
            let column_names = |role: Role| -> BTreeSet<String> {
                row.cells
                    .iter()
                    .zip(&matrix.departments)
                    .filter(|(cell, _)| **cell == Some(role))
                    .map(|(_, department)| department.name.clone())
                    .collect()
            };
            assert_eq!(column_names(Role::Lead), names(&raw_task["lead"]));
            assert_eq!(
                column_names(Role::Responsible),
                names(&raw_task["responsible"])
            );
            let involved = names(&raw_task["lead"]).len() + names(&raw_task["responsible"]).len();
            assert_eq!(row.involved(), involved, "task {}", row.task.id);
        }
    }

    #[test]
    fn department_totals_match_the_file() {
        let matrix = Matrix::new(dataset());
        let expected = raw_totals();
        for totals in matrix.totals() {
            assert_eq!(
                (totals.led, totals.shared),
                expected[&totals.department.name],
                "{}",
                totals.department.name
            );
        }
        let health = matrix
            .column_of("health")
            .expect("区卫生健康委 is a column");
        assert_eq!(matrix.departments[health].name, "区卫生健康委");
        assert_eq!(matrix.count(health, Role::Lead), 12);
        let lead_cells: usize = expected.values().map(|(led, _)| led).sum();
        let shared_cells: usize = expected.values().map(|(_, shared)| shared).sum();
        assert_eq!(matrix.count_all(Role::Lead), lead_cells);
        assert_eq!(matrix.count_all(Role::Responsible), shared_cells);
        assert_eq!(
            matrix.rows().map(MatrixRow::involved).sum::<usize>(),
            lead_cells + shared_cells
        );
    }

    #[test]
    fn ranking_is_led_then_shared_then_dataset_order() {
        let matrix = Matrix::new(dataset());
        let ranked = matrix.ranked_totals();
        assert_eq!(ranked[0].department.name, "区卫生健康委");
        assert_eq!(ranked.len(), 18);
        for pair in ranked.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert!(
                a.led > b.led || (a.led == b.led && a.shared >= b.shared),
                "{} before {}",
                a.department.name,
                b.department.name
            );
        }
        let expected = raw_totals();
        let top_led = expected.values().map(|(led, _)| *led).max().unwrap();
        assert_eq!(ranked[0].led, top_led);
    }

    #[test]
    fn summary_names_the_leading_department_and_counts() {
        let expected = raw_totals();
        let (health_led, health_shared) = expected["区卫生健康委"];
        let leading = expected.values().filter(|(led, _)| *led > 0).count();
        let sharing_only = expected
            .values()
            .filter(|(led, shared)| *led == 0 && *shared > 0)
            .count();
        let summary = department_summary(dataset());
        assert!(
            summary.starts_with(&format!(
                "区卫生健康委牵头{health_led}项、参与{health_shared}项，牵头任务最多；其次是区教委"
            )),
            "{summary}"
        );
        assert!(
            summary.ends_with(&format!(
                "{leading}个单位至少牵头1项任务，{sharing_only}个单位只作为责任单位参与。"
            )),
            "{summary}"
        );
    }

    #[test]
    fn totals_in_words() {
        let department = &dataset().departments[0];
        let words = |led, shared| {
            DepartmentTotals {
                department,
                led,
                shared,
                cooperating: 0,
            }
            .in_words()
        };
        assert_eq!(words(12, 2), "牵头12项、参与2项");
        assert_eq!(words(3, 0), "牵头3项");
        assert_eq!(words(0, 1), "参与1项");
        assert_eq!(words(0, 0), "未承担任务");
    }
}
