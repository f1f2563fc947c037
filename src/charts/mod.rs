//! Pure chart builders: data in, a charming `Chart` out. Tested natively on their JSON.

mod gauge;
mod palette;

pub use gauge::{gauge, gauge_scale, GaugeScale};
pub use palette::{Motion, Palette};
