//! The words in the centre of a gauge, broken into lines that fit its drawing.

/// Closing punctuation, which never starts a line.
const CLOSING: &[char] = &[
    '）', ')', '，', '。', '、', '；', '：', '！', '？', '%', '％',
];

/// The width of a character in ems of its font: a figure or Latin letter is about half of a Chinese
/// character.
fn ems(character: char) -> f64 {
    if character.is_ascii() {
        0.55
    } else {
        1.0
    }
}

fn width(text: &str) -> f64 {
    text.chars().map(ems).sum()
}

/// Words broken into lines of at most `max_ems` ems. Words that fit stay on one line. Otherwise a
/// remark in brackets (（即达到4%）) starts a line of its own, and lines break between characters,
/// never inside a figure or a Latin word (a run of ASCII, such as 2023 or 4.5%), nor before closing
/// punctuation. A piece wider than a line (one long figure) gets a line of its own.
pub fn wrap_words(words: &str, max_ems: f64) -> String {
    if width(words) <= max_ems {
        return words.to_owned();
    }
    let mut lines: Vec<String> = vec![String::new()];
    for segment in bracket_segments(words) {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && width(line) + width(&segment) > max_ems {
            lines.push(String::new());
        }
        for piece in pieces(&segment) {
            let line = lines.last_mut().expect("one line at least");
            if !line.is_empty() && width(line) + width(&piece) > max_ems {
                lines.push(piece);
            } else {
                line.push_str(&piece);
            }
        }
    }
    lines.join("\n")
}

/// The words split before each opening bracket: 比2023年下降20%（即达到4%） gives 比2023年下降20% and
/// （即达到4%）.
fn bracket_segments(words: &str) -> Vec<String> {
    let mut segments = vec![String::new()];
    for character in words.chars() {
        if matches!(character, '（' | '(') && !segments.last().is_some_and(String::is_empty) {
            segments.push(String::new());
        }
        segments
            .last_mut()
            .expect("one segment at least")
            .push(character);
    }
    segments
}

/// The pieces a line may break between: a run of ASCII, or one other character, with the closing
/// punctuation after it and an opening bracket before it.
fn pieces(segment: &str) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    let mut opening = String::new();
    for character in segment.chars() {
        let previous = pieces.last().and_then(|piece| piece.chars().last());
        let continues_figure = (character.is_ascii_alphanumeric()
            || matches!(character, '.' | ','))
            && previous.is_some_and(|last| last.is_ascii_alphanumeric() || last == '.')
            && opening.is_empty();
        let joins_previous = CLOSING.contains(&character) || continues_figure;
        if matches!(character, '（' | '(') {
            opening.push(character);
        } else if joins_previous && !pieces.is_empty() {
            pieces.last_mut().expect("a piece").push(character);
        } else {
            pieces.push(std::mem::take(&mut opening) + &character.to_string());
        }
    }
    if !opening.is_empty() {
        pieces.push(opening);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widest(lines: &str) -> f64 {
        lines.split('\n').map(width).fold(0.0, f64::max)
    }

    #[test]
    fn words_that_fit_stay_on_one_line() {
        assert_eq!(wrap_words("不低于全市平均水平", 13.0), "不低于全市平均水平");
        assert_eq!(wrap_words("达到4.5个", 5.0), "达到4.5个");
    }

    #[test]
    fn a_remark_in_brackets_starts_a_line() {
        assert_eq!(
            wrap_words("比2023年下降20%（即达到4%）", 13.0),
            "比2023年下降20%\n（即达到4%）"
        );
    }

    #[test]
    fn long_words_break_between_characters_never_inside_a_figure() {
        let words = "全区普惠托育服务体系基本建成2025年覆盖率95.5%以上";
        let wrapped = wrap_words(words, 8.0);
        assert_eq!(wrapped.replace('\n', ""), words);
        assert!(widest(&wrapped) <= 8.0, "{wrapped}");
        for figure in ["2025", "95.5%"] {
            assert!(
                wrapped.contains(figure),
                "{figure} is kept whole: {wrapped}"
            );
        }
        assert!(wrapped.split('\n').all(|line| !line.starts_with('%')));
    }

    #[test]
    fn closing_punctuation_stays_with_the_words_before_it() {
        let wrapped = wrap_words("托育机构全覆盖，服务质量提升。", 7.0);
        assert_eq!(wrapped.replace('\n', ""), "托育机构全覆盖，服务质量提升。");
        assert!(
            wrapped.split('\n').all(|line| !line.starts_with(CLOSING)),
            "{wrapped}"
        );
    }
}
