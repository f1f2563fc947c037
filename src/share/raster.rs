//! Rasterises the share cards natively with resvg, for the `card.png` files the build writes. Text
//! is set in the system's fonts (the build machine's Noto Sans CJK, from Debian's fonts-noto-cjk).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use usvg::fontdb::{Database, Source};

/// The family the cards are set in, and the one that stands in for `sans-serif`.
const CARD_FAMILY: &str = "Noto Sans CJK SC";

/// A rasteriser with the system's fonts loaded once. It can be shared between threads.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Default for Rasteriser {
    fn default() -> Self {
        Self::new()
    }
}

impl Rasteriser {
    /// Loads the system's fonts. Text in a font the system lacks falls back to sans-serif.
    pub fn new() -> Self {
        let mut fonts = Database::new();
        fonts.load_system_fonts();
        let mut fonts = with_card_fonts_in_memory(&fonts);
        fonts.set_sans_serif_family(CARD_FAMILY);
        let options = usvg::Options {
            fontdb: Arc::new(fonts),
            font_family: CARD_FAMILY.to_owned(),
            languages: vec!["zh-CN".to_owned(), "en".to_owned()],
            ..usvg::Options::default()
        };
        Rasteriser { options }
    }

    /// Whether a font with Chinese characters is installed; without one the cards would show boxes.
    pub fn has_cjk_font(&self) -> bool {
        self.options.fontdb.faces().any(|face| {
            face.families
                .iter()
                .any(|(family, _)| family.contains("CJK") || family.contains("Han Sans"))
        })
    }

    /// The SVG as PNG at `scale` times its size, on white: RGB without alpha (the card is opaque).
    pub fn png(&self, svg: &str, scale: f32) -> Result<Vec<u8>, String> {
        let pixmap = self.pixmap(svg, scale)?;
        Self::png_of_rgb(&opaque_rgb(&pixmap), pixmap.width(), pixmap.height())
    }

    /// The SVG's pixels at `scale` times its size, on white, as RGB rows.
    pub fn rgb(&self, svg: &str, scale: f32) -> Result<Vec<u8>, String> {
        Ok(opaque_rgb(&self.pixmap(svg, scale)?))
    }

    /// RGB rows as PNG. The rows are not filtered: a card is flat colour and text, and unfiltered
    /// rows compress smaller than filtered ones (about 20 % smaller than with adaptive filters and
    /// the best level), at zlib's default level, which is five times faster than the best one.
    pub fn png_of_rgb(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Default);
        encoder.set_filter(png::FilterType::NoFilter);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::NonAdaptive);
        let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
        writer
            .write_image_data(rgb)
            .map_err(|error| error.to_string())?;
        writer.finish().map_err(|error| error.to_string())?;
        Ok(out)
    }

    /// The SVG drawn at `scale` times its size, on white.
    pub fn pixmap(&self, svg: &str, scale: f32) -> Result<tiny_skia::Pixmap, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|error| error.to_string())?;
        let size = tree
            .size()
            .to_int_size()
            .scale_by(scale)
            .ok_or("the card has no size")?;
        let mut pixmap =
            tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the card is too large")?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        Ok(pixmap)
    }
}

/// The pixels as RGB, alpha dropped, each with its premultiplied colour divided out (a no-op for
/// the opaque pixels of a card drawn on white).
fn opaque_rgb(pixmap: &tiny_skia::Pixmap) -> Vec<u8> {
    let mut rgb = Vec::with_capacity(pixmap.pixels().len() * 3);
    for pixel in pixmap.pixels() {
        let pixel = pixel.demultiply();
        rgb.extend_from_slice(&[pixel.red(), pixel.green(), pixel.blue()]);
    }
    rgb
}

/// The same font database, in the same order, with the files that hold the cards' family read into
/// memory. fontdb otherwise maps a font file anew for every run of text it shapes, and the CJK
/// files are about 20 MB each: mapping them and faulting their pages in again took most of the time
/// of reading a card's SVG (about 85 of its 100 ms). Other faces stay files, as fallbacks are rare.
fn with_card_fonts_in_memory(system: &Database) -> Database {
    let mut in_memory: HashMap<PathBuf, Arc<Vec<u8>>> = HashMap::new();
    for face in system.faces() {
        let Source::File(path) = &face.source else {
            continue;
        };
        let is_card_family = face.families.iter().any(|(name, _)| name == CARD_FAMILY);
        if is_card_family && !in_memory.contains_key(path) {
            // A file that cannot be read stays as it was and fails, if ever, where it did before.
            if let Ok(bytes) = std::fs::read(path) {
                in_memory.insert(path.clone(), Arc::new(bytes));
            }
        }
    }
    let mut fonts = Database::new();
    for face in system.faces() {
        let mut face = face.clone();
        if let Source::File(path) = &face.source {
            if let Some(bytes) = in_memory.get(path) {
                face.source = Source::Binary(bytes.clone());
            }
        }
        // Faces keep their order, which decides the fallback font for a character.
        fonts.push_face_info(face);
    }
    fonts
}
