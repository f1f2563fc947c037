//! The site step's stage timings, for benchmarks to read: one line a stage on stderr,
//! `timing: <stage> <seconds>`, the seconds with three decimals (`timing: cards 0.912`), in the
//! order the stages run: `charts` (drawing them with Node and ECharts, [`super::draw_charts`]),
//! `pages` (the page files, the chart files, the CSV files and the workbook: from the end of the
//! charts to the start of the cards) and `cards` (the share cards' templates and PNG files).
//! `tools/compress.mjs` prints `timing: compress <seconds>` in the same form.

use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    /// When this thread last finished drawing the charts. A site is built on one thread, so that
    /// tests building several sites at once on their own threads each time their own.
    static CHARTS_DRAWN: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Prints how long a stage took.
pub fn report(stage: &str, took: Duration) {
    eprintln!("timing: {stage} {:.3}", took.as_secs_f64());
}

/// Reports the charts, drawn since `start`, and marks the start of the pages.
pub fn charts_drawn(start: Instant) {
    report("charts", start.elapsed());
    CHARTS_DRAWN.set(Some(Instant::now()));
}

/// Reports the pages, written since the charts were drawn (nothing if this thread drew none).
pub fn pages_written() {
    if let Some(drawn) = CHARTS_DRAWN.take() {
        report("pages", drawn.elapsed());
    }
}
