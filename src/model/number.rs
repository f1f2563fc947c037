//! Number formatting and scales.

/// Formats a figure as the document does: `2`, `4.5`, `100`.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// The smallest "nice" number (a whole multiple of a power of ten) at or above `value`.
pub fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(value.log10().floor());
    (value / power).ceil() * power
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_the_document() {
        for (value, expected) in [
            (2.0, "2"),
            (4.5, "4.5"),
            (100.0, "100"),
            (0.25, "0.25"),
            (33.333, "33.33"),
        ] {
            assert_eq!(format_number(value), expected, "{value}");
        }
    }

    #[test]
    fn nice_ceilings() {
        for (value, expected) in [
            (5.4, 6.0),
            (1.2, 2.0),
            (1.0, 1.0),
            (45.0, 50.0),
            (0.0, 1.0),
            (120.0, 200.0),
        ] {
            assert_eq!(nice_ceiling(value), expected, "{value}");
        }
    }
}
