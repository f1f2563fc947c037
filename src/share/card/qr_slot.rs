//! A card's QR code: drawn at its side, or left as a slot that the browser fills with the QR code of
//! the link the reader shares.

use crate::share::{qr_path_data, QrMatrix};

/// The side of a card's QR code, in SVG units: a whole number, so that the app, which fills the slot,
/// formats no floating-point number (the formatter is about 5 KB of the WebAssembly).
pub(super) const QR_SIDE: u32 = 170;
pub(super) const QR_SIZE: f64 = QR_SIDE as f64;

/// What stands for the QR code in a card template.
pub(super) const QR_SLOT: &str = "<!--qr-->";

/// A QR code scaled to [`QR_SIDE`] by its own view box, on white.
pub(super) fn qr_code(code: &QrMatrix) -> String {
    qr_code_sized(code, QR_SIDE)
}

/// A QR code `side` units wide by its own view box, on white (the cards' and the long image's).
pub(crate) fn qr_code_sized(code: &QrMatrix, side: u32) -> String {
    format!(
        r##"<svg width="{side}" height="{side}" viewBox="0 0 {size} {size}"><rect width="{size}" height="{size}" fill="#ffffff"/><path fill="#000000" shape-rendering="crispEdges" d="{}"/></svg>"##,
        qr_path_data(code),
        size = code.size(),
    )
}

/// A card template with the QR code of `link` in its slot; `None` if the link cannot be encoded.
pub fn fill_qr_slot(template: &str, link: &str) -> Option<String> {
    let code = qr_code(&QrMatrix::new(link)?);
    Some(template.replacen(QR_SLOT, &code, 1))
}
