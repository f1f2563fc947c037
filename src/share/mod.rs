//! Sharing a view: its deep link, the link's QR code, and the picture card of an indicator.
//!
//! Everything here is pure and shared by the app (the share panel, `components::ShareControl`) and the
//! native build (`card.png` files, drawn with resvg in `raster`, which never reaches the wasm build).

pub(crate) mod card;
mod link;
mod qr;
mod qr_encoder;
#[cfg(not(target_arch = "wasm32"))]
mod raster;

pub use card::{
    card_file, card_template_file, fill_qr_slot, indicator_card_svg, indicator_card_template,
    overview_card_svg, site_card_templates, site_cards, CARD_FONTS, CARD_HEIGHT, CARD_SCALE,
    CARD_WIDTH,
};
pub use link::{
    article_base, join_relative, page_link, public_url, share_link, share_param, SHARE_PARAM,
};
pub use qr::{qr_path_data, qr_svg, QrMatrix, QUIET_ZONE};
#[cfg(not(target_arch = "wasm32"))]
pub use raster::Rasteriser;

/// Escapes text for XML and HTML text and attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// Text without the Unicode controls that reorder what follows them (embeddings, overrides and
/// isolates, U+202A–U+202E and U+2066–U+2069), for plain text that the dataset shares with other text:
/// titles, descriptions, card lines, CSV cells. A right-to-left override in a name would otherwise
/// show the rest of the title, or of the spreadsheet row, backwards.
pub fn without_bidi_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let is_control = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if text.contains(is_control) {
        std::borrow::Cow::Owned(text.chars().filter(|c| !is_control(*c)).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}
