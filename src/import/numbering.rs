//! The numbering of a notice's paragraphs, in every style the genre uses: 一、 (a chapter),
//! （一） (a part), 1. 1． 1、 (an item), （1） or 1） (a sub-item), ① (a circled item) and 第一条 (an
//! article), with full-width or ASCII digits and brackets, and the Markdown marks (`#`, `**`) a
//! scraped copy puts before them. Which style is a heading and which a task is told by what the
//! paragraphs hold (`prose`), not by the style.

use crate::notation::{half_width, is_digit};

/// A numbering style, by the depth at which notices commonly use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Style {
    /// `第一条`.
    Article,
    /// `一、`, `一.`.
    Chapter,
    /// `（一）`, `(一)`.
    Part,
    /// `1.`, `1．`, `1、`.
    Item,
    /// `（1）`, `(1)`.
    Sub,
    /// `①`.
    Circled,
}

/// A number written in Chinese numerals, from 一 to 九十九 (〇 and 两 read too).
pub fn chinese(numeral: &str) -> Option<u32> {
    let digit = |c: char| match c {
        '〇' | '零' => Some(0),
        '两' => Some(2),
        _ => "一二三四五六七八九".find(c).map(|i| i as u32 / 3 + 1),
    };
    let chars: Vec<char> = numeral.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [one] => digit(*one).filter(|n| *n > 0),
        ['十', one] => Some(10 + digit(*one)?),
        [tens, '十'] => Some(10 * digit(*tens)?),
        [tens, '十', one] => Some(10 * digit(*tens)? + digit(*one)?),
        _ => None,
    }
}

/// A number in ASCII or full-width digits.
fn arabic(digits: &str) -> Option<u32> {
    let ascii = half_width(digits);
    (!ascii.is_empty() && ascii.len() <= 3 && ascii.chars().all(|c| c.is_ascii_digit()))
        .then(|| ascii.parse().ok())
        .flatten()
}

/// A paragraph's text without the Markdown marks before its number (`## `, `**`).
pub fn unmarked(text: &str) -> &str {
    text.trim()
        .trim_start_matches('#')
        .trim_start()
        .trim_start_matches("**")
        .trim_start()
}

/// A numbered paragraph: its style, its number and the rest of its text (Markdown's `**` that
/// closed a bold number or title taken out of the rest's start).
pub fn numbered(text: &str) -> Option<(Style, u32, &str)> {
    let text = unmarked(text);
    let is_numeral = |c: char| "〇零一二三四五六七八九十两".contains(c);
    let (style, number, rest) = if let Some(inner) = text.strip_prefix(['（', '(']) {
        let (number, rest) = inner.split_once(['）', ')'])?;
        match arabic(number) {
            Some(n) => (Style::Sub, n, rest),
            None => (Style::Part, chinese(number)?, rest),
        }
    } else if let Some(first) = text.chars().next().filter(|c| ('①'..='⑳').contains(c)) {
        let number = first as u32 - '①' as u32 + 1;
        (Style::Circled, number, &text[first.len_utf8()..])
    } else if let Some(inner) = text.strip_prefix('第') {
        let end = inner.find(|c: char| !is_numeral(c))?;
        let rest = inner[end..].strip_prefix('条')?;
        (Style::Article, chinese(&inner[..end])?, rest)
    } else {
        let end = text.find(|c: char| !is_digit(c) && !is_numeral(c))?;
        let (number, rest) = text.split_at(end);
        // `1）` with no opening bracket numbers a sub-item as `（1）` does.
        if let Some(rest) = rest.strip_prefix(['）', ')']) {
            (Style::Sub, arabic(number)?, rest)
        } else {
            // A point in any width: ASCII, full-width, or the small full stop ﹒ (U+FE52).
            let rest = rest.strip_prefix(['.', '．', '﹒', '、'])?;
            // A decimal (1.5亿) is no number of a paragraph.
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            match arabic(number) {
                Some(n) => (Style::Item, n, rest),
                None => (Style::Chapter, chinese(number)?, rest),
            }
        }
    };
    let rest = rest.trim_start().trim_start_matches("**").trim();
    (!rest.is_empty()).then_some((style, number, rest))
}

/// The number of a section heading (一、扩大… → 1), from its Chinese numeral.
pub fn section_heading(text: &str) -> Option<u32> {
    let (numeral, title) = text.trim().split_once(['、', '.', '．', '﹒'])?;
    if title.trim().is_empty() {
        return None;
    }
    chinese(numeral)
}

