//! The importer on a corpus of real notices (tests/import/corpus/): each notice as published
//! (`.html`, `.txt` or `.docx`) beside a truth file written by reading it (`<id>.truth.json`: its
//! title, number, indicators and every task with its lead and other units). Each is imported as an
//! editor would (`import_notice`; an HTML page also as its visible text, what a plain-text copy of
//! the page gives) and scored: tasks found, lead sets right, both role sets right, flagged in 待核对,
//! silently wrong (a role set wrong with nothing in 待核对 on its row), indicators found, title and
//! number right. `make import-score` prints the table; this test fails when any notice's figure falls
//! below the one recorded in `scores.tsv` (`RECORD_SCORES=1` writes the file anew).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::Value;
use yitu::import::{import_notice, Draft};
use yitu::workbook::{address, TASKS};

use super::score_table::{parse_row, percent, row, Score, HEADER};
use super::visible_text::visible_text;

const CORPUS: &str = "tests/import/corpus";
const SCORES: &str = "tests/import/corpus/scores.tsv";

/// Text as compared: no white space of any kind.
fn normal(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200b}' | '\u{feff}'))
        .collect()
}

fn names(value: &Value) -> BTreeSet<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(normal)
        .collect()
}

fn set(units: &[String]) -> BTreeSet<String> {
    units.iter().map(|unit| normal(unit)).collect()
}

/// The 重点任务 row index of each drafted task, by its position in the document (a section without
/// tasks takes a row of its own).
fn task_rows(draft: &Draft) -> Vec<usize> {
    let mut rows = Vec::new();
    let mut next = 0;
    for section in &draft.dataset.sections {
        for _ in &section.tasks {
            rows.push(next);
            next += 1;
        }
        if section.tasks.is_empty() {
            next += 1;
        }
    }
    rows
}

/// Scores a draft against the truth.
fn score(name: &str, draft: &Draft, truth: &Value) -> Score {
    let tasks: Vec<_> = draft.dataset.tasks().collect();
    let rows = task_rows(draft);
    let flagged_cells: BTreeSet<&str> =
        draft.review.iter().map(|item| item.cell.as_str()).collect();
    let mut score = Score {
        name: name.to_owned(),
        ..Score::default()
    };
    let mut used = BTreeSet::new();
    for expected in truth["tasks"].as_array().into_iter().flatten() {
        score.tasks += 1;
        let start = normal(expected["text_start"].as_str().unwrap_or_default());
        let start: String = start.chars().take(12).collect();
        let found = tasks.iter().enumerate().find(|(index, task)| {
            !used.contains(index) && {
                let text: String = normal(&task.text)
                    .chars()
                    .take(start.chars().count() + 40)
                    .collect();
                text.contains(&start)
            }
        });
        let Some((index, task)) = found else { continue };
        used.insert(index);
        score.found += 1;
        let lead_right = set(&task.lead) == names(&expected["lead"]);
        let others: BTreeSet<String> = set(&task.responsible)
            .union(&set(&task.cooperating))
            .cloned()
            .collect();
        let both_right = lead_right && others == names(&expected["others"]);
        let flagged = ["tasks.lead", "tasks.responsible", "tasks.cooperating"]
            .iter()
            .any(|field| flagged_cells.contains(address(&TASKS, field, rows[index]).as_str()));
        score.lead_right += usize::from(lead_right);
        score.both_right += usize::from(both_right);
        score.flagged += usize::from(flagged);
        score.silently_wrong += usize::from(!both_right && !flagged);
    }
    let drafted: Vec<String> = draft
        .dataset
        .indicators
        .iter()
        .map(|indicator| normal(&indicator.name))
        .collect();
    for indicator in truth["indicators"].as_array().into_iter().flatten() {
        score.indicators += 1;
        let name = normal(indicator["name"].as_str().unwrap_or_default());
        if drafted.iter().any(|drafted| {
            !drafted.is_empty() && (drafted.contains(&name) || name.contains(drafted.as_str()))
        }) {
            score.indicators_found += 1;
        }
    }
    let document = &draft.dataset.document;
    score.title_right =
        normal(&document.title) == normal(truth["title"].as_str().unwrap_or_default());
    score.number_right = match truth["number"].as_str() {
        Some(number) => normal(&document.number) == normal(number),
        None => document.number.trim().is_empty(),
    };
    score
}

