//! QR codes of share links, drawn as SVG: the dark modules as one `<path>`, on a white square with
//! the standard quiet zone around them.

use super::escape_xml;

/// The light margin around the code, in modules, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;

/// The modules of a QR code, without its quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// The code of `text` at error-correction level M (15 % of the code may be damaged). `None` for a
    /// text too long for any QR code.
    pub fn new(text: &str) -> Option<Self> {
        let (width, dark) = super::qr_encoder::encode(text.as_bytes())?;
        Some(QrMatrix { width, dark })
    }

    /// Modules per side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Modules per side with the quiet zone on both sides.
    pub fn size(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// Whether the module at column `x`, row `y` (from 0, without the quiet zone) is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }
}

/// The dark modules as path data in module units, offset by the quiet zone: one `M…h…v1h…z` per run
/// of dark modules in a row.
pub fn qr_path_data(matrix: &QrMatrix) -> String {
    let mut data = String::new();
    for y in 0..matrix.width() {
        let mut x = 0;
        while x < matrix.width() {
            if !matrix.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < matrix.width() && matrix.is_dark(x, y) {
                x += 1;
            }
            let run = x - start;
            data.push_str(&format!(
                "M{},{}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    data
}

/// A standalone SVG of the QR code of `text`, labelled for screen readers with `label`; `None` for a
/// text too long for a QR code.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let matrix = QrMatrix::new(text)?;
    let size = matrix.size();
    Some(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-label="{label}" shape-rendering="crispEdges">"#,
            r##"<rect width="{size}" height="{size}" fill="#ffffff"/>"##,
            r##"<path fill="#000000" d="{path}"/>"##,
            "</svg>"
        ),
        size = size,
        label = escape_xml(label),
        path = qr_path_data(&matrix),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_path_with_a_quiet_zone() {
        let svg = qr_svg("https://example.com/indicator/3/", "二维码").unwrap();
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(svg.contains(r#"role="img" aria-label="二维码""#));
        let matrix = QrMatrix::new("https://example.com/indicator/3/").unwrap();
        assert_eq!(matrix.size(), matrix.width() + 8);
        // The top-left finder pattern starts right after the quiet zone.
        assert!(qr_path_data(&matrix).starts_with("M4,4h7v1h-7z"));
    }
}
