//! Picture cards for sharing: one SVG per indicator, and one for the overview. The browser rasterises
//! them to PNG for 保存图片; the build rasterises the same SVG into `card.png` files (see `raster`).
//!
//! Cards are always drawn on white in the light palette, so that they read the same wherever they are
//! posted. Text is laid out here (SVG has no line wrapping) with widths estimated per character:
//! a Chinese character is 1 em, Latin letters and digits about 0.56 em.

mod indicator;
mod overview;
pub(crate) mod qr_slot;
pub(crate) mod style;
pub(crate) mod svg;
pub(crate) mod text;

pub use indicator::{indicator_card_svg, indicator_card_template};
pub use overview::overview_card_svg;
pub use qr_slot::fill_qr_slot;

use crate::model::Dataset;
use crate::route::Route;

/// The card's size in SVG units (CSS pixels).
pub const CARD_WIDTH: u32 = 750;
pub const CARD_HEIGHT: u32 = 1100;
/// Cards are rasterised at twice their size, so that they stay sharp on phones (1500 px wide).
pub const CARD_SCALE: u32 = 2;

/// The font stack of the cards: the CJK fonts of Linux (Noto, which the build uses), macOS and Windows.
pub const CARD_FONTS: &str = r#""Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif"#;

const MARGIN: f64 = 48.0;
const HEADER_BLUE: &str = "#1f5f99";

/// The `card.png` a route's page file links as its `og:image`, relative to the site root: the
/// overview's and each indicator's.
pub fn card_file(route: &Route) -> Option<String> {
    match route {
        Route::Overview => Some("card.png".to_owned()),
        Route::Indicator { id } => Some(format!("indicator/{id}/card.png")),
        _ => None,
    }
}

/// The card template of an indicator, relative to the site root: its card with a slot for the QR
/// code of the link the reader shares (see `indicator_card_template`).
pub fn card_template_file(id: u32) -> String {
    format!("indicator/{id}/card.svg")
}

/// Every card template the build writes: its path under `dist/` and its SVG.
pub fn site_card_templates(dataset: &Dataset) -> Vec<(String, String)> {
    dataset
        .indicators
        .iter()
        .map(|indicator| {
            (
                card_template_file(indicator.id),
                indicator_card_template(dataset, indicator),
            )
        })
        .collect()
}

/// Every card the build writes: its path under `dist/` and its SVG. The QR codes link each
/// indicator's page under the widget's public URL; without one the cards have no QR code.
pub fn site_cards(dataset: &Dataset, public_url: Option<&str>) -> Vec<(String, String)> {
    let mut cards = vec![("card.png".to_owned(), overview_card_svg(dataset))];
    cards.extend(dataset.indicators.iter().map(|indicator| {
        let route = Route::Indicator { id: indicator.id };
        let link = public_url
            .map(|root| super::page_link(root, &route))
            .unwrap_or_default();
        (
            card_file(&route).unwrap_or_default(),
            indicator_card_svg(dataset, indicator, &link),
        )
    }));
    cards
}

fn content_width() -> f64 {
    f64::from(CARD_WIDTH) - 2.0 * MARGIN
}