/// A number standing alone, as a table's 序号 cell prints it: `3`, `（三）`, `三`, `3.`, `三、`.
pub fn marker(cell: &str) -> Option<u32> {
    let cell = cell.trim().trim_end_matches(['.', '．', '﹒', '、']);
    let inner = cell
        .strip_prefix(['（', '('])
        .and_then(|inner| inner.strip_suffix(['）', ')']))
        .unwrap_or(cell);
    arabic(inner).or_else(|| chinese(inner))
}

/// A paragraph's trailing bracket: the text before it and its inner text.
pub fn trailing_bracket(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_end().trim_end_matches('。');
    let close = text.chars().last()?;
    let open = match close {
        '）' => '（',
        ')' => '(',
        '〕' => '〔',
        _ => return None,
    };
    let mut depth = 0;
    for (index, c) in text.char_indices().rev() {
        if c == ')' || c == '）' || c == '〕' {
            depth += 1;
        } else if c == '(' || c == '（' || c == '〔' {
            depth -= 1;
            if depth == 0 {
                let inner = &text[index + c.len_utf8()..text.len() - close.len_utf8()];
                return (c == open).then_some((&text[..index], inner));
            }
        }
    }
    None
}

/// Every outermost bracket of a text, as the byte range of the whole bracket and its inner text.
pub fn brackets(text: &str) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        match c {
            '（' | '(' | '〔' => {
                if depth == 0 {
                    start = index;
                }
                depth += 1;
            }
            '）' | ')' | '〕' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let end = index + c.len_utf8();
                    let open = text[start..].chars().next().map_or(1, char::len_utf8);
                    found.push((start..end, &text[start + open..index]));
                }
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles() {
        assert_eq!(
            numbered("一、总体要求"),
            Some((Style::Chapter, 1, "总体要求"))
        );
        assert_eq!(
            numbered("（十二）加强宣传"),
            Some((Style::Part, 12, "加强宣传"))
        );
        assert_eq!(
            numbered("(三)区绿化市容局"),
            Some((Style::Part, 3, "区绿化市容局"))
        );
        assert_eq!(numbered("3.推进工作"), Some((Style::Item, 3, "推进工作")));
        assert_eq!(
            numbered("１２．推进工作"),
            Some((Style::Item, 12, "推进工作"))
        );
        assert_eq!(numbered("4、推进工作"), Some((Style::Item, 4, "推进工作")));
        assert_eq!(numbered("5﹒推进工作"), Some((Style::Item, 5, "推进工作")));
        assert_eq!(numbered("（2）推进工作"), Some((Style::Sub, 2, "推进工作")));
        assert_eq!(numbered("2）推进工作"), Some((Style::Sub, 2, "推进工作")));
        assert_eq!(numbered("②推进工作"), Some((Style::Circled, 2, "推进工作")));
        assert_eq!(
            numbered("第十一条 推进工作"),
            Some((Style::Article, 11, "推进工作"))
        );
        assert_eq!(
            numbered("**1.推进通用机场规划建设。** 落实"),
            Some((Style::Item, 1, "推进通用机场规划建设。** 落实"))
        );
        assert_eq!(numbered("1.5亿元用于建设"), None);
        assert_eq!(numbered("2024年底前完成"), None);
        assert_eq!(numbered("（此件公开发布）"), None);
        assert_eq!(numbered("一、"), None);
        assert_eq!(marker("（十二）"), Some(12));
        assert_eq!(marker("７"), Some(7));
        assert_eq!(marker("三、"), Some(3));
        assert_eq!(marker("—"), None);
        assert_eq!(section_heading("一、扩大普惠性托育服务供给"), Some(1));
        assert_eq!(section_heading("十二、其他"), Some(12));
        assert_eq!(section_heading("二十、其他"), Some(20));
        assert_eq!(section_heading("区教委、区民政局"), None);
        assert_eq!(section_heading("一、"), None);
    }

    #[test]
    fn bracket_spans() {
        let text = "做好工作（A负责）。再做（B（含C）负责）";
        let inner: Vec<&str> = brackets(text).into_iter().map(|(_, inner)| inner).collect();
        assert_eq!(inner, ["A负责", "B（含C）负责"]);
        assert_eq!(
            trailing_bracket("做好工作〔区教委牵头〕。"),
            Some(("做好工作", "区教委牵头"))
        );
    }
}
