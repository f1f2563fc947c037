//! CSV downloads, UTF-8 with a byte-order mark so that Excel and WPS read the Chinese.
//!
//! Text from the dataset could start a formula in a spreadsheet (`=HYPERLINK(…)`, `@SUM(…)`), so every
//! text cell is quoted and one that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
//! leading `'`, as OWASP's CSV-injection guidance says. Figures are written as figures, unquoted.

use std::borrow::Cow;

use crate::model::{
    format_number, results_by_year, Comparator, Dataset, Measure, Official, Target, Wording,
};
use crate::share::without_bidi_controls;

const BOM: &str = "\u{feff}";

/// One cell: a figure (kept as written, so that spreadsheets read it as a number) or text.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Number(String),
    Text(String),
}

impl Cell {
    fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    /// The cell as written into the file: text neutralised, figures as they are.
    fn field(&self) -> Cow<'_, str> {
        match self {
            Cell::Number(figure) => Cow::Borrowed(figure),
            Cell::Text(text) => neutralise(text),
        }
    }
}

/// `序号,指标,单位,2022年,2025年,属性`, the figures as the document prints them; with `类别` where the
/// plan groups its indicators, and `折算目标` where a target is a change from the baseline; then, where
/// any indicator names them, its own `牵头单位`, `责任单位`, `责任领导` and `备注`.
pub fn indicators_csv(dataset: &Dataset) -> String {
    let document = &dataset.document;
    let year = document.baseline_year;
    let categories = dataset.indicators.iter().any(|i| i.category.is_some());
    let implied = dataset
        .indicators
        .iter()
        .any(|i| matches!(i.target, Target::Change { .. }));
    let mut header = vec![Cell::text("序号")];
    if categories {
        header.push(Cell::text("类别"));
    }
    header.extend([
        Cell::text("指标"),
        Cell::text("单位"),
        Cell::text(format!("{year}年")),
        Cell::text(format!("{}年", document.period_end)),
    ]);
    if implied {
        header.push(Cell::text("折算目标"));
    }
    header.push(Cell::text("属性"));
    let mut rows = vec![header];
    rows.extend(dataset.indicators.iter().map(|indicator| {
        let baseline = match indicator.baseline {
            Some(value) => Cell::Number(format_number(value)),
            None => Cell::text(indicator.baseline_as_printed()),
        };
        let target = match &indicator.target {
            // A figure to reach is printed alone: a number. `>90`, `≥全市平均水平` are text.
            Target::Value {
                value,
                comparator: Comparator::Reach,
                wording: Wording::Plain,
            } if indicator.measure == Measure::Level => Cell::Number(format_number(*value)),
            _ => Cell::text(indicator.target_as_printed(year)),
        };
        let mut row = vec![Cell::Number(indicator.id.to_string())];
        if categories {
            row.push(Cell::text(indicator.category.clone().unwrap_or_default()));
        }
        row.extend([
            Cell::text(&indicator.name),
            Cell::text(&indicator.unit),
            baseline,
            target,
        ]);
        if implied {
            row.push(match (&indicator.target, indicator.implied_target()) {
                (Target::Change { .. }, Some(value)) => Cell::Number(format_number(value)),
                _ => Cell::text(""),
            });
        }
        row.push(Cell::text(indicator.attribute_label()));
        row
    }));
    let indicators = &dataset.indicators;
    append(
        &mut rows,
        "牵头单位",
        indicators.iter().map(|i| i.lead.join("、")),
    );
    append(
        &mut rows,
        "责任单位",
        indicators.iter().map(|i| i.responsible.join("、")),
    );
    append(
        &mut rows,
        "责任领导",
        indicators.iter().map(|i| posts(&i.officials)),
    );
    append(
        &mut rows,
        "备注",
        indicators.iter().map(|i| i.notes.join("\n")),
    );
    write(&rows)
}

