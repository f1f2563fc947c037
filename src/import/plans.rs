//! The plans a notice names in 《…》: the attached plan's title (现将《…》印发) and the parent plan
//! it implements (落实《…》), each as the notice prints it.

use super::blocks::Piece;
use super::notes::{Notes, Place};

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

/// The plan's title from 现将《…》…印发, or from `《…》已经…同意，现印发给你们`.
pub fn plan_title(paragraphs: &[Piece]) -> Option<String> {
    let handed = paragraphs.iter().find_map(|p| {
        let at = p.text.find("现将《")? + "现将".len();
        bracketed(&p.text, at).map(str::to_owned)
    });
    handed.or_else(|| {
        paragraphs.iter().find_map(|p| {
            let issued = p.text.contains("印发给你们") || p.text.contains("现印发");
            let at = p.text.find('《').filter(|_| issued)?;
            bracketed(&p.text, at).map(str::to_owned)
        })
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
