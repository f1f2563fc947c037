//! The one bracket-aware splitter of the importer: a text's parts between separators outside any
//! bracket, so that `区教委（牵头，区财政局配合）、区民政局` splits at the 、 and not inside.

/// Parts of a text between separators outside brackets, trimmed, the empty ones left out.
pub fn split_top<'a>(text: &'a str, separators: &[char]) -> Vec<&'a str> {
    split_outside_brackets(text, |_, c| separators.contains(&c))
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect()
}

/// The one bracket-aware splitter: the parts of a text between the characters outside any bracket
/// (`（…）`, `〔…〕`, `[…]`, `【…】`) at which `splits(part so far, character)` says to split; the
/// parts as they are, untrimmed.
pub fn split_outside_brackets<'a>(
    text: &'a str,
    mut splits: impl FnMut(&'a str, char) -> bool,
) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        match c {
            '(' | '（' | '〔' | '[' | '【' => depth += 1,
            ')' | '）' | '〕' | ']' | '】' => depth = depth.saturating_sub(1),
            c if depth == 0 && splits(&text[start..index], c) => {
                parts.push(&text[start..index]);
                start = index + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_only_outside_brackets() {
        assert_eq!(split_top("A（B，C），D", &['，']), ["A（B，C）", "D"]);
        assert_eq!(
            split_top("【甲；乙】；丙〔丁；戊〕", &['；']),
            ["【甲；乙】", "丙〔丁；戊〕"]
        );
        assert_eq!(split_top(" ，甲， ", &['，']), ["甲"]);
        let after_two = split_outside_brackets("甲和乙和丙", |part, c| {
            c == '和' && part.chars().count() == 3
        });
        assert_eq!(after_two, ["甲和乙", "丙"]);
    }
}
