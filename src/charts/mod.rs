//! Charts. Which chart a box shows ([`ChartKind`]) and the names of its drawings are known on
//! both sides; the charts themselves are pure builders (`draw`: data in, a charming `Chart` out,
//! tested natively on their JSON) that only the native build runs: it draws each chart once, as
//! SVG, into the pages and into `charts/` files (see `site::charts`). The app never builds a chart.

#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
mod draw;
mod palette;

#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub use draw::{chart_option, department_bars, gauge, gauge_scale, template_text, GaugeScale};
pub use palette::{opaque, Palette, TextSize};

/// The page's font stack (`styles/base.css`), for the charts' labels. The build measures labels
/// with it; the drawings leave the font to the page, so that their text inherits the page's own.
pub const CHART_FONT: &str = "-apple-system, BlinkMacSystemFont, \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Noto Sans SC\", sans-serif";

/// Which chart a box shows. Views name charts by kind; the build draws them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// The gauge of the indicator with this 序号.
    Gauge { indicator: u32 },
    /// The tasks each department leads and shares.
    DepartmentBars,
}

impl ChartKind {
    /// The chart's name in its box's `data-chart` attribute: `gauge-3`, `department-bars`.
    pub fn key(self) -> String {
        match self {
            ChartKind::Gauge { indicator } => format!("gauge-{indicator}"),
            ChartKind::DepartmentBars => "department-bars".to_owned(),
        }
    }

    /// The name of the chart's drawing at a text size, under `charts/` without `.svg`:
    /// `gauge-3`, or `gauge-3-large` for the 大字版.
    pub fn file(self, text: TextSize) -> String {
        drawing_file(&self.key(), text)
    }

    /// The size of a gauge's drawing, in CSS pixels.
    pub const GAUGE_SIZE: (u32, u32) = (320, 240);

    /// The size the chart is drawn at, in CSS pixels; its box keeps the same proportions.
    pub fn size(self) -> (u32, u32) {
        match self {
            ChartKind::Gauge { .. } => Self::GAUGE_SIZE,
            ChartKind::DepartmentBars => (360, 470),
        }
    }
}

/// The name of the drawing of the chart with this key at a text size (see [`ChartKind::file`]).
pub fn drawing_file(key: &str, text: TextSize) -> String {
    match text {
        TextSize::Normal => key.to_owned(),
        TextSize::Large => format!("{key}-large"),
    }
}
