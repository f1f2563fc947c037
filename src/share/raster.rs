//! Rasterises the share cards natively with resvg, for the `card.png` files the build writes. Text
//! is set in the system's fonts (the build machine's Noto Sans CJK, from Debian's fonts-noto-cjk).

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

/// A rasteriser with the system's fonts loaded once.
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
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_system_fonts();
        fonts.set_sans_serif_family("Noto Sans CJK SC");
        let options = usvg::Options {
            fontdb: Arc::new(fonts),
            font_family: "Noto Sans CJK SC".to_owned(),
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

    /// The SVG as PNG at `scale` times its size, on white: RGB without alpha (the card is opaque),
    /// compressed hard, since pages name it as their preview image.
    pub fn png(&self, svg: &str, scale: f32) -> Result<Vec<u8>, String> {
        let pixmap = self.pixmap(svg, scale)?;
        let rgb: Vec<u8> = pixmap
            .pixels()
            .iter()
            .flat_map(|pixel| {
                let pixel = pixel.demultiply();
                [pixel.red(), pixel.green(), pixel.blue()]
            })
            .collect();
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
        writer
            .write_image_data(&rgb)
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
