//! The notice's own facts: the publication page's labelled items (索引号, 发文字号, …), the title
//! (mended where the scrape put foreign words in it), the attached plan's title, the issuer, the
//! dates, the period and the parent plan. What is drafted rather than read is noted.

use super::blocks::Piece;
use super::notes::{Notes, Place};
use super::plans::{parent_plan, plan_title};
use super::title::{mend_title, number_line, signature, title};
use crate::model::Document;
use crate::notation::find_date;

/// The labelled items the importer reads, with the `Document` field each fills.
const LABELS: [(&str, &str); 6] = [
    ("索引号", "index_number"),
    ("发文字号", "number"),
    ("文号", "number"),
    ("发布机构", "publisher"),
    ("发布日期", "published"),
    ("成文日期", "written"),
];

/// A labelled item of the publication page: the field it fills and its value.
pub type Item = (&'static str, String, Piece);

/// The labelled items in a line: `[ 索引号 ] | 115… | [ 发文字号 ] | … |` or `发文字号：…`.
pub fn items(piece: &Piece) -> Vec<Item> {
    let cells: Vec<&str> = piece.text.split('|').map(str::trim).collect();
    let label = |cell: &str| {
        let bare = cell
            .trim_start_matches(['[', '【'])
            .trim_end_matches([']', '】', '：', ':'])
            .trim();
        LABELS
            .iter()
            .find(|(name, _)| *name == bare)
            .map(|(_, field)| *field)
    };
    let mut items = Vec::new();
    if cells.len() > 1 {
        for pair in cells.windows(2) {
            if let (Some(field), None) = (label(pair[0]), label(pair[1])) {
                if !pair[1].is_empty() && !pair[1].starts_with('[') {
                    items.push((field, pair[1].to_owned(), piece.clone()));
                }
            }
        }
    } else if let Some((name, value)) = piece.text.split_once(['：', ':']) {
        // A label whose value is in the next cell of a page's table stands alone: no item.
        if let Some(field) = label(name).filter(|_| !value.trim().is_empty()) {
            items.push((field, value.trim().to_owned(), piece.clone()));
        }
    }
    items
}

/// Everything the document part of the draft is made from.
pub struct Facts<'a> {
    pub paragraphs: &'a [Piece],
    pub items: &'a [Item],
    /// The target table's first year column (the baseline's), where there is one.
    pub baseline_year: Option<u16>,
    /// Whether the notice has a table of targets, and the paragraph printed just above it.
    pub has_targets_table: bool,
    pub targets_heading: Option<&'a Piece>,
}

