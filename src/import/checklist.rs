//! The 待核对 list as the builder page shows it beside the draft: each item with the field it is
//! about, in words, its value, and the notice's passage with the words in question marked.

use serde::Serialize;

use crate::workbook::{Book, ReviewItem};

/// One item of the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    /// The item's place in the draft's review list, from 0.
    pub id: usize,
    /// The workbook cell (`重点任务!E5`), a range, or `全文`.
    pub cell: String,
    /// The field in words (`指标 3「托位使用率」 · 简称`); `None` for a range or the whole notice.
    pub field: Option<String>,
    /// The cell's value as drafted; `None` where the item is no single cell (it is confirmed, not edited).
    pub value: Option<String>,
    pub reason: String,
    /// A routine drafted field (short name, slug, mended space), listed apart.
    pub routine: bool,
    /// The notice's passage, in spans, the words in question marked.
    pub passage: Vec<Span>,
    /// The line of the notice (from 1) the passage is on, where known.
    pub line: Option<usize>,
    /// The page the field shows on, relative to the site's root (`indicator/3/`, `""` for the
    /// overview), where there is one.
    pub view: Option<String>,
}

/// A run of a passage's text, marked or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub text: String,
    pub marked: bool,
}

/// The list for a draft's review items, against the draft's cells and the notice's `lines` (a
/// page's or a document's items, which have no line of their own, are found in them).
pub fn checks(book: &Book, review: &[ReviewItem], lines: &[String]) -> Vec<Check> {
    review
        .iter()
        .enumerate()
        .map(|(id, item)| {
            let value = book.value(&item.cell);
            Check {
                id,
                cell: item.cell.clone(),
                field: book.field(&item.cell),
                passage: marked(&item.source, value.as_deref().unwrap_or("")),
                value,
                reason: item.reason.clone(),
                routine: item.routine,
                line: item.line.or_else(|| line_of(lines, &item.source)),
                view: book
                    .view(&item.cell)
                    .map(|route| match route.relative_href().as_str() {
                        "./" => String::new(),
                        href => href.to_owned(),
                    }),
            }
        })
        .collect()
}

/// The first line (from 1) that holds the start of `source`, spaces aside: where a page's or a
/// document's review item came from, its blocks having no lines of their own.
fn line_of(lines: &[String], source: &str) -> Option<usize> {
    let squeeze = |text: &str| {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    let start: String = squeeze(source).chars().take(24).collect();
    if start.chars().count() < 2 {
        return None;
    }
    lines
        .iter()
        .position(|line| squeeze(line).contains(&start))
        .map(|index| index + 1)
}

/// A passage in spans: each unit of `value` (its parts between `、`) found in it, spaces inside
/// allowed (a name the page wrapped), and each run of `□` (text the scrape put in, masked), marked.
pub fn marked(passage: &str, value: &str) -> Vec<Span> {
    let chars: Vec<char> = passage.chars().collect();
    let mut marks = vec![false; chars.len()];
    for word in value
        .split('、')
        .map(str::trim)
        .filter(|w| w.chars().count() >= 2)
    {
        let word: Vec<char> = word.chars().filter(|c| !c.is_whitespace()).collect();
        let mut start = 0;
        while let Some((from, to)) = find_spaced(&chars, &word, start) {
            marks[from..to].iter_mut().for_each(|mark| *mark = true);
            start = to;
        }
    }
    for (index, c) in chars.iter().enumerate() {
        if *c == '□' {
            marks[index] = true;
        }
    }
    let mut spans: Vec<Span> = Vec::new();
    for (c, mark) in chars.into_iter().zip(marks) {
        match spans.last_mut() {
            Some(span) if span.marked == mark => span.text.push(c),
            _ => spans.push(Span {
                text: c.to_string(),
                marked: mark,
            }),
        }
    }
    spans
}

/// The first place at or after `start` where `word` is written, spaces between its characters
/// allowed: its start and end in `chars`.
fn find_spaced(chars: &[char], word: &[char], start: usize) -> Option<(usize, usize)> {
    (start..chars.len()).find_map(|from| {
        let mut at = from;
        for (index, wanted) in word.iter().enumerate() {
            while index > 0 && at < chars.len() && chars[at].is_whitespace() {
                at += 1;
            }
            if chars.get(at) != Some(wanted) {
                return None;
            }
            at += 1;
        }
        Some((from, at))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|span| match span.marked {
                true => format!("[{}]", span.text),
                false => span.text.clone(),
            })
            .collect()
    }

    #[test]
    fn a_unit_is_marked_where_the_page_wrapped_it() {
        assert_eq!(
            shown(&marked("区卫生 健康委、区妇联", "区卫生健康委")),
            "[区卫生 健康委]、区妇联"
        );
        assert_eq!(
            shown(&marked("区教委牵头，区教委配合", "区教委")),
            "[区教委]牵头，[区教委]配合"
        );
    }

    #[test]
    fn each_unit_of_a_list_and_the_masked_words_are_marked() {
        assert_eq!(
            shown(&marked("区民政局、区妇联负责", "区妇联、区民政局")),
            "[区民政局]、[区妇联]负责"
        );
        assert_eq!(
            shown(&marked("某某□□□□方案", "某某关于印发方案")),
            "某某[□□□□]方案"
        );
    }

    #[test]
    fn nothing_is_marked_where_the_value_is_not_in_the_passage() {
        assert_eq!(shown(&marked("到2025年达到90%", "qjw")), "到2025年达到90%");
        assert!(marked("", "区教委").is_empty());
    }
}
