//! The corpus score's figures for one notice, and the rows `scores.tsv` records them in.

/// One notice's figures, in one of its forms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Score {
    pub name: String,
    pub tasks: usize,
    pub found: usize,
    pub lead_right: usize,
    pub both_right: usize,
    pub flagged: usize,
    pub silently_wrong: usize,
    pub indicators: usize,
    pub indicators_found: usize,
    pub title_right: bool,
    pub number_right: bool,
}

/// A notice's row of `scores.tsv`.
pub fn row(score: &Score) -> String {
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        score.name,
        score.tasks,
        score.found,
        score.lead_right,
        score.both_right,
        score.flagged,
        score.silently_wrong,
        score.indicators,
        score.indicators_found,
        u8::from(score.title_right),
        u8::from(score.number_right)
    )
}

/// The header of `scores.tsv` and of the printed table.
pub const HEADER: &str = "notice\ttasks\tfound\tlead right\tboth right\tflagged\tsilently wrong\tindicators\tindicators found\ttitle right\tnumber right";

/// A notice's figures read back from its row of `scores.tsv`.
pub fn parse_row(line: &str) -> Score {
    let cells: Vec<&str> = line.split('\t').collect();
    let number = |index: usize| cells[index].parse::<usize>().expect("a count");
    Score {
        name: cells[0].to_owned(),
        tasks: number(1),
        found: number(2),
        lead_right: number(3),
        both_right: number(4),
        flagged: number(5),
        silently_wrong: number(6),
        indicators: number(7),
        indicators_found: number(8),
        title_right: number(9) == 1,
        number_right: number(10) == 1,
    }
}

/// A share as a percentage with one decimal, or — of nothing.
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "—".to_owned()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}
