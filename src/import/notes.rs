//! The importer's notes: what it inferred, mended or could not place, each on the part of the
//! dataset it concerns; `resolve` turns them into workbook cells (the 待核对 sheet's rows) once the
//! dataset's rows are known.

use super::blocks::Piece;
use crate::model::{Dataset, DatasetPath};
use crate::workbook::{
    address, document_address, ReviewItem, Sheet, DEPARTMENTS, DOCUMENT_ITEMS, INDICATORS, TASKS,
    WHOLE_NOTICE,
};

/// An indicator's short name drafted as its whole name: routine, but to be shortened.
pub const SHORT_NAME_DRAFTED: &str = "简称是导入时拟定的（照抄指标名称），请改短";
/// Spaces inside a unit's name, left by the page's line wrapping, dropped.
pub const WRAP_SPACES_DROPPED: &str = "单位名称中的空格（原文折行所致）已删去";
/// A department's URL slug drafted from its name's initials.
pub const SLUG_DRAFTED: &str = "网址标识按拼音首字母拟定：发布前可改成易读的英文（发布后不要再改）";

/// Whether a note is routine: a field the importer drafts the same way for every notice (short
/// names, slugs, line-wrap spaces), confirmed at a glance, apart from those that need judgment.
fn is_routine(reason: &str) -> bool {
    [SHORT_NAME_DRAFTED, WRAP_SPACES_DROPPED, SLUG_DRAFTED].contains(&reason)
}

/// The most characters of the notice a note quotes: the passage around what it is about, never
/// the whole notice.
pub const MAX_SOURCE_CHARS: usize = 300;

