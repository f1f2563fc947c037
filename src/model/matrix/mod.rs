//! The task-ownership matrix: every task against every department, with each department's part.

use super::{Dataset, Department, Indicator, Role, Section, Task};

/// Who does what: tasks (rows, in document order, grouped by section) against departments
/// (columns, in dataset order).
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix<'a> {
    /// The columns, in dataset order.
    pub departments: Vec<&'a Department>,
    /// The rows, grouped by section.
    pub sections: Vec<MatrixSection<'a>>,
    /// The indicators whose own row names departments, in document order: a group of their own
    /// before the sections. They are not tasks: no count of tasks includes them.
    pub indicators: Vec<IndicatorRow<'a>>,
}

/// One indicator's row: a department's role (牵头 or 责任) in each column, or none.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow<'a> {
    pub indicator: &'a Indicator,
    /// One cell per department, in the matrix's column order.
    pub cells: Vec<Option<Role>>,
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
        let indicators = dataset
            .indicators
            .iter()
            .filter(|indicator| indicator.has_roles())
            .map(|indicator| IndicatorRow {
                indicator,
                cells: departments
                    .iter()
                    .map(|department| indicator.role_of(&department.name))
                    .collect(),
            })
            .collect();
        Matrix {
            departments,
            sections,
            indicators,
        }
    }

    /// How many indicator rows give the department in a column any role.
    pub fn indicators_of(&self, column: usize) -> usize {
        self.indicators
            .iter()
            .filter(|row| row.cells.get(column).copied().flatten().is_some())
            .count()
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
mod tests;
