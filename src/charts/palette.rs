//! The colours the charts share with the stylesheet (see styles/chart.css).
//!
//! The build draws every chart once, in [`Palette::THEMED`]: each of its colours stands for one
//! role, and the site step turns it into that role's CSS custom property (`var(--chart-gap)`),
//! which styles/chart.css sets to the [`Palette::LIGHT`] or [`Palette::DARK`] colour. So one drawing
//! follows the reader's colour scheme with no script.

/// Chart colours for one colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The part of the scale up to the baseline.
    pub baseline: &'static str,
    /// The part between the baseline and the target: what the plan sets out to add.
    pub gap: &'static str,
    /// Beyond a "more than" target: the target zone.
    pub goal: &'static str,
    /// The rest of the scale.
    pub track: &'static str,
    /// A published result's arc: ink, not a verdict's colour, since the arc is drawn whether the
    /// result is ahead, behind or too early to judge (the verdict is said in words beside it).
    pub result: &'static str,
    /// Main text.
    pub text: &'static str,
    /// Secondary text.
    pub muted: &'static str,
    /// The card the chart sits on.
    pub surface: &'static str,
    /// A lead (牵头) department's bar, and its label.
    pub lead: &'static str,
    pub lead_text: &'static str,
    /// A responsible (责任) department's bar, and its label.
    pub responsible: &'static str,
    pub responsible_text: &'static str,
    /// The stripes that set responsible bars apart without colour.
    pub stripes: &'static str,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        baseline: "#1f5f99",
        gap: "#f3a33a",
        goal: "#2e8b57",
        track: "#e3e8ef",
        result: "#3d4753",
        text: "#1b2430",
        muted: "#4f5b69",
        surface: "#ffffff",
        lead: "#15406a",
        lead_text: "#ffffff",
        responsible: "#f3a33a",
        responsible_text: "#1b2430",
        stripes: "rgba(122, 69, 0, 0.35)",
    };

    pub const DARK: Palette = Palette {
        baseline: "#7fb3e6",
        gap: "#f5b95f",
        goal: "#6cc58f",
        track: "#2c3643",
        result: "#e8edf3",
        text: "#e8edf3",
        muted: "#b4bfcc",
        surface: "#17202b",
        lead: "#9cc8f2",
        lead_text: "#0f151c",
        responsible: "#f5b95f",
        responsible_text: "#0f151c",
        stripes: "rgba(15, 21, 28, 0.35)",
    };
}

impl Palette {
    /// Placeholders, one per role, that no chart uses otherwise. The stripes keep the alpha both
    /// schemes give them, since only their colour becomes a custom property.
    pub const THEMED: Palette = Palette {
        baseline: "#0c0001",
        gap: "#0c0002",
        goal: "#0c0003",
        track: "#0c0004",
        result: "#0c0005",
        text: "#0c0006",
        muted: "#0c0007",
        surface: "#0c0008",
        lead: "#0c0009",
        lead_text: "#0c000a",
        responsible: "#0c000b",
        responsible_text: "#0c000c",
        stripes: "rgba(12, 0, 13, 0.35)",
    };

    /// Every colour with its role, the name of its custom property after `--chart-`.
    pub fn roles(&self) -> [(&'static str, &'static str); 13] {
        [
            ("baseline", self.baseline),
            ("gap", self.gap),
            ("goal", self.goal),
            ("track", self.track),
            ("result", self.result),
            ("text", self.text),
            ("muted", self.muted),
            ("surface", self.surface),
            ("lead", self.lead),
            ("lead-text", self.lead_text),
            ("responsible", self.responsible),
            ("responsible-text", self.responsible_text),
            ("stripes", self.stripes),
        ]
    }

    /// The colour of a stretch of a gauge's scale.
    pub fn band(&self, kind: crate::model::BandKind) -> &'static str {
        use crate::model::BandKind;
        match kind {
            BandKind::Baseline => self.baseline,
            BandKind::Gap => self.gap,
            BandKind::Goal => self.goal,
            BandKind::Track => self.track,
        }
    }
}

/// A colour without its alpha: `#rrggbb` as it is, `rgba(r, g, b, a)` as `rgb(r, g, b)`.
pub fn opaque(colour: &str) -> String {
    match colour.strip_prefix("rgba(") {
        Some(inner) => {
            let channels: Vec<&str> = inner.trim_end_matches(')').split(", ").collect();
            format!("rgb({})", channels[..3].join(", "))
        }
        None => colour.to_owned(),
    }
}

