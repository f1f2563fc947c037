//! The notice's headline facts from its paragraphs: the title (mended where the scrape put
//! foreign words in place of 关于印发), the attached plan's title (现将《…》印发), the issuer's
//! signature above the date, and the parent plan (落实《…》).

use super::blocks::Piece;
use super::document::normal_date;
use super::notes::{Notes, Place};

/// The signature: the issuer's line just above a date line (2024年3月15日), and the date line.
pub fn signature(paragraphs: &[Piece]) -> Option<(Piece, Piece)> {
    paragraphs.windows(2).find_map(|pair| {
        let is_date = normal_date(&pair[1].text).is_some() && pair[1].text.chars().count() <= 12;
        let name = pair[0].text.trim();
        let is_body = name.chars().count() <= 30
            && ["办公室", "政府", "委员会", "局", "厅"]
                .iter()
                .any(|end| name.ends_with(end));
        (is_date && is_body).then(|| (pair[0].clone(), pair[1].clone()))
    })
}

/// The title line (the first ending in 的通知, with the lines before it where it starts mid-way),
/// and its text without spaces.
pub fn title(paragraphs: &[Piece]) -> (Piece, String) {
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let Some(end) = paragraphs
        .iter()
        .position(|p| squeeze(&p.text).ends_with("的通知"))
    else {
        return (Piece::default(), String::new());
    };
    let mut start = end;
    while start > 0
        && end - start < 3
        && !squeeze(&paragraphs[start].text).contains("关于")
        && squeeze(&paragraphs[start].text).starts_with(['(', '（'])
    {
        start -= 1;
    }
    let text: Vec<&str> = paragraphs[start..=end]
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    let piece = Piece::new(text.join(""), paragraphs[start].line);
    let scraped = squeeze(&piece.text);
    (piece, scraped)
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

/// The text between a 《 and its matching 》, from `start` (the 《's index).
fn bracketed(text: &str, start: usize) -> Option<&str> {
    let mut depth = 0;
    for (index, c) in text[start..].char_indices() {
        match c {
            '《' => depth += 1,
            '》' if depth == 1 => return Some(&text[start + '《'.len_utf8()..start + index]),
            '》' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The plan's title from 现将《…》…印发.
pub fn plan_title(paragraphs: &[Piece]) -> Option<String> {
    paragraphs.iter().find_map(|p| {
        let at = p.text.find("现将《")? + "现将".len();
        bracketed(&p.text, at).map(str::to_owned)
    })
}

/// The plan this one implements, from 落实《…》(文号), as inferred.
pub fn parent_plan(paragraphs: &[Piece], notes: &mut Notes) -> String {
    for p in paragraphs {
        let Some(at) = p.text.find("落实《").map(|at| at + "落实".len()) else {
            continue;
        };
        let Some(title) = bracketed(&p.text, at) else {
            continue;
        };
        let mut plan = format!("《{title}》");
        let rest = &p.text[at + plan.len()..];
        if let Some(close) = rest
            .starts_with(['(', '（'])
            .then(|| rest.find([')', '）']))
            .flatten()
        {
            let bracket = &rest[..close + rest[close..].chars().next().map_or(1, char::len_utf8)];
            plan.push_str(bracket);
        }
        notes.add(
            Place::Document("parent_plan"),
            "上级规划按正文“落实《…》”推断，请核对",
            p,
        );
        return plan;
    }
    notes.add_text(
        Place::Document("parent_plan"),
        "正文中没有“落实《…》”，请填写上级规划（可留空）",
        "",
        None,
    );
    String::new()
}
