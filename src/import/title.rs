//! The notice's headline facts from its paragraphs: the title (mended where the scrape put
//! foreign words in place of 关于印发), the attached plan's title (现将《…》印发), the issuer's
//! signature above the date, and the parent plan (落实《…》).

use super::blocks::Piece;
use super::notes::{Notes, Place};
use crate::notation::find_date;

/// The signature: the issuer's line just above a date line (2024年3月15日), and the date line.
pub fn signature(paragraphs: &[Piece]) -> Option<(Piece, Piece)> {
    paragraphs.windows(2).find_map(|pair| {
        let is_date = find_date(&pair[1].text).is_some() && pair[1].text.chars().count() <= 12;
        let name = pair[0].text.trim();
        let is_body = name.chars().count() <= 30
            && ["办公室", "政府", "委员会", "局", "厅"]
                .iter()
                .any(|end| name.ends_with(end));
        (is_date && is_body).then(|| (pair[0].clone(), pair[1].clone()))
    })
}

/// What a notice's title ends with: the kind of document it is.
const KINDS: [&str; 14] = [
    "通知", "意见", "方案", "决定", "办法", "规定", "计划", "批复", "通报", "规划", "细则", "纲要",
    "报告", "函",
];

/// A line as a title is compared: without spaces and without Markdown's heading and bold marks.
fn squeeze(text: &str) -> String {
    let text: String = text.split_whitespace().collect();
    text.trim_start_matches('#')
        .trim_matches(['*', '_'])
        .to_owned()
}

/// Whether a line ends as a title does, with the kind of document, before any period in brackets
/// (`…实施方案（2024—2026年）`).
fn ends_as_title(text: &str) -> bool {
    let mut text = text;
    if let Some(open) = text.rfind(['（', '(']) {
        let bracket = &text[open..];
        if bracket.ends_with(['）', ')']) && bracket.contains('年') {
            text = &text[..open];
        }
    }
    KINDS.iter().any(|kind| text.ends_with(kind))
}

/// A line without the site's name a page's title prints after a wide space (`…的通知  广东省人民
/// 政府门户网站`): the part before it, where that part ends as a title.
fn without_site(text: &str) -> &str {
    match text.trim().split_once("  ") {
        Some((head, _)) if ends_as_title(&squeeze(head)) && head.contains("关于") => head,
        _ => text,
    }
}

/// Which paragraphs are a repository's wrapping around the notice rather than the notice: a
/// `来源：` line, front matter between `---` lines at the start, a quoted disclaimer (`> …`) and a
/// page's `信息来源：` line.
fn wrapping(paragraphs: &[Piece]) -> Vec<bool> {
    let mut marks = vec![false; paragraphs.len()];
    let mut in_front = false;
    let mut before_body = true;
    for (index, piece) in paragraphs.iter().enumerate() {
        let text = piece.text.trim();
        let bare = squeeze(text);
        if before_body && text == "---" {
            in_front = !in_front;
            marks[index] = true;
            continue;
        }
        let source = ["来源：", "来源:", "信息来源：", "信息来源:"]
            .iter()
            .any(|label| bare.starts_with(label));
        marks[index] = in_front || source || text.starts_with(['>', '＞']);
        before_body &= marks[index];
    }
    marks
}

/// The number alone on a line, or in brackets there (`（皖政办秘〔2021〕82号）`): the number.
pub fn number_line(text: &str) -> Option<String> {
    let text = text.trim();
    let inner = text
        .strip_prefix(['（', '('])
        .and_then(|i| i.strip_suffix(['）', ')']))
        .unwrap_or(text);
    (inner.contains(['〔', '［', '[']) && inner.ends_with('号') && inner.chars().count() < 30)
        .then(|| inner.to_owned())
}

/// Whether a line is a notice's addressee line (`各市人民政府，省政府各部门，各直属机构：`).
fn addressee_line(text: &str) -> bool {
    text.ends_with(['：', ':'])
        && text.chars().count() <= 80
        && !text.contains(['。', '；'])
        && !KINDS
            .iter()
            .any(|kind| text.ends_with(&format!("{kind}：")))
}

/// A title as two printings of it are compared: brackets and dashes of either width alike
/// (`(2021—2023年)` and `（2021-2023年）`).
fn folded(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = match c {
            '(' => '（',
            ')' => '）',
            '-' | '－' | '–' | '—' | '―' | '─' | '~' | '～' | '〜' => '—',
            _ => c,
        };
        if !(c == '—' && out.ends_with('—')) {
            out.push(c);
        }
    }
    out
}

