//! The blocks the long image is made of, top to bottom: the masthead, the key figures, every
//! indicator, the tasks by section, the departments and the footer. Every word and figure comes
//! from the dataset, through the same functions the pages use.

mod frame;
mod indicator;
mod tasks;

pub(super) use frame::{footer, heading, key_figures, masthead};
pub(super) use indicator::indicator;
pub(super) use tasks::{department, department_counts, section, task};

use crate::longimage::sheet::{content_width, Sheet, BLUE, BODY, MARGIN};
use crate::share::card::style::TextStyle;

/// From this many tasks on, each task shows its title and lead only (the site holds the rest).
pub const COMPACT_TASKS_FROM: usize = 60;
/// The side of a number badge, and where the text beside it starts.
const BADGE: f64 = 76.0;
const BESIDE_BADGE: f64 = MARGIN + BADGE + 24.0;

/// A square number badge at the left margin, its top at the sheet's `y`: up to three digits at
/// the body size. Returns where the text beside it starts and how wide it may be.
fn badge(sheet: &mut Sheet, number: &str) -> (f64, f64) {
    let y = sheet.y;
    sheet.rect(MARGIN, y, BADGE, BADGE, BLUE, 12.0);
    let middle = y + BADGE / 2.0 + BODY * 0.36;
    let style = TextStyle::bold(BODY, "#ffffff").centred();
    sheet.line(MARGIN + BADGE / 2.0, middle, style, number);
    (BESIDE_BADGE, content_width() - (BESIDE_BADGE - MARGIN))
}
