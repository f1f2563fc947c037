//! The workbook's layout: its sheets in order, each with a caption row, a header row and the
//! columns below them. Reading and writing both follow these tables, so they cannot drift apart.
//! The tables themselves, headers and notes in Chinese for the editors, are in `layout.tsv`.

use std::sync::LazyLock;

/// One column of a sheet: its header, the dataset field it holds (a JSON path below the row's
/// element, used to place validation faults on a cell) and what it means (the header's note).
pub struct Column {
    pub header: &'static str,
    pub field: &'static str,
    pub note: &'static str,
    /// The column's width in characters.
    pub width: f64,
}

/// One sheet: its name, the caption in its first row and its columns.
pub struct Sheet {
    /// How the code names it (`INDICATORS`).
    key: &'static str,
    pub name: &'static str,
    pub caption: &'static str,
    pub columns: Vec<Column>,
}

/// Row 1 is the caption, row 2 the headers; data starts on row 3 (index 2).
pub const HEADER_ROW: u32 = 1;
pub const FIRST_DATA_ROW: u32 = 2;

/// A row of 文件信息: the label in column A, the field of `Document` it fills, and its note.
pub type DocumentItem = (&'static str, &'static str, &'static str);

struct Layout {
    sheets: Vec<Sheet>,
    items: Vec<DocumentItem>,
}

static LAYOUT: LazyLock<Layout> = LazyLock::new(|| parse(include_str!("layout.tsv")));

/// Every sheet, in the workbook's order.
pub static SHEETS: LazyLock<Vec<&'static Sheet>> = LazyLock::new(|| LAYOUT.sheets.iter().collect());
/// The rows of 文件信息.
pub static DOCUMENT_ITEMS: LazyLock<&'static [DocumentItem]> = LazyLock::new(|| &LAYOUT.items);

pub static DOCUMENT: LazyLock<&'static Sheet> = LazyLock::new(|| sheet("DOCUMENT"));
pub static INDICATORS: LazyLock<&'static Sheet> = LazyLock::new(|| sheet("INDICATORS"));
pub static MILESTONES: LazyLock<&'static Sheet> = LazyLock::new(|| sheet("MILESTONES"));
pub static QUOTES: LazyLock<&'static Sheet> = LazyLock::new(|| sheet("QUOTES"));
pub static RESULTS: LazyLock<&'static Sheet> = LazyLock::new(|| sheet("RESULTS"));
pub static TASKS: LazyLock<&'static Sheet> = LazyLock::new(|| sheet("TASKS"));
pub static DEPARTMENTS: LazyLock<&'static Sheet> = LazyLock::new(|| sheet("DEPARTMENTS"));

fn sheet(key: &str) -> &'static Sheet {
    LAYOUT
        .sheets
        .iter()
        .find(|sheet| sheet.key == key)
        .unwrap_or_else(|| panic!("layout.tsv has no sheet {key}"))
}

/// Reads `layout.tsv`: `sheet`, `column` and `item` rows, tab-separated; `#` starts a comment.
fn parse(text: &'static str) -> Layout {
    let mut layout = Layout {
        sheets: Vec::new(),
        items: Vec::new(),
    };
    for line in text
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
    {
        match line.split('\t').collect::<Vec<_>>().as_slice() {
            ["sheet", key, name, caption] => layout.sheets.push(Sheet {
                key,
                name,
                caption,
                columns: Vec::new(),
            }),
            ["column", header, field, width, note] => {
                let sheet = layout
                    .sheets
                    .last_mut()
                    .expect("a column follows its sheet");
                sheet.columns.push(Column {
                    header,
                    field,
                    note,
                    width: width.parse().expect("a column's width is a number"),
                });
            }
            ["item", label, field, note] => layout.items.push((label, field, note)),
            _ => panic!("layout.tsv: a line of an unknown shape: {line:?}"),
        }
    }
    layout
}

impl Sheet {
    /// The header of a column as the workbook prints it; the baseline's names its year (2022年基数).
    pub fn header(&self, index: usize, baseline_year: u16) -> String {
        let column = &self.columns[index];
        if column.field == "baseline" {
            format!("{baseline_year}{}", column.header)
        } else {
            column.header.to_owned()
        }
    }

    /// The columns whose field starts with `prefix`, with the prefix taken off the field.
    pub fn fields<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (u16, &'a str)> + 'a {
        self.columns
            .iter()
            .enumerate()
            .filter_map(move |(index, column)| {
                let field = column.field.strip_prefix(prefix)?;
                (!field.is_empty()).then_some((index as u16, field))
            })
    }

    /// The column that holds a dataset field (`target.value`, `tasks.officials[0].post`): the
    /// field's own column, else the longest field it lies within (`tasks.officials`).
    pub fn column_holding(&self, field: &str) -> Option<&Column> {
        let columns = || self.columns.iter().filter(|c| !c.field.is_empty());
        columns().find(|c| c.field == field).or_else(|| {
            columns()
                .filter(|c| {
                    let rest = field.strip_prefix(c.field);
                    rest.is_some_and(|rest| rest.starts_with(['.', '[']))
                })
                .max_by_key(|c| c.field.len())
        })
    }

    /// The index of the column that holds a field.
    pub fn column_of(&self, field: &str) -> usize {
        self.columns
            .iter()
            .position(|column| column.field == field)
            .unwrap_or_else(|| panic!("{} has no column for {field}", self.name))
    }
}
