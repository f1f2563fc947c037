//! The colours the charts share with the stylesheet (see styles/base.css).

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
    /// A published result.
    pub result: &'static str,
    /// Main text.
    pub text: &'static str,
    /// Secondary text.
    pub muted: &'static str,
    /// The card the chart sits on.
    pub surface: &'static str,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        baseline: "#1f5f99",
        gap: "#f3a33a",
        goal: "#2e8b57",
        track: "#e3e8ef",
        result: "#b3261e",
        text: "#1b2430",
        muted: "#4f5b69",
        surface: "#ffffff",
    };

    pub const DARK: Palette = Palette {
        baseline: "#7fb3e6",
        gap: "#f5b95f",
        goal: "#6cc58f",
        track: "#2c3643",
        result: "#ff8a80",
        text: "#e8edf3",
        muted: "#b4bfcc",
        surface: "#17202b",
    };
}

/// Whether charts animate. Readers who ask for reduced motion get none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Animated,
    Reduced,
}
