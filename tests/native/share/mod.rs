//! Sharing: deep links, their QR codes (decoded with a real decoder), the indicator and overview
//! cards (SVG and the PNG the build rasterises) and the og:image of the page files.

mod cards;
mod links;
mod long_image;

use std::sync::OnceLock;

use yitu::share::Rasteriser;

const ROOT: &str = "https://news.example.cn/2024/yitu/";

/// This plan's dataset, parsed once.
fn dataset() -> &'static yitu::model::Dataset {
    static PLAN: OnceLock<yitu::model::Dataset> = OnceLock::new();
    PLAN.get_or_init(|| {
        yitu::model::parse(include_bytes!("../../../src/data/dazu-2024-16.json"))
            .expect("the plan is valid")
    })
}

fn rasteriser() -> &'static Rasteriser {
    static RASTERISER: OnceLock<Rasteriser> = OnceLock::new();
    RASTERISER.get_or_init(Rasteriser::new)
}

/// Decodes every QR code in a greyscale image.
fn decode(width: usize, height: usize, luma: impl Fn(usize, usize) -> u8) -> Vec<String> {
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, luma);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// Decodes the QR codes in a rasterised card.
fn decode_pixmap(pixmap: &resvg::tiny_skia::Pixmap) -> Vec<String> {
    let width = pixmap.width() as usize;
    decode(width, pixmap.height() as usize, |x, y| {
        let pixel = pixmap.pixels()[y * width + x];
        ((u16::from(pixel.red()) + u16::from(pixel.green()) + u16::from(pixel.blue())) / 3) as u8
    })
}
