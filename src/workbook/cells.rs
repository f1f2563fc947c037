//! What one cell holds, read forgivingly only where the meaning is certain:
//!
//! - spaces before and after a value (also full-width and non-breaking ones) are dropped;
//! - full-width digits, point and signs (`４．５`) read as their ASCII forms;
//! - numbers stored as text (`"60"`, `-4.5`) read as numbers (`crate::notation::decimal`), and
//!   numbers in a text column as text;
//! - a missing baseline may be written `—`, `——`, `-`, `－`, `–`, `/`, `／` or left empty;
//! - a date may be an Excel date or text, a real day in one of `crate::notation`'s forms:
//!   `2024-03-15`, `2024/3/15`, `2024.3.15`, `2024年3月15日`;
//! - a year may carry `年` (`2025年`);
//! - lists (departments, task numbers) may be separated by `、`, `，`, `,`, `；`, `;` or line breaks.
//!
//! Everything else is a fault with a message for the editor.

use calamine::Data;

use crate::notation::{self, decimal};

/// The text of a cell, trimmed; `None` for an empty cell. Numbers read as their shortest form.
pub fn text(data: &Data) -> Result<Option<String>, String> {
    match data {
        Data::Empty => Ok(None),
        Data::String(text) => {
            let text = trim(text);
            Ok((!text.is_empty()).then(|| text.to_owned()))
        }
        Data::Float(value) => Ok(Some(value.to_string())),
        Data::Int(value) => Ok(Some(value.to_string())),
        Data::Bool(_) => Err("应为文字，不是 TRUE/FALSE".to_owned()),
        Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_) => {
            Err("应为文字，不是日期或时间（可先把单元格设为文本格式）".to_owned())
        }
        Data::Error(error) => Err(format!("单元格是错误值 {error}")),
    }
}

/// A number, from a number or from text; `None` for an empty cell.
pub fn number(data: &Data) -> Result<Option<f64>, String> {
    match data {
        Data::Float(value) => Ok(Some(*value)),
        Data::Int(value) => Ok(Some(*value as f64)),
        Data::String(_) | Data::Empty => match text(data)? {
            None => Ok(None),
            Some(text) => decimal(&text)
                .map(Some)
                .ok_or_else(|| format!("应为数字：“{text}”")),
        },
        _ => text(data).and(Err("应为数字".to_owned())),
    }
}

/// A whole number in `0..=max`, from a number or from text (a year may end in `年`).
pub fn whole(data: &Data, max: u32) -> Result<Option<u32>, String> {
    let data = match data {
        Data::String(text) => Data::String(trim(text).trim_end_matches('年').to_owned()),
        other => other.clone(),
    };
    match number(&data)? {
        None => Ok(None),
        Some(value) if value.fract() == 0.0 && (0.0..=f64::from(max)).contains(&value) => {
            Ok(Some(value as u32))
        }
        Some(value) => Err(format!("应为 0 到 {max} 的整数：{value}")),
    }
}

/// A baseline: a number, or `None` for the marks of a missing one.
pub fn baseline(data: &Data) -> Result<Option<f64>, String> {
    const MISSING: [&str; 7] = ["—", "——", "-", "－", "–", "/", "／"];
    match text(data) {
        Ok(Some(text)) if MISSING.contains(&text.as_str()) => Ok(None),
        _ => number(data).map_err(|message| format!("{message}（无基数请填 — 或留空）")),
    }
}

/// A date as `YYYY-MM-DD`, from an Excel date or from text; `None` for an empty cell.
pub fn date(data: &Data) -> Result<Option<String>, String> {
    match data {
        Data::DateTime(date) if date.is_datetime() => {
            let (year, month, day, ..) = date.to_ymd_hms_milli();
            Ok(Some(format!("{year:04}-{month:02}-{day:02}")))
        }
        Data::DateTimeIso(iso) => notation::date(iso.get(..10).unwrap_or(iso))
            .map(Some)
            .ok_or_else(|| format!("应为日期：“{iso}”")),
        Data::String(_) | Data::Empty => match text(data)? {
            None => Ok(None),
            Some(text) => notation::date(&text)
                .map(Some)
                .ok_or_else(|| format!("应为日期，如 2024-03-15：“{text}”")),
        },
        Data::Float(_) | Data::Int(_) => {
            Err("应为日期：单元格是一个数字（请设为日期格式，或写成 2024-03-15）".to_owned())
        }
        _ => text(data).and(Err("应为日期".to_owned())),
    }
}

/// The items of a list cell, trimmed, in order.
pub fn list(data: &Data) -> Result<Vec<String>, String> {
    Ok(text(data)?
        .map(|text| {
            text.split(|c: char| "、，,；;".contains(c) || c.is_whitespace())
                .filter(|item| !item.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
}

/// Drops spaces around a value: ordinary, full-width and non-breaking ones. Tabs and line breaks are
/// kept, since a text may hold them (a round trip gives the same text back).
pub fn trim(text: &str) -> &str {
    text.trim_matches([' ', '\u{3000}', '\u{a0}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Data {
        Data::String(text.to_owned())
    }

    #[test]
    fn numbers() {
        assert_eq!(number(&Data::Float(4.5)), Ok(Some(4.5)));
        assert_eq!(number(&s(" 60 ")), Ok(Some(60.0)));
        assert_eq!(number(&s("４．５")), Ok(Some(4.5)));
        assert_eq!(number(&s("\u{3000}")), Ok(None));
        assert_eq!(number(&s("60%")), Err("应为数字：“60%”".to_owned()));
        assert_eq!(number(&s("inf")), Err("应为数字：“inf”".to_owned()));
        assert_eq!(number(&s("1e3")), Err("应为数字：“1e3”".to_owned()));
    }

    #[test]
    fn baselines_and_years() {
        for mark in ["—", "-", "/", "", " — "] {
            assert_eq!(baseline(&s(mark)), Ok(None), "{mark:?}");
        }
        assert_eq!(baseline(&s("２")), Ok(Some(2.0)));
        assert_eq!(whole(&s("2025年"), 9999), Ok(Some(2025)));
        assert!(whole(&Data::Float(2.5), 9999).is_err());
    }

    #[test]
    fn dates() {
        for text in [
            "2024-03-15",
            "2024/3/15",
            "2024.3.15",
            "2024年3月15日",
            "２０２４-３-１５",
        ] {
            assert_eq!(date(&s(text)), Ok(Some("2024-03-15".to_owned())), "{text}");
        }
        assert!(date(&s("2023-02-29")).is_err());
        assert!(date(&s("15/3/2024")).is_err());
        assert!(date(&Data::Float(45366.0)).is_err());
        let excel =
            calamine::ExcelDateTime::new(45366.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(
            date(&Data::DateTime(excel)),
            Ok(Some("2024-03-15".to_owned()))
        );
        assert_eq!(
            date(&Data::DateTimeIso("2024-03-15T00:00:00".to_owned())),
            Ok(Some("2024-03-15".to_owned()))
        );
    }

    #[test]
    fn lists() {
        assert_eq!(
            list(&s("区教委、区卫生健康委，各镇(街)\n区妇联")),
            Ok(vec![
                "区教委".to_owned(),
                "区卫生健康委".to_owned(),
                "各镇(街)".to_owned(),
                "区妇联".to_owned()
            ])
        );
        assert_eq!(list(&Data::Empty), Ok(vec![]));
    }
}