/// Every notice of the corpus: its file and its truth.
fn notices() -> Vec<(PathBuf, Value)> {
    let mut notices: Vec<(PathBuf, Value)> = std::fs::read_dir(CORPUS)
        .expect("the corpus folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.to_string_lossy().ends_with(".truth.json"))
        .map(|truth_path| {
            let truth: Value =
                serde_json::from_slice(&std::fs::read(&truth_path).expect("the truth"))
                    .expect("the truth is JSON");
            let id = truth["id"].as_str().expect("an id").to_owned();
            let notice = ["html", "txt", "docx"]
                .iter()
                .map(|extension| Path::new(CORPUS).join(format!("{id}.{extension}")))
                .find(|path| path.exists())
                .unwrap_or_else(|| panic!("{id}: no notice beside its truth"));
            (notice, truth)
        })
        .collect();
    notices.sort_by(|a, b| a.0.cmp(&b.0));
    notices
}

/// Every notice scored in each of its forms, with how long each import took.
fn scores() -> Vec<(Score, f64)> {
    let mut scores = Vec::new();
    for (path, truth) in notices() {
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).expect("the notice");
        let mut forms = vec![(file_name.clone(), bytes.clone(), file_name.clone())];
        if file_name.ends_with(".html") {
            let text = visible_text(&String::from_utf8_lossy(&bytes));
            forms.push((
                format!("{file_name} (text)"),
                text.into_bytes(),
                "visible.txt".to_owned(),
            ));
        }
        for (name, bytes, as_file) in forms {
            let start = Instant::now();
            let imported =
                import_notice(&bytes, &as_file).unwrap_or_else(|error| panic!("{name}: {error}"));
            let seconds = start.elapsed().as_secs_f64();
            scores.push((score(&name, &imported.draft, &truth), seconds));
        }
    }
    scores
}

#[test]
fn the_corpus_scores_no_lower_than_recorded() {
    let scores = scores();
    assert!(
        scores.len() >= 20,
        "the corpus holds {} forms of notices",
        scores.len()
    );
    // The table `make import-score` prints.
    let mut table = format!("{HEADER}\tseconds\n");
    let mut total = Score {
        name: "total".to_owned(),
        ..Score::default()
    };
    let (mut titles, mut numbers) = (0, 0);
    for (score, seconds) in &scores {
        let _ = writeln!(table, "{}\t{seconds:.3}", row(score));
        total.tasks += score.tasks;
        total.found += score.found;
        total.lead_right += score.lead_right;
        total.both_right += score.both_right;
        total.flagged += score.flagged;
        total.silently_wrong += score.silently_wrong;
        total.indicators += score.indicators;
        total.indicators_found += score.indicators_found;
        titles += usize::from(score.title_right);
        numbers += usize::from(score.number_right);
    }
    let _ = writeln!(
        table,
        "total\t{}\t{} ({})\t{} ({})\t{} ({})\t{}\t{} ({})\t{}\t{} ({})\t{titles}/{n} ({})\t{numbers}/{n} ({})",
        total.tasks,
        total.found,
        percent(total.found, total.tasks),
        total.lead_right,
        percent(total.lead_right, total.tasks),
        total.both_right,
        percent(total.both_right, total.tasks),
        total.flagged,
        total.silently_wrong,
        percent(total.silently_wrong, total.tasks),
        total.indicators,
        total.indicators_found,
        percent(total.indicators_found, total.indicators),
        percent(titles, scores.len()),
        percent(numbers, scores.len()),
        n = scores.len(),
    );
    println!("{table}");
    let recorded: String = std::iter::once(HEADER.to_owned())
        .chain(scores.iter().map(|(score, _)| row(score)))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    if std::env::var_os("RECORD_SCORES").is_some() {
        std::fs::write(SCORES, &recorded).expect("scores.tsv written");
        return;
    }
    let floor = std::fs::read_to_string(SCORES)
        .expect("tests/import/corpus/scores.tsv: run `RECORD_SCORES=1 make import-score` once");
    let mut fell = Vec::new();
    for line in floor.lines().skip(1) {
        let was = parse_row(line);
        let Some((now, _)) = scores.iter().find(|(score, _)| score.name == was.name) else {
            fell.push(format!("{}: no longer scored", was.name));
            continue;
        };
        for (what, now_value, was_value) in [
            ("found", now.found, was.found),
            ("lead right", now.lead_right, was.lead_right),
            ("both right", now.both_right, was.both_right),
            (
                "indicators found",
                now.indicators_found,
                was.indicators_found,
            ),
            (
                "title right",
                usize::from(now.title_right),
                usize::from(was.title_right),
            ),
            (
                "number right",
                usize::from(now.number_right),
                usize::from(was.number_right),
            ),
        ] {
            if now_value < was_value {
                fell.push(format!("{}: {what} {was_value} → {now_value}", was.name));
            }
        }
        if now.silently_wrong > was.silently_wrong {
            fell.push(format!(
                "{}: silently wrong {} → {}",
                was.name, was.silently_wrong, now.silently_wrong
            ));
        }
    }
    assert!(
        fell.is_empty(),
        "figures fell below those recorded:\n{}",
        fell.join("\n")
    );
}