/// `序号,板块,重点任务,牵头单位,责任单位`, departments joined by `、`; with `配合单位` and `完成时限`
/// where the plan gives them; then `责任领导` and `备注` where any task has them.
pub fn tasks_csv(dataset: &Dataset) -> String {
    let cooperating = dataset.tasks().any(|task| !task.cooperating.is_empty());
    let deadlines = dataset.tasks().any(|task| task.deadline.is_some());
    let mut header: Vec<Cell> = ["序号", "板块", "重点任务", "牵头单位", "责任单位"]
        .map(Cell::text)
        .to_vec();
    if cooperating {
        header.push(Cell::text("配合单位"));
    }
    if deadlines {
        header.push(Cell::text("完成时限"));
    }
    let mut rows = vec![header];
    for section in &dataset.sections {
        rows.extend(section.tasks.iter().map(|task| {
            let mut row = vec![
                Cell::Number(task.id.to_string()),
                Cell::text(&section.title),
                Cell::text(&task.text),
                Cell::text(task.lead_in_words()),
                Cell::text(task.responsible.join("、")),
            ];
            if cooperating {
                row.push(Cell::text(task.cooperating.join("、")));
            }
            if deadlines {
                row.push(Cell::text(task.deadline.clone().unwrap_or_default()));
            }
            row
        }));
    }
    append(
        &mut rows,
        "责任领导",
        dataset.tasks().map(|t| posts(&t.officials)),
    );
    append(
        &mut rows,
        "备注",
        dataset.tasks().map(|t| t.notes.join("\n")),
    );
    write(&rows)
}

/// Appends a column after the others where any row fills it (a plan without it keeps its columns).
fn append(rows: &mut [Vec<Cell>], header: &str, values: impl Iterator<Item = String>) {
    let values: Vec<String> = values.collect();
    if values.iter().any(|value| !value.is_empty()) {
        rows[0].push(Cell::text(header));
        for (row, value) in rows[1..].iter_mut().zip(values) {
            row.push(Cell::text(value));
        }
    }
}

/// Posts as printed, `牵头领导：常务副区长`, joined by `；`.
fn posts(officials: &[Official]) -> String {
    let posts: Vec<String> = officials.iter().map(Official::in_words).collect();
    posts.join("；")
}

/// `序号,指标,年份,数值,单位,来源,发布日期,链接`: every published result, by indicator and year.
pub fn results_csv(dataset: &Dataset) -> String {
    let mut rows = vec![[
        "序号",
        "指标",
        "年份",
        "数值",
        "单位",
        "来源",
        "发布日期",
        "链接",
    ]
    .map(Cell::text)
    .to_vec()];
    for indicator in &dataset.indicators {
        rows.extend(results_by_year(indicator).into_iter().map(|result| {
            vec![
                Cell::Number(indicator.id.to_string()),
                Cell::text(&indicator.name),
                Cell::Number(result.year.to_string()),
                Cell::Number(format_number(result.value)),
                Cell::text(&indicator.unit),
                Cell::text(&result.source),
                Cell::text(&result.date),
                Cell::text(result.url.clone().unwrap_or_default()),
            ]
        }));
    }
    write(&rows)
}

/// A text cell as it may stand in a spreadsheet: without bidirectional controls (which would show
/// it, and the cells after it, in another order), and with a `'` before a formula's first character.
fn neutralise(text: &str) -> Cow<'_, str> {
    let text = without_bidi_controls(text);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        text
    }
}

/// Writes rows with CRLF line ends: every text cell quoted (quotes inside doubled), figures bare.
fn write(rows: &[Vec<Cell>]) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        // A neutralised text never reads as a figure, so this quotes every text cell.
        .quote_style(::csv::QuoteStyle::NonNumeric)
        .from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| cell.field().into_owned()))
            .expect("writing into memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("writing into memory cannot fail");
    let text = String::from_utf8(bytes).expect("the cells are UTF-8");
    format!("{BOM}{text}")
}

#[cfg(test)]
mod tests;
