//! Full-width digits and numbers written in digits.

/// Whether a character is a digit, ASCII (`7`) or full-width (`７`).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Full-width digits, point and signs read as ASCII (`４．５` → `4.5`, `－３` → `-3`); every other
/// character is kept, one for one.
pub fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '－' => '-',
            '＋' => '+',
            other => other,
        })
        .collect()
}

/// A finite decimal number written in digits, in either width: an optional sign, then digits
/// with at most one point (`60`, `-4.5`, `＋３`, `.5`). No exponent, no `inf`, no thousands
/// separators, no spaces.
pub fn decimal(text: &str) -> Option<f64> {
    let text = half_width(text);
    let digits = text.strip_prefix(['-', '+']).unwrap_or(&text);
    let plain = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|c| *c == '.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit());
    plain.then(|| text.parse::<f64>().ok()).flatten()
}

/// A figure as plans print it: a [`decimal`] without a sign that starts with a digit, spaces
/// around it dropped, and a `。` between two digits read as a point (`6。2` → 6.2).
pub fn figure(text: &str) -> Option<f64> {
    let text = point_for_full_stop(&half_width(text.trim()));
    text.starts_with(|c: char| c.is_ascii_digit())
        .then(|| decimal(&text))
        .flatten()
}

/// `6。2` → `6.2`: a `。` with a digit on each side is a decimal point.
fn point_for_full_stop(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .map(|i| {
            let between_digits = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if chars[i] == '。' && between_digits {
                '.'
            } else {
                chars[i]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_forms_read_as_ascii() {
        assert_eq!(half_width("２０２４年３月１５日"), "2024年3月15日");
        assert_eq!(half_width("４．５"), "4.5");
        assert_eq!(half_width("－３＋１"), "-3+1");
        assert_eq!(half_width("６０％"), "60％");
        assert!(is_digit('７') && is_digit('7') && !is_digit('七'));
    }

    #[test]
    fn decimals_of_cells() {
        assert_eq!(decimal("60"), Some(60.0));
        assert_eq!(decimal("４．５"), Some(4.5));
        assert_eq!(decimal("-2.5"), Some(-2.5));
        assert_eq!(decimal("＋３"), Some(3.0));
        assert_eq!(decimal(".5"), Some(0.5));
        for text in ["", "-", ".", "60%", "inf", "1e3", "1,000", "1.2.3", " 60"] {
            assert_eq!(decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn figures_of_notices() {
        // Cells of tests/fixtures/notices/dazu-2024-16.txt's table (`2 |`, `4.5 |`, `60 |`), with
        // the `|` taken off and the spaces left.
        assert_eq!(figure("4.5 "), Some(4.5));
        assert_eq!(figure("60 "), Some(60.0));
        // The point typed as `。` (增长6。2%左右) and full-width digits (styles.txt's `１．`).
        assert_eq!(figure("6。2"), Some(6.2));
        assert_eq!(figure("１．５"), Some(1.5));
        assert_eq!(figure("2。"), None);
        for text in ["-3", "+3", ".5", "—", "≥全市平均水平", "3—5家"] {
            assert_eq!(figure(text), None, "{text:?}");
        }
    }
}