/// Whether the title's lines `start..=end` end there: the last ends as a title, and the line with
/// 关于 is that line or one of the two short lines before it; or the line ends in 的通知.
fn title_at(lines: &[(usize, String)], at: usize) -> Option<(usize, usize)> {
    let short =
        |text: &str| text.chars().count() <= 40 && !text.contains(['。', '，', '：', ':', '；']);
    let text = &lines[at].1;
    if text.chars().count() > 100 || text.contains('。') || !ends_as_title(text) {
        return None;
    }
    if text.contains("关于") {
        return Some((at, at));
    }
    // A title broken over lines: the line with 关于 is one of the two before, all short.
    let broken = (1..=2.min(at)).find_map(|back| {
        let first = &lines[at - back].1;
        let between = lines[at - back..at].iter().all(|(_, line)| short(line));
        (between && first.contains("关于")).then_some((at - back, at))
    });
    broken.or_else(|| text.ends_with("的通知").then_some((at, at)))
}

/// The text of the title's lines `start..=end`.
fn joined(lines: &[(usize, String)], (start, end): (usize, usize)) -> String {
    lines[start..=end]
        .iter()
        .map(|(_, line)| line.as_str())
        .collect()
}

/// Whether the first line after `end` that is not blank is the number or the addressee line: the
/// document's own title stands there, a page's heading above it.
fn heads_the_document(lines: &[(usize, String)], end: usize) -> bool {
    lines[end + 1..]
        .iter()
        .find(|(_, line)| !line.is_empty())
        .is_some_and(|(_, line)| number_line(line).is_some() || addressee_line(line))
}

/// A page that prints the title twice (its heading, then the document's own title line): the
/// second printing where it directly follows the first, reads as the same title (brackets and
/// dashes of either width alike, or the first without the issuer), and is followed by the number
/// or the addressee line.
fn printed_again(lines: &[(usize, String)], first: (usize, usize)) -> Option<(usize, usize)> {
    let start = first.1 + 1;
    let again = (start..lines.len().min(start + 3))
        .find_map(|at| title_at(lines, at).filter(|found| found.0 == start))?;
    let (one, two) = (folded(&joined(lines, first)), folded(&joined(lines, again)));
    let same = one == two || two.ends_with(&one);
    (same && heads_the_document(lines, again.1)).then_some(again)
}

/// The title: the first line of the notice that ends as a title and says 关于 (with the one or two
/// short lines before it where the title is broken over lines), or one ending in 的通知; where the
/// page prints it twice, the document's own printing (`printed_again`); failing those, the first
/// Markdown heading that ends as a title. Its text is returned without spaces.
pub fn title(paragraphs: &[Piece]) -> (Piece, String) {
    let marks = wrapping(paragraphs);
    let lines: Vec<(usize, String)> = paragraphs
        .iter()
        .enumerate()
        .filter(|(index, _)| !marks[*index])
        .map(|(index, piece)| (index, squeeze(without_site(&piece.text))))
        .collect();
    let short =
        |text: &str| text.chars().count() <= 40 && !text.contains(['。', '，', '：', ':', '；']);
    let found = (0..lines.len())
        .find_map(|at| title_at(&lines, at))
        .map(|first| printed_again(&lines, first).unwrap_or(first));
    let heading = || {
        lines.iter().position(|(index, text)| {
            paragraphs[*index].text.trim_start().starts_with('#')
                && ends_as_title(text)
                && short(text)
        })
    };
    let Some((start, end)) = found.or_else(|| heading().map(|at| (at, at))) else {
        return (Piece::default(), String::new());
    };
    let text = joined(&lines, (start, end));
    let piece = Piece::new(text.clone(), paragraphs[lines[start].0].line);
    (piece, text)
}

/// The title, mended where words stand between the issuer and the plan's title in place of 关于印发.
pub fn mend_title(
    piece: &Piece,
    scraped: &str,
    issuer: &str,
    plan: &str,
    notes: &mut Notes,
) -> String {
    let expected = format!("{issuer}关于印发{plan}的通知");
    if scraped == expected || issuer.is_empty() || plan.is_empty() {
        if scraped.is_empty() {
            notes.add_text(Place::Document("title"), "没有找到标题，请填写", "", None);
        }
        return scraped.to_owned();
    }
    let middle = scraped
        .strip_prefix(issuer)
        .and_then(|rest| rest.strip_suffix(&format!("{plan}的通知")));
    match middle {
        Some(middle) if !middle.contains("关于") && middle.chars().count() <= 12 => {
            let masked = piece
                .text
                .replace(middle, &"□".repeat(middle.chars().count()));
            let reason = format!("标题中“关于印发”的位置是抓取时混入的 {} 个无关的字（原文中以□代替），已按发文机关和正文中的方案标题改为正式标题", middle.chars().count());
            notes.add_text(Place::Document("title"), reason, &masked, piece.line);
            expected
        }
        _ => {
            if scraped.chars().count() != piece.text.trim().chars().count() {
                notes.add(Place::Document("title"), "标题中的空格已删去", piece);
            }
            if !scraped.contains(plan) {
                notes.add(
                    Place::Document("title"),
                    "标题与正文中的方案标题对不上，请核对",
                    piece,
                );
            }
            scraped.to_owned()
        }
    }
}

#[cfg(test)]
mod tests;
