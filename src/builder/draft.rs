//! The draft of a notice under review, held by the builder's WebAssembly (see `Draft`).

use serde::Serialize;
use wasm_bindgen::prelude::*;
use yitu::site::Fault;
use yitu::workbook::{Book, ReviewItem};

use crate::web::to_js;

/// A notice drafted into a workbook, held here while the editor reviews it on the page: its
/// cells (`Book`), which an edit changes and the workbook's own reader checks, its 待核对 items,
/// and the notice's lines for the source view. The page asks for the workbook after each
/// change, and that file is both what the preview is built from and what 下载草稿 gives.
#[wasm_bindgen]
pub struct Draft {
    book: Book,
    review: Vec<ReviewItem>,
    opened: Opened,
}

/// What the page shows of a new draft.
#[derive(Serialize)]
struct Opened {
    /// What the draft holds, `10 个指标、16 项任务、18 个部门` (the page counts the open items).
    summary: String,
    /// How the file was read, where it was not UTF-8.
    note: Option<String>,
    checks: Vec<yitu::import::Check>,
    lines: Vec<String>,
}

/// What an edit gives: the cell's text before it, and the draft's faults after it.
#[derive(Serialize)]
struct Edited {
    before: Option<String>,
    faults: Vec<Fault>,
}

#[wasm_bindgen]
impl Draft {
    /// Drafts a notice's bytes (`.txt`, `.html`, `.htm` or `.docx`, by its name), as `make
    /// import` does; a file that cannot be imported is an error with the reason in Chinese.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8], file_name: &str) -> Result<Draft, JsError> {
        let imported =
            yitu::import::import_notice(bytes, file_name).map_err(|error| JsError::new(&error))?;
        let book = Book::of(&imported.draft.dataset);
        let opened = Opened {
            summary: imported.contents(),
            note: imported.note,
            checks: yitu::import::checks(&book, &imported.draft.review, &imported.lines),
            lines: imported.lines,
        };
        Ok(Draft {
            book,
            review: imported.draft.review,
            opened,
        })
    }

    /// The draft as first made: `Opened` as a plain object.
    pub fn opened(&self) -> Result<JsValue, JsError> {
        to_js(&self.opened)
    }

    /// Puts `text` into a cell (`主要目标!D3`), as typed in WPS, and checks the whole draft
    /// with the workbook's rules: `Edited` as a plain object.
    pub fn edit(&mut self, cell: &str, text: &str) -> Result<JsValue, JsError> {
        let before = self.book.set(cell, text);
        to_js(&Edited {
            before,
            faults: self.faults_now(),
        })
    }

    /// The draft's faults as it stands, with the workbook's rules (`[Fault]`, empty when none).
    pub fn faults(&self) -> Result<JsValue, JsError> {
        to_js(&self.faults_now())
    }

    /// The draft's workbook, its 待核对 sheet listing the items still open (by their ids).
    pub fn workbook(&self, open: Vec<u32>) -> Result<js_sys::Uint8Array, JsError> {
        let left: Vec<ReviewItem> = self
            .review
            .iter()
            .enumerate()
            .filter(|(id, _)| open.contains(&(*id as u32)))
            .map(|(_, item)| item.clone())
            .collect();
        let bytes = self
            .book
            .xlsx(&left)
            .map_err(|error| JsError::new(&error.to_string()))?;
        Ok(js_sys::Uint8Array::from(bytes.as_slice()))
    }
}

impl Draft {
    fn faults_now(&self) -> Vec<Fault> {
        match self.book.read() {
            Ok(_) => Vec::new(),
            Err(faults) => faults.iter().map(Fault::from).collect(),
        }
    }
}
