//! The importer: a plan's notice as published (plain text, HTML or a .docx) into a draft dataset
//! and the list of cells an editor must check before publishing (待核对).
//!
//! The core is pure, bytes or text in and a draft out: `import_notice` is the one import of
//! `make import` (src/bin/import.rs) and of the builder page (src/builder/, in wasm).
//! Each input form is first read into the same blocks (`blocks`: paragraphs and tables, with the
//! notes on the whole notice in a `source`, from `text` with `cells`, `html` or `docx`); `assemble`
//! then finds the plan's parts in them: the document's facts (`document`, `title`, `plans`), the 主要目标 table
//! (`indicators`, with `targets`) or goals written as sentences (`goals`, `goal`), the 重点任务分工 table
//! (`tasks`, its columns known by `columns`) and tasks written as paragraphs (`prose`, `reading`:
//! numbered in any style by `numbering`, with roles read from brackets by `bracket`, `clauses` and
//! `roles`, and shared by `shared`), their numbers (`order`), and the departments they name
//! (`units`). Whatever is inferred, mended or not understood is noted (`notes`) on the workbook
//! cell it concerns, with the notice's own text: a draft never holds a silently wrong cell, and
//! never a lead the notice does not name.

mod assemble;
mod blocks;
mod bracket;
mod cells;
mod checklist;
mod clauses;
mod columns;
mod document;
mod docx;
mod goal;
mod goals;
mod html;
mod indicators;
mod notes;
mod numbering;
mod order;
mod plans;
mod prose;
mod reading;
mod roles;
mod shared;
mod source;
mod split;
mod table_name;
mod targets;
mod tasks;
mod text;
mod title;
mod units;
mod worded;

use crate::bounded_zip::MB;
use crate::model::Dataset;
pub use crate::workbook::ReviewItem;
pub use checklist::{checks, Check, Span};

/// What an import gives: the dataset as far as the notice tells it, and what to check.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub dataset: Dataset,
    /// The cells an editor must check (the 待核对 sheet), in the workbook's order.
    pub review: Vec<ReviewItem>,
}

/// Why a file could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The zip reader's own words (English) are kept for the developer, never shown.
    #[error("不是可读的 .docx 文件：打不开（可能已损坏，或只是改了扩展名）。请在 WPS 或 Word 里打开它，另存为 .docx 后再选择")]
    NotZip(String),
    #[error(".docx 中的文件太多（{0} 个，最多读 {max} 个）", max = docx::LIMITS.entries)]
    TooManyEntries(usize),
    #[error(".docx 中没有正文 word/document.xml")]
    NoDocument,
    #[error("word/document.xml 解压后超过 {} MB，不像一份通知", docx::LIMITS.unpacked_bytes / MB)]
    TooLarge,
    #[error(
        "文档的正文无法读取（文件可能已损坏）。请在 WPS 或 Word 里打开它，另存为 .docx 后再选择"
    )]
    Unreadable(String),
}

/// The most text read from a notice: a notice is a few tens of kilobytes; beyond this the rest
/// is left out (and the draft says so), which keeps memory bounded for any input.
pub const MAX_TEXT_BYTES: usize = 4_000_000;

/// Imports a notice's scraped text (tables flattened into lines, as the district's pages give it).
pub fn import_text(text: &str) -> Draft {
    assemble::draft(text::blocks(text))
}

/// Imports a notice's text file as saved: UTF-8 (a BOM dropped) or, when it is not valid UTF-8,
/// GB18030 (which GBK is a part of), as older Windows tools save it; the draft then says so.
pub fn import_text_bytes(bytes: &[u8]) -> Draft {
    decoded_draft(bytes, false).draft
}

/// A draft, with how it was read: whether the bytes had to be decoded as GB18030 (they were not
/// UTF-8), and the notice's lines as the builder's source view numbers them.
struct Read {
    draft: Draft,
    was_gb18030: bool,
    lines: Vec<String>,
}