/// The source of a note: its text, trimmed, cut to `MAX_SOURCE_CHARS` characters with an ellipsis.
fn passage(source: &str) -> String {
    let source = source.trim();
    if source.chars().count() <= MAX_SOURCE_CHARS {
        return source.to_owned();
    }
    let mut cut: String = source.chars().take(MAX_SOURCE_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// The part of the dataset a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The notice as a whole, or text that landed nowhere.
    Whole,
    /// A field of `Document` (a row of 文件信息).
    Document(&'static str),
    /// A column (by its layout field) of the indicator at this position.
    Indicator(usize, &'static str),
    /// A column of every indicator's row, such as all of 相关任务.
    IndicatorColumn(&'static str),
    /// A column of a task, by section position and task position.
    Task(usize, usize, &'static str),
    /// A section's title, by its position.
    Section(usize),
    /// A column of a department, by its position.
    Department(usize, &'static str),
}

/// The place of a dataset's JSON path (`$.document.number`, `$.indicators[2].target.value`,
/// `$.sections[0].tasks[3].lead`, `$.departments[1].slug`), where it is a workbook cell's.
pub fn place_of_path(path: &str) -> Option<Place> {
    match DatasetPath::read(path) {
        DatasetPath::Document(field) => {
            let (_, item, _) = DOCUMENT_ITEMS.iter().find(|(_, item, _)| *item == field)?;
            Some(Place::Document(item))
        }
        DatasetPath::Indicator(index, field) => {
            Some(Place::Indicator(index, column(&INDICATORS, field)?))
        }
        DatasetPath::Section(section, "" | "title") => Some(Place::Section(section)),
        DatasetPath::Task(section, task, field) => Some(Place::Task(
            section,
            task,
            column(&TASKS, &format!("tasks.{field}"))?,
        )),
        DatasetPath::Department(index, field) => {
            Some(Place::Department(index, column(&DEPARTMENTS, field)?))
        }
        DatasetPath::Whole
        | DatasetPath::Indicators
        | DatasetPath::Section(..)
        | DatasetPath::Sections
        | DatasetPath::Departments => None,
    }
}

/// The layout field of the sheet's column that holds a dataset field.
fn column(sheet: &Sheet, field: &str) -> Option<&'static str> {
    sheet.column_holding(field).map(|column| column.field)
}

/// One note before its cell is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub place: Place,
    pub reason: String,
    pub source: String,
    pub line: Option<usize>,
}

/// The notes gathered so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notes(pub Vec<Note>);

impl Notes {
    /// A note quoting the piece of the notice it came from.
    pub fn add(&mut self, place: Place, reason: impl Into<String>, piece: &Piece) {
        self.add_text(place, reason, &piece.text, piece.line);
    }

    /// A note quoting some text of the notice.
    pub fn add_text(
        &mut self,
        place: Place,
        reason: impl Into<String>,
        source: &str,
        line: Option<usize>,
    ) {
        self.0.push(Note {
            place,
            reason: reason.into(),
            source: passage(source),
            line,
        });
    }

    /// The note reading left on a piece (a merged cell copied, a cell joined), on its cell.
    pub fn add_reading_note(&mut self, place: Place, piece: &Piece) {
        if let Some(note) = &piece.note {
            self.add(place, note.clone(), piece);
        }
    }
}

/// The notes as 待核对 rows, each on its workbook cell, in the workbook's order of sheets.
pub fn resolve(dataset: &Dataset, notes: Notes) -> Vec<ReviewItem> {
    let task_rows = task_rows(dataset);
    let mut items: Vec<(usize, ReviewItem)> = notes
        .0
        .into_iter()
        .map(|note| {
            let (order, cell) = cell(dataset, &task_rows, note.place);
            let item = ReviewItem {
                routine: is_routine(&note.reason),
                cell,
                reason: note.reason,
                source: note.source,
                line: note.line,
            };
            (order, item)
        })
        .collect();
    // A stable sort keeps each sheet's notes in the order they were made (the notice's order).
    items.sort_by_key(|(order, _)| *order);
    items.into_iter().map(|(_, item)| item).collect()
}

/// The workbook cell of a place, and the order of its sheet (the notice as a whole first).
fn cell(dataset: &Dataset, task_rows: &[Vec<usize>], place: Place) -> (usize, String) {
    match place {
        Place::Whole => (0, WHOLE_NOTICE.to_owned()),
        Place::Document(field) => (1, document_address(field)),
        Place::Indicator(index, field) => (2, address(&INDICATORS, field, index)),
        Place::IndicatorColumn(field) => {
            let last = dataset.indicators.len().max(1) - 1;
            let first = address(&INDICATORS, field, 0);
            let end = address(&INDICATORS, field, last);
            let end = end.split_once('!').map_or(end.as_str(), |(_, cell)| cell);
            (2, format!("{first}:{end}"))
        }
        Place::Section(section) => {
            let row = task_rows.get(section).and_then(|rows| rows.first());
            (3, address(&TASKS, "title", row.copied().unwrap_or(0)))
        }
        Place::Task(section, task, field) => {
            let row = task_rows.get(section).and_then(|rows| rows.get(task));
            (3, address(&TASKS, field, row.copied().unwrap_or(0)))
        }
        Place::Department(index, field) => (4, address(&DEPARTMENTS, field, index)),
    }
}

/// The 重点任务 data row of each task, by section: one row a task, one for a section without tasks.
fn task_rows(dataset: &Dataset) -> Vec<Vec<usize>> {
    let mut next = 0;
    dataset
        .sections
        .iter()
        .map(|section| {
            let count = section.tasks.len().max(1);
            let rows = (next..next + count).collect();
            next += count;
            rows
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_path_is_placed_on_its_cell() {
        assert_eq!(
            place_of_path("$.document.number"),
            Some(Place::Document("number"))
        );
        assert_eq!(
            place_of_path("$.indicators[2].target.value"),
            Some(Place::Indicator(2, "target.value"))
        );
        assert_eq!(
            place_of_path("$.indicators[0].target"),
            Some(Place::Indicator(0, "target"))
        );
        assert_eq!(
            place_of_path("$.sections[1].tasks[3].lead"),
            Some(Place::Task(1, 3, "tasks.lead"))
        );
        assert_eq!(
            place_of_path("$.sections[1].title"),
            Some(Place::Section(1))
        );
        assert_eq!(
            place_of_path("$.departments[4].slug"),
            Some(Place::Department(4, "slug"))
        );
        for path in [
            "$",
            "$.indicators",
            "$.nothing[1].x",
            "$.indicators[x].name",
        ] {
            assert_eq!(place_of_path(path), None, "{path}");
        }
    }
}
