//! The 主要目标 table into indicators: its columns found by their headers (序号, the name with
//! its unit, the baseline year's and the target year's columns, 属性), one indicator a row.

use super::blocks::{Piece, Table};
use super::notes::{Notes, Place};
use super::roles::Field;
use super::targets;
use super::units::{is_none, units};
use crate::model::{Attribute, Indicator, Measure, Official, Target, Wording};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Id,
    Category,
    Name,
    Unit,
    Year(u16),
    Attribute,
    Lead,
    Responsible,
    Post(&'static str),
    Other,
}

fn column(header: &str) -> Column {
    let header: String = header.split_whitespace().collect();
    if super::blocks::is_number_header(&header) {
        return Column::Id;
    }
    if let Some(year) = year_in(&header) {
        return Column::Year(year);
    }
    match header.as_str() {
        "目标" | "指标" | "指标名称" | "主要指标" | "目标名称" | "主要目标" => {
            Column::Name
        }
        "单位" | "计量单位" => Column::Unit,
        "属性" | "指标属性" => Column::Attribute,
        "类别" | "领域" | "分类" => Column::Category,
        _ => match super::roles::label(&header) {
            Some(Field::Lead) => Column::Lead,
            Some(Field::Responsible) => Column::Responsible,
            Some(Field::Post(role)) => Column::Post(role),
            _ => Column::Other,
        },
    }
}

/// The first four-digit year in a header, such as 2022 in `2022年`.
fn year_in(text: &str) -> Option<u16> {
    let digits: Vec<(usize, char)> = text.char_indices().collect();
    digits.windows(4).find_map(|window| {
        let year: String = window.iter().map(|(_, c)| *c).collect();
        let all_digits = year.chars().all(|c| c.is_ascii_digit());
        all_digits
            .then(|| year.parse().ok())
            .flatten()
            .filter(|y| (1990..2100).contains(y))
    })
}

/// The years of a target table's year columns, first and last: the baseline's and the target's.
pub fn years(header: &[Piece]) -> Option<(u16, u16)> {
    let years: Vec<u16> = header
        .iter()
        .filter_map(|cell| match column(&cell.text) {
            Column::Year(year) => Some(year),
            _ => None,
        })
        .collect();
    Some((*years.iter().min()?, *years.iter().max()?))
}

/// Whether a table's header is that of a target table: a name column and year columns.
pub fn is_target_table(header: &[Piece]) -> bool {
    let kinds: Vec<Column> = header.iter().map(|cell| column(&cell.text)).collect();
    kinds.contains(&Column::Name) && years(header).is_some_and(|(first, last)| first < last)
}

