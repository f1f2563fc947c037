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
        result: "#b3261e",
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
        result: "#ff8a80",
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

/// Whether charts animate. Readers who ask for reduced motion get none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Animated,
    Reduced,
}
