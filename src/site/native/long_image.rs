//! Rasterises the long image natively (resvg, with the Noto CJK fonts the cards use): each part as
//! JPEG, the whole as `long.png` where it is no taller than `longimage::MAX_LONG_HEIGHT` (the parts'
//! pixels one below the other, drawn once), and the covers as PNG. Its `index.html` is among the
//! site's files (`site::site_files`).

use std::path::Path;
use std::sync::Mutex;

use crate::longimage::{long_image_files, LongImageOptions, FOLDER, WIDTH};
use crate::share::Rasteriser;

use super::write::on_every_core;
use super::write_file;

/// The JPEG quality of the parts: text stays crisp, and a part of flat colour and text stays well
/// under the 1 MB a 公众号 editor takes.
const JPEG_QUALITY: u8 = 90;

/// Writes `longimage/`'s pictures into `dist`; returns how many parts it wrote (none without a
/// Chinese font, as for the cards).
pub fn write_long_image(
    dist: &Path,
    dataset: &crate::model::Dataset,
    options: &LongImageOptions,
    rasteriser: &Rasteriser,
) -> Result<usize, String> {
    let files = long_image_files(dataset, options);
    let folder = dist.join(FOLDER);
    let pixels: Vec<Mutex<Vec<u8>>> = files.parts.iter().map(|_| Mutex::default()).collect();
    on_every_core(files.parts.len(), |index| {
        let (file, svg) = &files.parts[index];
        let rgb = rasteriser.rgb(svg, 1.0)?;
        write_file(&folder.join(file), jpeg(&rgb, files.heights[index])?)?;
        if files.whole {
            *pixels[index]
                .lock()
                .map_err(|_| "a part's pixels were lost")? = rgb;
        }
        Ok(())
    })?;
    if files.whole {
        let mut whole = Vec::new();
        for part in pixels {
            whole.extend(part.into_inner().map_err(|_| "a part's pixels were lost")?);
        }
        let height = files.heights.iter().sum();
        write_file(
            &folder.join("long.png"),
            Rasteriser::png_of_rgb(&whole, WIDTH, height)?,
        )?;
    }
    for (file, svg) in &files.covers {
        write_file(&folder.join(file), rasteriser.png(svg, 1.0)?)?;
    }
    Ok(files.parts.len())
}

/// RGB rows `WIDTH` wide as a baseline JPEG.
fn jpeg(rgb: &[u8], height: u32) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
    let (width, height) = (
        u16::try_from(WIDTH).map_err(|_| "the image is too wide for JPEG")?,
        u16::try_from(height).map_err(|_| "a part is too tall for JPEG")?,
    );
    encoder
        .encode(rgb, width, height, jpeg_encoder::ColorType::Rgb)
        .map_err(|error| error.to_string())?;
    Ok(out)
}
