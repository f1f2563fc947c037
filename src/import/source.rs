//! A notice read: its blocks in reading order, and the notes about it as a whole (filler
//! dropped, text cut).

use super::blocks::{capped, Block};
use super::notes::{Notes, Place};

/// A notice read into blocks, and the notes about it as a whole.
#[derive(Default)]
pub struct Source {
    pub blocks: Vec<Block>,
    pub notes: Notes,
}

/// The start of reading a notice's text or page: the text kept (at most `MAX_TEXT_BYTES`), and a
/// source whose first note says what was left out, if anything; `what` names the input (文本, 网页).
pub fn start<'a>(text: &'a str, what: &str) -> (Source, &'a str) {
    let mut source = Source::default();
    let kept = capped(text, super::MAX_TEXT_BYTES);
    if kept.len() < text.len() {
        let reason = format!(
            "{what}过长（{} 字节），只读了前 {} 字节，其后的内容没有导入",
            text.len(),
            kept.len()
        );
        source.notes.add_text(Place::Whole, reason, "", None);
    }
    (source, kept)
}
