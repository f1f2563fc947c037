//! Text as a card lays it out: SVG has no line wrapping, so widths are estimated per character.

use crate::share::{escape_xml, without_bidi_controls};

/// How wide a character is, in ems.
fn char_width(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        '.' | ',' | ':' | ';' | '(' | ')' | '|' | 'i' | 'l' | '1' => 0.4,
        'A'..='Z' | '%' | 'm' | 'w' => 0.72,
        c if c.is_ascii() => 0.56,
        _ => 1.0,
    }
}

/// The width of `text` at `size`, estimated.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(char_width).sum::<f64>() * size
}

/// Breaks `text` into lines no wider than `width` at `size`, at most `max_lines` (the last one ends
/// with "…" if the text is longer). Latin words and numbers are kept whole, and a line never starts
/// with closing punctuation.
pub(crate) fn wrap(text: &str, size: f64, width: f64, max_lines: usize) -> Vec<String> {
    // Tokens: runs of ASCII letters, digits and figures' punctuation, or single other characters.
    let mut tokens: Vec<String> = Vec::new();
    for c in text.chars() {
        let joins = c.is_ascii_alphanumeric() || matches!(c, '.' | '%' | '-' | '/');
        match tokens.last_mut() {
            Some(last)
                if joins
                    && last.chars().last().is_some_and(|p| {
                        p.is_ascii_alphanumeric() || matches!(p, '.' | '%' | '-' | '/')
                    }) =>
            {
                last.push(c)
            }
            _ => tokens.push(c.to_string()),
        }
    }
    // A run too long for a line of its own (a long Latin word, a URL) is broken anywhere.
    let tokens = tokens.into_iter().flat_map(|token| {
        if text_width(&token, size) > width {
            token.chars().map(String::from).collect()
        } else {
            vec![token]
        }
    });
    let mut lines: Vec<String> = vec![String::new()];
    for token in tokens {
        let line = lines.last_mut().expect("one line at least");
        let closing = token
            .chars()
            .all(|c| "，。、；：！？）》”’,.;:!?)".contains(c));
        if line.is_empty() || closing || text_width(&format!("{line}{token}"), size) <= width {
            line.push_str(&token);
        } else {
            lines.push(token);
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines is at least 1");
        while !last.is_empty() && text_width(&format!("{last}…"), size) > width {
            last.pop();
        }
        last.push('…');
    }
    lines
}

/// Text of the dataset as a card writes it: escaped for XML, without bidirectional controls.
pub(crate) fn card_text(text: &str) -> String {
    escape_xml(&without_bidi_controls(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_without_splitting_numbers() {
        let lines = wrap("从业人员持保育师、育婴员等级证书上岗率", 44.0, 654.0, 3);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines.concat(), "从业人员持保育师、育婴员等级证书上岗率");
        let lines = wrap("每千人口拥有3岁以下婴幼儿托位数4.5个", 44.0, 300.0, 5);
        assert!(lines.iter().any(|line| line.contains("4.5")), "{lines:?}");
        let lines = wrap("一二三四五六七八九十", 10.0, 50.0, 1);
        assert_eq!(lines, ["一二三四…"]);
        // A Latin run wider than a line is broken, so that no line runs off the card.
        let long = "=HYPERLINK(http://example.invalid/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)";
        let lines = wrap(long, 44.0, 654.0, 9);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines.iter().all(|line| text_width(line, 44.0) <= 654.0),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), long);
    }
}
