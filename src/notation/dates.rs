//! Dates: one reader for a date written alone (a cell, a dataset's field) and within a longer text
//! (a notice's signature, its publication page's items).

use super::half_width;

/// A date written alone, as `YYYY-MM-DD`: the whole text is one date (see the module's forms).
pub fn date(text: &str) -> Option<String> {
    let chars: Vec<char> = half_width(text).chars().collect();
    date_at(&chars).and_then(|(date, end)| (end == chars.len()).then_some(date))
}

/// The first date written in a text, as `YYYY-MM-DD`: `…2024年3月18日印发`, `[ 发布日期 ] | 2024-03-18 |`.
/// A date starts where a run of digits starts; a run of digits next to it (a longer number) is
/// no part of it.
pub fn find_date(text: &str) -> Option<String> {
    let chars: Vec<char> = half_width(text).chars().collect();
    (0..chars.len())
        .filter(|&at| at == 0 || !chars[at - 1].is_ascii_digit())
        .find_map(|at| date_at(&chars[at..]).map(|(date, _)| date))
}

/// Whether a text is a date as the dataset keeps it: `YYYY-MM-DD`, in ASCII digits, a real day.
pub fn is_dataset_date(text: &str) -> bool {
    date(text).as_deref() == Some(text)
}

/// The date at the start of `chars` and where it ends: a year of four digits, then the month and
/// the day (one or two digits each) after `-`, `/` or `.` twice, or after `年` and `月` (with an
/// optional `日` after the day). It must be a day of the calendar.
fn date_at(chars: &[char]) -> Option<(String, usize)> {
    let (year, at) = digits(chars, 0, 4, 4)?;
    let (second, last) = match chars.get(at)? {
        separator @ ('-' | '/' | '.') => (*separator, None),
        '年' => ('月', Some('日')),
        _ => return None,
    };
    let (month, at) = digits(chars, at + 1, 1, 2)?;
    if chars.get(at) != Some(&second) {
        return None;
    }
    let (day, mut end) = digits(chars, at + 1, 1, 2)?;
    if last.is_some() && chars.get(end) == last.as_ref() {
        end += 1;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days)
        .contains(&day)
        .then(|| (format!("{year:04}-{month:02}-{day:02}"), end))
}

/// The number of a whole run of `min..=max` ASCII digits starting at `at`, and where it ends.
fn digits(chars: &[char], at: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let run = chars
        .get(at..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(min..=max).contains(&run) {
        return None;
    }
    let number = chars[at..at + run]
        .iter()
        .fold(0, |sum, c| sum * 10 + c.to_digit(10).unwrap_or(0));
    Some((number, at + run))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(date: &str) -> Option<String> {
        Some(date.to_owned())
    }

    #[test]
    fn a_date_written_alone() {
        // The forms of the editors' workbook cells and of tests/fixtures/notices/dazu-2024-16.txt.
        for text in [
            "2024-03-15",
            "2024/3/15",
            "2024.3.15",
            "2024年3月15日",
            "2024年3月15",
            "２０２４-３-１５",
            "２０２４年３月１５日",
        ] {
            assert_eq!(date(text), some("2024-03-15"), "{text}");
        }
        assert_eq!(date("2019年01月08日"), some("2019-01-08"));
        assert_eq!(date("2024-02-29"), some("2024-02-29"));
        for text in [
            "2023-02-29",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "2024-03-00",
            "15/3/2024",
            "2024/3-15",
            "2024-03-15日",
            "2024-003-15",
            "24-03-15",
            "2024-03-15 ",
            "2024年3月15日印发",
            "",
        ] {
            assert_eq!(date(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_date_in_a_text() {
        // Lines as the importer meets them in tests/fixtures/notices/dazu-2024-16.txt (its
        // publication page's items, its signature and its printing line, with the scrape's `?`)
        // and in the corpus's notices (tests/import/corpus/).
        for (text, expected) in [
            ("[ 成文日期 ] | 2024-03-15 | [ 有效性 ] |", "2024-03-15"),
            ("2024年3月15日", "2024-03-15"),
            (
                "重庆市大足区人民政府办公室????? ?? ?? ?2024年3月18日印发",
                "2024-03-18",
            ),
            (
                "发文字号： | 国发〔2019〕3号 | 发布日期： | 2019年01月25日 |",
                "2019-01-25",
            ),
            (
                "信息提供日期：2025-07-31 10:49 【字体：大中小 】",
                "2025-07-31",
            ),
            ("从2019年1月1日起，实施三年百万青年见习计划", "2019-01-01"),
        ] {
            assert_eq!(find_date(text), some(expected), "{text}");
        }
        for text in [
            // A page's address and a goal's sentence hold digits, and no date.
            "原文链接：https://www.pkulaw.com/lar/2f52e167e6b73e8162d6f1fa1499e24dbdfb.html",
            "到2026年底，建成10个低空经济产业园区和2个特色产业园区",
            "国发〔2018〕39号",
            "12024-03-15",
        ] {
            assert_eq!(find_date(text), None, "{text}");
        }
    }

    #[test]
    fn the_dataset_keeps_one_form() {
        assert!(is_dataset_date("2024-03-18"));
        for text in [
            "2024/3/18",
            "2024年3月18日",
            "2024-3-18",
            "２０２４-０３-１８",
            "2024-02-30",
        ] {
            assert!(!is_dataset_date(text), "{text}");
        }
    }
}
