//! The dataset as the rows of each sheet, below the headers: what the workbook writer writes.

use super::layout::{self, Sheet, DOCUMENT_ITEMS};
use super::words::{self, TargetKind};
use crate::model::{Dataset, Document, Indicator, Target};

/// What one cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

/// The data rows of a sheet, each as wide as the sheet's columns.
pub fn rows(dataset: &Dataset, sheet: &Sheet) -> Vec<Vec<Cell>> {
    match sheet.name {
        name if name == layout::DOCUMENT.name => document_rows(&dataset.document),
        name if name == layout::INDICATORS.name => {
            dataset.indicators.iter().map(indicator_row).collect()
        }
        name if name == layout::MILESTONES.name => each_indicator(dataset, |indicator| {
            indicator
                .milestones
                .iter()
                .map(|m| {
                    vec![
                        number(indicator.id),
                        number(m.year),
                        Cell::Number(m.value),
                        number(m.task),
                    ]
                })
                .collect()
        }),
        name if name == layout::QUOTES.name => each_indicator(dataset, |indicator| {
            indicator
                .quotes
                .iter()
                .map(|q| vec![number(indicator.id), number(q.task), text(&q.text)])
                .collect()
        }),
        name if name == layout::RESULTS.name => each_indicator(dataset, |indicator| {
            indicator
                .results
                .iter()
                .map(|r| {
                    vec![
                        number(indicator.id),
                        number(r.year),
                        Cell::Number(r.value),
                        text(&r.date),
                        text(&r.source),
                        optional(r.url.as_deref()),
                    ]
                })
                .collect()
        }),
        name if name == layout::TASKS.name => dataset
            .sections
            .iter()
            .flat_map(|section| {
                let section_cells = [number(section.id), text(&section.title)];
                let task_rows: Vec<Vec<Cell>> = section
                    .tasks
                    .iter()
                    .map(|task| {
                        let mut row = section_cells.to_vec();
                        row.extend([
                            number(task.id),
                            text(&task.text),
                            text(&task.lead.join("、")),
                            text(&task.responsible.join("、")),
                            text(&task.cooperating.join("、")),
                            optional(task.deadline.as_deref()),
                            optional_text(super::owners::officials_text(&task.officials)),
                            optional_text(task.notes.join("\n")),
                        ]);
                        row
                    })
                    .collect();
                // A section without tasks is a row with the section's cells alone.
                if task_rows.is_empty() {
                    let mut row = section_cells.to_vec();
                    row.resize(layout::TASKS.columns.len(), Cell::Empty);
                    vec![row]
                } else {
                    task_rows
                }
            })
            .collect(),
        _ => dataset
            .departments
            .iter()
            .map(|department| vec![text(&department.name), text(&department.slug)])
            .collect(),
    }
}

fn document_rows(document: &Document) -> Vec<Vec<Cell>> {
    DOCUMENT_ITEMS
        .iter()
        .map(|(label, field, _)| {
            let value = match *field {
                "title" => text(&document.title),
                "plan_title" => text(&document.plan_title),
                "short_title" => text(&document.short_title),
                "number" => text(&document.number),
                "issuer" => text(&document.issuer),
                "publisher" => text(&document.publisher),
                "index_number" => text(&document.index_number),
                "written" => text(&document.written),
                "published" => text(&document.published),
                "period_start" => number(document.period_start),
                "period_end" => number(document.period_end),
                "baseline_year" => number(document.baseline_year),
                "targets_table" => optional_text(document.targets_table.clone()),
                _ => text(&document.parent_plan),
            };
            vec![text(label), value]
        })
        .collect()
}

fn indicator_row(indicator: &Indicator) -> Vec<Cell> {
    let sheet = &layout::INDICATORS;
    let mut row = vec![Cell::Empty; sheet.columns.len()];
    let mut put = |field: &str, cell: Cell| row[sheet.column_of(field)] = cell;
    put("id", number(indicator.id));
    put("category", optional(indicator.category.as_deref()));
    put("name", text(&indicator.name));
    put("short_name", text(&indicator.short_name));
    put("unit", text(&indicator.unit));
    put(
        "measure",
        text(words::word(&words::MEASURES, indicator.measure)),
    );
    put(
        "baseline",
        indicator.baseline.map_or(text("—"), Cell::Number),
    );
    let kind = TargetKind::of(&indicator.target);
    put("target", text(words::word(&words::TARGET_KINDS, kind)));
    match &indicator.target {
        Target::Value {
            comparator,
            value,
            wording,
        } => {
            put(
                "target.comparator",
                text(words::word(&words::COMPARATORS, *comparator)),
            );
            put("target.value", Cell::Number(*value));
            if !wording.is_plain() {
                put(
                    "target.wording",
                    text(words::word(&words::WORDINGS, *wording)),
                );
            }
        }
        Target::Range {
            min,
            max,
            separator,
        } => {
            put("target.min", Cell::Number(*min));
            put("target.max", Cell::Number(*max));
            if !separator.is_dash() {
                put(
                    "target.separator",
                    text(words::word(&words::RANGE_MARKS, *separator)),
                );
            }
        }
        Target::Change {
            direction,
            amount,
            amount_unit,
        } => {
            put(
                "target.direction",
                text(words::word(&words::DIRECTIONS, *direction)),
            );
            put("target.amount", Cell::Number(*amount));
            put(
                "target.amount_unit",
                text(words::word(&words::CHANGE_UNITS, *amount_unit)),
            );
        }
        Target::Reference {
            comparator,
            reference,
        } => {
            put(
                "target.comparator",
                text(words::word(&words::COMPARATORS, *comparator)),
            );
            put("target.reference", text(reference));
        }
        Target::Assigned { by } => put("target.by", text(by)),
        Target::Text { text: words } => put("target.text", text(words)),
        Target::NotApplicable => {}
    }
    put(
        "attribute",
        optional(
            indicator
                .attribute
                .map(|a| words::word(&words::ATTRIBUTES, a)),
        ),
    );
    let tasks: Vec<String> = indicator.tasks.iter().map(u32::to_string).collect();
    put(
        "tasks",
        optional(Some(tasks.join("、").as_str()).filter(|t| !t.is_empty())),
    );
    put("lead", optional_text(indicator.lead.join("、")));
    put(
        "responsible",
        optional_text(indicator.responsible.join("、")),
    );
    put(
        "officials",
        optional_text(super::owners::officials_text(&indicator.officials)),
    );
    put("notes", optional_text(indicator.notes.join("\n")));
    row
}

/// The rows each indicator contributes to a sheet, in the indicators' order.
fn each_indicator(
    dataset: &Dataset,
    rows: impl Fn(&Indicator) -> Vec<Vec<Cell>>,
) -> Vec<Vec<Cell>> {
    dataset.indicators.iter().flat_map(rows).collect()
}

fn text(value: &str) -> Cell {
    Cell::Text(value.to_owned())
}

fn optional(value: Option<&str>) -> Cell {
    value.map_or(Cell::Empty, text)
}

/// A text, or an empty cell for an empty text.
fn optional_text(value: String) -> Cell {
    if value.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(value)
    }
}

fn number(value: impl Into<f64>) -> Cell {
    Cell::Number(value.into())
}
