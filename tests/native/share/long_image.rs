//! The long image (长图): parts no taller than 2400 px, cut between blocks and never through a line
//! of text nor below a heading; the whole picture written only up to 30,000 px; its full text holding what the pages
//! print of each indicator; the pictures rasterised at their sizes, with the QR code to the site.

use std::collections::BTreeMap;

use yitu::longimage::{
    long_image, long_image_files, LongImageOptions, COVERS, MAX_LONG_HEIGHT, MAX_PART_HEIGHT, WIDTH,
};
use yitu::model::{parse, Dataset};
use yitu::site::{site_files, write_long_image, AppTexts, SiteOptions};

use super::{dataset, decode, rasteriser, ROOT};

fn options(public_url: Option<&str>) -> LongImageOptions {
    LongImageOptions {
        build_year: 2026,
        made_on: "2026-12-06".to_owned(),
        public_url: public_url.map(str::to_owned),
    }
}

fn other_plan() -> Dataset {
    parse(include_bytes!("../../fixtures/other-plan.json")).expect("the fixture is valid")
}

/// A plan as large as the largest generated one: 120 indicators and 200 tasks, copied from the
/// other plan's (the layout does not check the dataset).
fn largest_plan() -> Dataset {
    let mut plan = other_plan();
    let indicators = plan.indicators.clone();
    plan.indicators = (0..120)
        .map(|index| {
            let mut indicator = indicators[index % indicators.len()].clone();
            indicator.id = index as u32 + 1;
            indicator
        })
        .collect();
    let tasks: Vec<_> = plan.tasks().cloned().collect();
    for (number, section) in plan.sections.iter_mut().enumerate() {
        section.tasks = (0..50)
            .map(|index| {
                let mut task = tasks[index % tasks.len()].clone();
                task.id = (number * 50 + index) as u32 + 1;
                task
            })
            .collect();
    }
    plan.sections.truncate(4);
    assert_eq!(plan.tasks().count(), 200, "the fixture has four sections");
    plan
}

#[test]
fn parts_are_cut_between_lines_of_text() {
    for (name, plan) in [
        ("plan", dataset().clone()),
        ("other plan", other_plan()),
        ("largest plan", largest_plan()),
    ] {
        let image = long_image(&plan, &options(Some(ROOT)));
        let parts = image.parts();
        let lines = image.text_lines();
        assert!(lines.len() > 20, "{name}: the image has text");
        let mut next_top = 0;
        for part in &parts {
            assert_eq!(part.top, next_top, "{name}: parts follow each other");
            assert!(
                part.height <= MAX_PART_HEIGHT,
                "{name}: {part:?} is too tall"
            );
            next_top += part.height;
        }
        assert_eq!(next_top, image.height(), "{name}: the parts make the whole");
        // No part but the last ends on a heading: a heading stays with what it heads.
        for part in &parts[..parts.len() - 1] {
            let last = &image.blocks[part.blocks.1 - 1];
            assert!(!last.heading, "{name}: {part:?} ends on a heading");
        }
        for cut in parts.iter().skip(1).map(|part| f64::from(part.top)) {
            let crossed: Vec<_> = lines
                .iter()
                .filter(|(top, bottom)| *top < cut && cut < *bottom)
                .collect();
            assert!(
                crossed.is_empty(),
                "{name}: the cut at {cut} crosses {crossed:?}"
            );
        }
        for (top, bottom) in &lines {
            assert!(
                *top >= 0.0 && *bottom <= f64::from(image.height()),
                "{name}: a line outside the image"
            );
        }
    }
}

#[test]
fn the_whole_image_is_written_only_while_a_browser_can_draw_it() {
    let plan = long_image_files(dataset(), &options(None));
    assert!(plan.whole, "this plan's image is {:?} tall", plan.heights);
    let largest = largest_plan();
    let files = long_image_files(&largest, &options(None));
    assert!(files.heights.iter().sum::<u32>() > MAX_LONG_HEIGHT);
    assert!(!files.whole, "a taller image is written as parts only");
    assert!(files.parts.len() > 12);
    assert!(
        !files.index_html.contains("long.png"),
        "no link to a picture not written"
    );
    // Its tasks show their title and lead only, and the text says how many the site holds.
    let text = page_text(&files.index_html);
    assert!(text.contains("200项"), "the count of tasks is said");
    assert!(text.contains("完整分工见互动版"));
    assert!(
        !text.contains("个责任单位"),
        "compact tasks name no other units"
    );
}

/// The text of an HTML page, as a reader meets it, with no white space.
fn page_text(html: &str) -> String {
    scraper::Html::parse_document(html)
        .root_element()
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect()
}

