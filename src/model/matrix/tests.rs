//! The matrix checked against the dataset's JSON, read independently of the model.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::*;
use crate::model::test_plan as dataset;

/// The dataset file read as plain JSON, independently of the typed model.
fn raw() -> Value {
    serde_json::from_str(include_str!("../../data/dazu-2024-16.json")).expect("the dataset is JSON")
}

/// Each item of a JSON list, read by `read`.
fn each<'a, T>(list: &'a Value, read: impl Fn(&'a Value) -> T) -> Vec<T> {
    list.as_array().expect("a list").iter().map(read).collect()
}

fn names(value: &Value) -> BTreeSet<String> {
    each(value, |name| name.as_str().expect("a name").to_owned())
        .into_iter()
        .collect()
}

/// Per department name: (tasks led, tasks shared), counted straight from the JSON.
fn raw_totals() -> BTreeMap<String, (usize, usize)> {
    let raw = raw();
    let mut totals: BTreeMap<String, (usize, usize)> = each(&raw["departments"], |department| {
        (department["name"].as_str().unwrap().to_owned(), (0, 0))
    })
    .into_iter()
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
        let raw_ids = each(&raw_section["tasks"], |task| task["id"].as_u64().unwrap());
        assert_eq!(ids, raw_ids);
    }
    let columns: Vec<&str> = matrix.departments.iter().map(|d| d.name.as_str()).collect();
    let raw_columns = each(&raw["departments"], |department| {
        department["name"].as_str().unwrap()
    });
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
