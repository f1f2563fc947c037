//! Pure chart builders: data in, a charming `Chart` out. Tested natively on their JSON.

mod bars;
mod gauge;
mod palette;

pub use bars::{department_bars, department_bars_text};
pub use gauge::{gauge, gauge_scale, gauge_with_text, GaugeScale};
pub use palette::{Motion, Palette, TextSize};