/// The site's files of a plan, with stand-ins for the app's texts and the charts' drawings.
fn site(plan: &Dataset) -> BTreeMap<String, Vec<u8>> {
    let app = AppTexts {
        index_html: "<!doctype html>\n<html><head><base href=\"./\"><title>一图读懂</title><meta name=\"description\" content=\"\">\n<link rel=\"stylesheet\" href=\"styles/index.css\">\n</head><body><div id=\"app\"></div></body></html>".to_owned(),
        stylesheets: BTreeMap::from([("styles/index.css".to_owned(), "body{margin:0}\n".to_owned())]),
    };
    let drawings = yitu::charts::ChartKind::all(plan)
        .into_iter()
        .flat_map(|kind| {
            [
                yitu::charts::TextSize::Normal,
                yitu::charts::TextSize::Large,
            ]
            .map(|text| kind.file(text))
        })
        .map(|file| (file.clone(), format!("<svg data-file=\"{file}\"></svg>")))
        .collect();
    let options = SiteOptions {
        build_year: 2026,
        made_on: "2026-12-06".to_owned(),
        ..SiteOptions::default()
    };
    site_files(plan, &options, &app, &drawings).expect("the site's files")
}

#[test]
fn the_text_beside_the_image_says_what_the_pages_print() {
    let gauge =
        scraper::Selector::parse(".gauge-card [role=img], .target-badge[role=img]").unwrap();
    for plan in [dataset().clone(), other_plan()] {
        let files = site(&plan);
        let text = page_text(std::str::from_utf8(&files["longimage/index.html"]).unwrap());
        for indicator in &plan.indicators {
            let name: String = indicator.name.split_whitespace().collect();
            assert!(text.contains(&name), "{name} is in the image's text");
            let page =
                std::str::from_utf8(&files[&format!("indicator/{}/index.html", indicator.id)])
                    .unwrap();
            let page = scraper::Html::parse_document(page);
            let printed: Vec<String> = page
                .select(&gauge)
                .filter_map(|element| element.value().attr("aria-label"))
                .map(|label| label.split_whitespace().collect())
                .collect();
            assert!(
                !printed.is_empty(),
                "indicator {} has a gauge or badge",
                indicator.id
            );
            for sentence in printed {
                assert!(
                    text.contains(&sentence),
                    "the image's text says “{sentence}”"
                );
            }
        }
    }
}

/// The width and height in a JPEG's start-of-frame header.
fn jpeg_size(bytes: &[u8]) -> (u32, u32) {
    let at = bytes
        .windows(2)
        .position(|pair| pair == [0xff, 0xc0])
        .expect("a baseline frame");
    let height = u32::from(bytes[at + 5]) << 8 | u32::from(bytes[at + 6]);
    let width = u32::from(bytes[at + 7]) << 8 | u32::from(bytes[at + 8]);
    (width, height)
}

fn png_pixels(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(bytes).read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("its pixels");
    (info.width, info.height, pixels)
}

#[test]
fn the_pictures_have_their_sizes_and_lead_to_the_site() {
    let folder = tempfile::tempdir().expect("a folder");
    let options = options(Some(ROOT));
    let files = long_image_files(dataset(), &options);
    let parts = write_long_image(folder.path(), dataset(), &options, rasteriser()).expect("drawn");
    assert_eq!(parts, files.parts.len());
    let read = |file: &str| std::fs::read(folder.path().join("longimage").join(file)).expect(file);
    for ((file, _), height) in files.parts.iter().zip(&files.heights) {
        let bytes = read(file);
        assert!(
            bytes.len() < 1_000_000,
            "{file} weighs {} bytes",
            bytes.len()
        );
        assert_eq!(jpeg_size(&bytes), (WIDTH, *height), "{file}");
    }
    let (width, height, pixels) = png_pixels(&read("long.png"));
    assert_eq!((width, height), (WIDTH, files.heights.iter().sum()));
    // The footer's QR code, in the last part, leads to the site.
    let last = files.heights.last().copied().unwrap() as usize;
    let top = height as usize - last;
    let codes = decode(WIDTH as usize, last, |x, y| {
        pixels[((top + y) * WIDTH as usize + x) * 3 + 1]
    });
    assert_eq!(codes, [ROOT]);
    for cover in COVERS {
        let (width, height, _) = png_pixels(&read(cover.file));
        assert_eq!(
            (width, height),
            (cover.width, cover.height),
            "{}",
            cover.file
        );
    }
}

#[test]
fn text_is_set_large_enough_for_a_phone() {
    // At 1080 px wide, shown about 360 CSS pixels wide on a phone: 32 px is about 11 CSS pixels.
    for plan in [dataset().clone(), other_plan(), largest_plan()] {
        let files = long_image_files(&plan, &options(Some(ROOT)));
        for (file, svg) in &files.parts {
            let sizes = svg.split("font-size=\"").skip(1).map(|rest| {
                rest.split('"')
                    .next()
                    .unwrap()
                    .parse::<f64>()
                    .expect("a size")
            });
            for size in sizes {
                assert!(size >= 32.0, "{file}: text at {size} px");
            }
        }
    }
}