pub fn document(facts: &Facts, notes: &mut Notes) -> Document {
    let item = |field: &str, notes: &mut Notes| {
        let found: Vec<&Item> = facts.items.iter().filter(|(f, _, _)| *f == field).collect();
        let first = found.first()?;
        if let Some(other) = found.iter().find(|(_, value, _)| *value != first.1) {
            notes.add(
                Place::Document(field_name(field)),
                format!("原文两处写法不同：“{}”与“{}”，已取前者", first.1, other.1),
                &other.2,
            );
        }
        Some(first.1.clone())
    };
    let paragraphs = facts.paragraphs;
    let signature = signature(paragraphs);
    let plan_title = plan_title(paragraphs).unwrap_or_default();
    if plan_title.is_empty() {
        notes.add_text(
            Place::Document("plan_title"),
            "正文中没有找到“现将《…》印发”，请填写方案标题",
            "",
            None,
        );
    }
    let (title_piece, scraped) = title(paragraphs);
    let issuer = match (&signature, scraped.split_once("关于")) {
        (Some((issuer, _)), _) => issuer.text.clone(),
        (None, Some((issuer, _))) if !issuer.is_empty() => {
            notes.add(
                Place::Document("issuer"),
                "发文机关按标题“关于”之前的文字拟定",
                &title_piece,
            );
            issuer.to_owned()
        }
        _ => {
            notes.add_text(
                Place::Document("issuer"),
                "没有找到发文机关（落款），请填写",
                "",
                None,
            );
            String::new()
        }
    };
    let title = mend_title(&title_piece, &scraped, &issuer, &plan_title, notes);
    let (period_start, period_end) = period(&plan_title).unwrap_or_else(|| {
        notes.add_text(
            Place::Document("period_start"),
            "方案标题中没有“(起—止年)”，请填写规划期",
            &plan_title,
            None,
        );
        (0, 0)
    });
    let baseline_year = facts.baseline_year.unwrap_or_else(|| {
        notes.add_text(
            Place::Document("baseline_year"),
            "没有主要目标表的基数年份，按规划期前一年拟定",
            "",
            None,
        );
        period_start.saturating_sub(1)
    });
    let mut short_title = plan_title.clone();
    if let Some(open) = short_title.rfind(['(', '（']) {
        short_title.truncate(open);
    }
    for tail in [
        "主要目标和重点任务分工",
        "重点任务分工",
        "任务分工",
        "实施方案",
        "工作方案",
    ] {
        if let Some(kept) = short_title
            .strip_suffix(tail)
            .filter(|kept| !kept.is_empty())
        {
            short_title = kept.to_owned();
            break;
        }
    }
    notes.add_text(
        Place::Document("short_title"),
        "简称是导入时按方案标题拟定的，请核对",
        &plan_title,
        None,
    );
    let date = |field: &'static str, fallback: Option<&Piece>, notes: &mut Notes| {
        let text = item(field, notes).or_else(|| {
            let piece = fallback?;
            notes.add(
                Place::Document(field),
                "发布页面没有此项，按正文中的日期填写",
                piece,
            );
            Some(piece.text.clone())
        });
        let date = text.as_deref().and_then(find_date);
        if date.is_none() {
            notes.add_text(
                Place::Document(field),
                "没有找到日期，请填写（如 2024-03-15）",
                text.as_deref().unwrap_or(""),
                None,
            );
        }
        date.unwrap_or_default()
    };
    let written = date("written", signature.as_ref().map(|(_, date)| date), notes);
    let printed = paragraphs
        .iter()
        .find(|p| p.text.ends_with("印发") && find_date(&p.text).is_some());
    let published = date("published", printed, notes);
    let number = item("number", notes).or_else(|| {
        // The number alone on a line, or in brackets there (（皖政办秘〔2021〕82号）).
        paragraphs.iter().find_map(|p| number_line(&p.text))
    });
    let publisher = item("publisher", notes).unwrap_or_else(|| {
        notes.add_text(
            Place::Document("publisher"),
            "发布页面没有“发布机构”，按发文机关填写",
            &issuer,
            None,
        );
        issuer.clone()
    });
    let index_number = item("index_number", notes).unwrap_or_else(|| {
        notes.add_text(
            Place::Document("index_number"),
            "原文没有索引号，请按发布页面填写",
            "",
            None,
        );
        String::new()
    });
    let parent_plan = parent_plan(paragraphs, notes);
    if number.is_none() {
        notes.add_text(
            Place::Document("number"),
            "没有找到发文字号，请填写",
            "",
            None,
        );
    }
    let targets_table = if facts.has_targets_table {
        targets_table(facts.targets_heading, notes)
    } else {
        String::new()
    };
    Document {
        title,
        plan_title,
        short_title,
        number: number.unwrap_or_default(),
        issuer,
        publisher,
        index_number,
        written,
        published,
        period_start,
        period_end,
        baseline_year,
        parent_plan,
        targets_table,
    }
}

/// The name of the table of targets, from the heading above it; empty, with a note, where no
/// heading above the table names it.
fn targets_table(heading: Option<&Piece>, notes: &mut Notes) -> String {
    let name = heading.and_then(|piece| super::table_name::targets_table_name(&piece.text));
    name.unwrap_or_else(|| {
        let reason = "主要目标表上方没有表名，目标表名称留空（页面不称表名）；原文有表名时请填写";
        match heading {
            Some(piece) => notes.add(Place::Document("targets_table"), reason, piece),
            None => notes.add_text(Place::Document("targets_table"), reason, "", None),
        }
        String::new()
    })
}

fn field_name(field: &str) -> &'static str {
    LABELS
        .iter()
        .find(|(_, f)| *f == field)
        .map_or("title", |(_, f)| f)
}

/// The period from the plan's title: (2023—2025年) → (2023, 2025).
fn period(title: &str) -> Option<(u16, u16)> {
    let years: Vec<u16> = title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse().ok())
        .collect();
    match years.as_slice() {
        [.., start, end] if start < end => Some((*start, *end)),
        _ => None,
    }
}