/// Reads a target table into indicators, adding each note to `notes`.
pub fn indicators(table: &Table, notes: &mut Notes) -> Vec<Indicator> {
    let Some((header, rows)) = table.split_first() else {
        return Vec::new();
    };
    let kinds: Vec<Column> = header.iter().map(|cell| column(&cell.text)).collect();
    let (first, last) = years(header).unwrap_or_default();
    let empty = Piece::default();
    let mut indicators = Vec::new();
    for row in rows
        .iter()
        .filter(|row| row.iter().any(|cell| !cell.text.trim().is_empty()))
    {
        let cell = |kind: Column| {
            kinds
                .iter()
                .position(|k| *k == kind)
                .and_then(|i| row.get(i))
                .unwrap_or(&empty)
        };
        let index = indicators.len();
        let at = |field| Place::Indicator(index, field);
        let Ok(id) = cell(Column::Id).text.trim().parse::<u32>() else {
            let text: Vec<&str> = row.iter().map(|cell| cell.text.trim()).collect();
            let line = row.iter().find_map(|cell| cell.line);
            notes.add_text(
                Place::Whole,
                "主要目标表中此行没有序号，没有导入",
                &text.join(" | "),
                line,
            );
            continue;
        };
        let mut owners = Owners::default();
        for ((piece, kind), heading) in row.iter().zip(&kinds).zip(header) {
            let field = match kind {
                Column::Year(year) if *year == first => "baseline",
                Column::Year(year) if *year == last => "target",
                Column::Attribute => "attribute",
                Column::Unit => "unit",
                Column::Lead => "lead",
                Column::Responsible => "responsible",
                Column::Post(_) => "officials",
                Column::Year(_) | Column::Other => "notes",
                _ => "name",
            };
            notes.add_reading_note(at(field), piece);
            // The baseline's and the target's years are read below; a year between is a note.
            if !matches!(field, "baseline" | "target") {
                owners.read(*kind, &heading.text, piece, at(field), notes);
            }
        }
        let name_cell = cell(Column::Name);
        let (name, unit) = match (targets::name_and_unit(&name_cell.text), cell(Column::Unit)) {
            (_, unit) if !unit.text.trim().is_empty() => {
                let name: String = name_cell.text.split_whitespace().collect();
                (name, unit.text.trim().to_owned())
            }
            (Some(pair), _) => pair,
            (None, _) => {
                notes.add(at("unit"), "原文没有写单位，请填写", name_cell);
                (name_cell.text.split_whitespace().collect(), String::new())
            }
        };
        notes.add(
            at("short_name"),
            super::notes::SHORT_NAME_DRAFTED,
            name_cell,
        );
        let measure = if name.contains("累计") {
            notes.add(at("measure"), "名称中有“累计”，按累计数导入", name_cell);
            Measure::Cumulative
        } else {
            Measure::Level
        };
        let baseline_cell = cell(Column::Year(first));
        let baseline = targets::baseline(&baseline_cell.text, &unit).unwrap_or_else(|reason| {
            notes.add(at("baseline"), reason, baseline_cell);
            None
        });
        let target_cell = cell(Column::Year(last));
        let (target, reason) = targets::target(&target_cell.text, &unit);
        if let Some(reason) = reason {
            notes.add(at(target_field(&target)), reason, target_cell);
        }
        // `从15.9万张增加到17.8万张` gives the baseline too; `〔18〕` is a cumulative count.
        let baseline = match &target {
            Target::Value {
                wording: Wording::FromTo,
                ..
            } => baseline.or_else(|| super::worded::from_figure(&target_cell.text, &unit)),
            _ => baseline,
        };
        let measure = match &target {
            Target::Value {
                wording: Wording::Bracketed,
                ..
            } => Measure::Cumulative,
            _ => measure,
        };
        let attribute_cell = cell(Column::Attribute);
        let attribute = match attribute_cell.text.trim() {
            "" => None,
            "预期性" => Some(Attribute::Expected),
            "约束性" => Some(Attribute::Binding),
            "倡导性" => Some(Attribute::Advocated),
            other => {
                notes.add(
                    at("attribute"),
                    format!("属性“{other}”不是预期性、约束性或倡导性，没有导入"),
                    attribute_cell,
                );
                None
            }
        };
        let category =
            Some(cell(Column::Category).text.trim().to_owned()).filter(|c| !c.is_empty());
        indicators.push(Indicator {
            id,
            category,
            short_name: name.clone(),
            name,
            unit,
            measure,
            baseline,
            target,
            attribute,
            tasks: Vec::new(),
            milestones: Vec::new(),
            quotes: Vec::new(),
            results: Vec::new(),
            lead: owners.lead,
            responsible: owners.responsible,
            officials: owners.officials,
            notes: owners.notes,
        });
    }
    if !indicators.is_empty() {
        let reason = "相关任务、阶段目标和引文不是原文表中的内容，导入时没有推断：请按任务原文补填（可留空）";
        notes.add_text(Place::IndicatorColumn("tasks"), reason, "", None);
    }
    indicators
}

/// The column that holds a target's figure or words, for a note on it.
fn target_field(target: &Target) -> &'static str {
    match target {
        Target::Value { .. } => "target.value",
        Target::Range { .. } => "target.min",
        Target::Change { .. } => "target.amount",
        Target::Reference { .. } => "target.reference",
        Target::Assigned { .. } => "target.by",
        Target::Text { .. } => "target.text",
        Target::NotApplicable => "target",
    }
}

/// What a row of a 政府工作报告-style table adds: its own units, posts, and what has no column.
#[derive(Default)]
struct Owners {
    lead: Vec<String>,
    responsible: Vec<String>,
    officials: Vec<Official>,
    notes: Vec<String>,
}

impl Owners {
    fn read(
        &mut self,
        kind: Column,
        heading: &str,
        piece: &Piece,
        place: Place,
        notes: &mut Notes,
    ) {
        if is_none(&piece.text) {
            return;
        }
        let heading: String = heading.split_whitespace().collect();
        let text: String = piece.text.split_whitespace().collect();
        match kind {
            Column::Lead | Column::Responsible => {
                let read = units(&piece.text);
                for note in read.notes {
                    notes.add(place, note, piece);
                }
                let list = if kind == Column::Lead {
                    &mut self.lead
                } else {
                    &mut self.responsible
                };
                list.extend(read.names);
            }
            Column::Post(role) => {
                let reason = format!("“{heading}”一栏按领导职务导入（不是部门），请核对");
                notes.add(place, reason, piece);
                self.officials.push(Official {
                    role: role.to_owned(),
                    post: text,
                });
            }
            Column::Year(_) | Column::Other => {
                let reason = format!("原文“{heading}”一栏现有数据结构无法表示，照录为备注");
                notes.add(place, reason, piece);
                self.notes.push(format!("{heading}：{text}"));
            }
            _ => {}
        }
    }
}