/// The draft of a text file's bytes or (`page`) an HTML file's, read into blocks once decoded. A text
/// file's lines are its own (the lines its notes cite); a page's are its blocks (`source_lines`).
fn decoded_draft(bytes: &[u8], page: bool) -> Read {
    let (text, decoded) = text::decode(bytes);
    let was_gb18030 = decoded.is_some();
    let (source, lines) = if page {
        let source = html::blocks(&text);
        let lines = source_lines(&source);
        (source, lines)
    } else {
        let kept = blocks::capped(&text, MAX_TEXT_BYTES);
        (
            text::blocks(&text),
            kept.lines().map(str::to_owned).collect(),
        )
    };
    let draft = assemble::draft(noted(source, decoded));
    Read {
        draft,
        was_gb18030,
        lines,
    }
}

/// A notice's blocks as lines: a paragraph a line, a table row a line with its cells set apart.
fn source_lines(source: &source::Source) -> Vec<String> {
    let mut lines = Vec::new();
    for block in &source.blocks {
        match block {
            blocks::Block::Paragraph(piece) => lines.push(piece.text.clone()),
            blocks::Block::Table(rows) => lines.extend(rows.iter().map(|row| {
                let cells: Vec<&str> = row.iter().map(|cell| cell.text.trim()).collect();
                cells.join(" ｜ ")
            })),
        }
    }
    lines
}

/// The source with the note of how its bytes were decoded, first, where there is one.
fn noted(mut source: source::Source, decoded: Option<String>) -> source::Source {
    if let Some(reason) = decoded {
        let note = notes::Note {
            place: notes::Place::Whole,
            reason,
            source: String::new(),
            line: None,
        };
        source.notes.0.insert(0, note);
    }
    source
}

/// Imports a notice's HTML page or fragment; its `<table>`s are read as tables.
pub fn import_html(html: &str) -> Draft {
    assemble::draft(html::blocks(html))
}

/// Imports a notice saved as a .docx (Word or WPS): its paragraphs and tables.
pub fn import_docx(bytes: &[u8]) -> Result<Draft, ImportError> {
    Ok(assemble::draft(docx::blocks(bytes)?))
}

/// A notice imported from a file: the draft, its workbook with the 待核对 sheet, and a note for
/// the editor on how the file was read (a text or HTML file that was not UTF-8).
#[derive(Debug, Clone)]
pub struct Imported {
    pub draft: Draft,
    /// The draft as an .xlsx file (`workbook::workbook_with_review`).
    pub workbook: Vec<u8>,
    pub note: Option<String>,
    /// The notice's lines, numbered from 1 as its review items cite them (`ReviewItem::line`).
    pub lines: Vec<String>,
}

impl Imported {
    /// What the draft holds, in a line: `10 个指标、16 项任务、18 个部门；待核对 5 项`.
    pub fn summary(&self) -> String {
        format!("{}；待核对 {} 项", self.contents(), self.draft.review.len())
    }

    /// What the draft's dataset holds: `10 个指标、16 项任务、18 个部门`.
    pub fn contents(&self) -> String {
        let dataset = &self.draft.dataset;
        format!(
            "{} 个指标、{} 项任务、{} 个部门",
            dataset.indicators.len(),
            dataset.tasks().count(),
            dataset.departments.len()
        )
    }
}

/// Imports a notice file's bytes by its name's extension (`.txt`, `.text`, `.html`, `.htm` or
/// `.docx`, in any case) into a draft and its workbook: the one import of `make import` and the
/// builder page. An error is one line in Chinese, after the file's name.
pub fn import_notice(bytes: &[u8], file_name: &str) -> Result<Imported, String> {
    let extension = std::path::Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let read = match extension.as_str() {
        "docx" => {
            let source = docx::blocks(bytes).map_err(|error| format!("{file_name}: {error}"))?;
            let lines = source_lines(&source);
            let draft = assemble::draft(source);
            Read {
                draft,
                was_gb18030: false,
                lines,
            }
        }
        "html" | "htm" => decoded_draft(bytes, true),
        "txt" | "text" => decoded_draft(bytes, false),
        other => {
            return Err(format!(
                "{file_name}: 不认识的扩展名 {other:?}：应为 .txt、.html 或 .docx"
            ))
        }
    };
    let Read {
        draft,
        was_gb18030,
        lines,
    } = read;
    let workbook = crate::workbook::workbook_with_review(&draft.dataset, &draft.review)
        .map_err(|error| error.to_string())?;
    Ok(Imported {
        draft,
        workbook,
        note: was_gb18030.then(|| "不是 UTF-8，已按 GB18030（GBK）解码".to_owned()),
        lines,
    })
}
