//! The importer: this plan's notice to a draft equal to the plan's dataset (`plan`), the other
//! forms notices print (`forms`, `shared`, `styles`, fixtures in tests/fixtures/notices/; `docx`), and hostile input (`hostile`).

mod corpus;
mod docx;
mod encoding;
mod forms;
mod hostile;
mod notice;
mod plan;
mod report;
mod score_table;
mod shared;
mod styles;
mod targets;
mod visible_text;

use yitu::import::Draft;

/// Whether the draft lists a cell for review with a reason holding `reason`.
pub fn flagged(draft: &Draft, cell: &str, reason: &str) -> bool {
    draft
        .review
        .iter()
        .any(|item| item.cell == cell && item.reason.contains(reason))
}

/// The draft's section titles, in order.
pub fn section_titles(draft: &Draft) -> Vec<&str> {
    draft
        .dataset
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect()
}

/// Panics with the review list unless every (cell, reason) is flagged.
pub fn assert_flagged(draft: &Draft, expected: &[(&str, &str)]) {
    for (cell, reason) in expected {
        assert!(
            flagged(draft, cell, reason),
            "{cell} is not flagged with “{reason}”; the review list:\n{:#?}",
            draft.review
        );
    }
}