/// How large the charts' words and numbers are: `Large` in the 大字版 (elderly-friendly) mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
}

impl TextSize {
    /// A font size in CSS pixels, scaled as the page's text is (see styles/base.css).
    pub fn px(self, normal: f64) -> f64 {
        match self {
            TextSize::Normal => normal,
            TextSize::Large => (normal * 1.375).round(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Palette;

    /// `#rrggbb` or `rgba(r, g, b, a)` as red, green, blue (0–255) and alpha (0–1).
    fn parse(colour: &str) -> [f64; 4] {
        if let Some(hex) = colour.strip_prefix('#') {
            let channel = |at: usize| f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap());
            return [channel(0), channel(2), channel(4), 1.0];
        }
        let inner = colour
            .trim_start_matches("rgba(")
            .trim_end_matches(')')
            .split(',')
            .map(|part| part.trim().parse::<f64>().unwrap())
            .collect::<Vec<_>>();
        [inner[0], inner[1], inner[2], inner[3]]
    }

    /// `top` painted over the opaque `bottom`.
    fn over(top: &str, bottom: &str) -> [f64; 4] {
        let (top, bottom) = (parse(top), parse(bottom));
        let alpha = top[3];
        [0, 1, 2, 3].map(|i| {
            if i == 3 {
                1.0
            } else {
                top[i] * alpha + bottom[i] * (1.0 - alpha)
            }
        })
    }

    fn luminance([r, g, b, _]: [f64; 4]) -> f64 {
        let linear = |c: f64| {
            let c = c / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// The WCAG contrast ratio of two opaque colours.
    fn contrast(a: [f64; 4], b: [f64; 4]) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    #[test]
    fn chart_text_has_at_least_4_5_to_1_contrast_in_both_schemes() {
        for (scheme, palette) in [("light", Palette::LIGHT), ("dark", Palette::DARK)] {
            let checks = [
                ("text on surface", palette.text, parse(palette.surface)),
                ("muted on surface", palette.muted, parse(palette.surface)),
                (
                    "lead label on its bar",
                    palette.lead_text,
                    parse(palette.lead),
                ),
                (
                    "responsible label on its bar",
                    palette.responsible_text,
                    parse(palette.responsible),
                ),
                (
                    "responsible label on its stripes",
                    palette.responsible_text,
                    over(palette.stripes, palette.responsible),
                ),
            ];
            for (what, text, background) in checks {
                let ratio = contrast(parse(text), background);
                assert!(ratio >= 4.5, "{scheme}: {what} is {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn the_stylesheet_sets_every_role_in_both_schemes() {
        let css = include_str!("../../styles/chart.css");
        let (light, dark) = css.split_at(css.find("prefers-color-scheme: dark").unwrap());
        for (rules, palette) in [(light, Palette::LIGHT), (dark, Palette::DARK)] {
            for (role, colour) in palette.roles() {
                let declaration = format!("--chart-{role}: {};", super::opaque(colour));
                assert!(rules.contains(&declaration), "{declaration}");
            }
        }
        // The drawings keep the placeholder's alpha for the stripes: both schemes must share it.
        for palette in [Palette::LIGHT, Palette::DARK] {
            assert_eq!(parse(palette.stripes)[3], parse(Palette::THEMED.stripes)[3]);
        }
    }

    #[test]
    fn placeholders_are_distinct_and_none_is_a_real_colour() {
        let placeholders: Vec<&str> = Palette::THEMED.roles().map(|(_, colour)| colour).to_vec();
        for (index, colour) in placeholders.iter().enumerate() {
            assert!(!placeholders[index + 1..].contains(colour), "{colour}");
            for palette in [Palette::LIGHT, Palette::DARK] {
                assert!(!palette.roles().iter().any(|(_, real)| real == colour));
            }
        }
        assert_eq!(super::opaque("rgba(12, 0, 13, 0.35)"), "rgb(12, 0, 13)");
        assert_eq!(super::opaque("#0c0001"), "#0c0001");
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((contrast(parse("#000000"), parse("#ffffff")) - 21.0).abs() < 1e-9);
        assert!(
            (contrast(over("rgba(0, 0, 0, 0)", "#ffffff"), parse("#ffffff")) - 1.0).abs() < 1e-9
        );
    }
}
