//! The downloads and cards: CSV cells no spreadsheet runs, share cards as valid SVG and PNG, QR
//! codes with the view's address only.

use super::{dataset, files, site, BIDI_CONTROLS, PUBLIC_URL};
use yitu::route::Route;
use yitu::share::{page_link, site_cards, QrMatrix, CARD_HEIGHT, CARD_SCALE, CARD_WIDTH};

#[test]
fn csv_cells_never_start_a_formula_and_figures_stay_figures() {
    let files = files(site());
    for name in ["data/indicators.csv", "data/tasks.csv", "data/results.csv"] {
        let text = String::from_utf8(files[name].clone()).expect("UTF-8");
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        assert!(!text.contains(BIDI_CONTROLS), "{name}");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut rows = 0;
        let mut width = None;
        for record in reader.records() {
            let record = record.expect("a CSV record");
            rows += 1;
            // Every row has as many cells as the header.
            assert_eq!(record.len(), *width.get_or_insert(record.len()), "{name}");
            for field in &record {
                let figure = field.parse::<f64>().is_ok();
                assert!(
                    figure || !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: {field:?} starts a formula"
                );
            }
        }
        assert!(rows > 1, "{name}");
        // Every line starts with its 序号, a bare figure (the header aside).
        for line in text.split("\r\n").skip(1).filter(|line| !line.is_empty()) {
            if line.starts_with('"') {
                // A line inside a quoted multi-line cell.
                continue;
            }
            assert!(line.starts_with(|c: char| c.is_ascii_digit() || c == '\'' || c == '长'));
        }
    }
    let tasks = String::from_utf8(files["data/tasks.csv"].clone()).expect("UTF-8");
    for neutralised in [
        "\"'@SUM(1+1)*cmd|' /C calc'!A0 ",
        "\"'+1+1<script>alert(1)</script>",
        "\"'-2+3\"\"><img src=x onerror=alert(1)>",
        "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")",
        "\"'\t制表符开头",
        "\"'\r回车开头",
        "\"'=HYPERLINK(\"\"http://example.invalid\"\")、",
    ] {
        assert!(tasks.contains(neutralised), "tasks.csv: {neutralised:?}");
    }
    assert!(tasks.contains(&dataset().task(10).expect("task 10").text));
    assert!(tasks.contains("\r\n10,\""), "序号 is a bare figure");
    let indicators = String::from_utf8(files["data/indicators.csv"].clone()).expect("UTF-8");
    assert!(indicators.contains(
        "\r\n1,\"'@预期性\",\"'+每千人口托位数<script>alert(1)</script>\",\"个\",2,4.5,\"预期性\"\r\n"
    ));
    assert!(indicators.contains(
        "\r\n3,\"\",\"'@托位使用率</title>\",\"%\",30,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\","
    ));
    assert!(indicators.contains("\r\n2,\"'=1+1\","));
}

#[test]
fn cards_are_valid_svg_with_the_data_as_text() {
    let cards = site_cards(dataset(), Some(PUBLIC_URL));
    assert_eq!(cards.len(), 1 + dataset().indicators.len());
    let mut all_text = String::new();
    for (file, svg) in &cards {
        let document = roxmltree::Document::parse(svg)
            .unwrap_or_else(|error| panic!("{file} is not well-formed XML: {error}"));
        for node in document.descendants().filter(|node| node.is_element()) {
            let tag = node.tag_name().name();
            assert!(
                ["svg", "rect", "text", "tspan", "path", "g"].contains(&tag),
                "{file}: <{tag}> came from the data"
            );
            for attribute in node.attributes() {
                assert!(
                    !attribute.name().starts_with("on"),
                    "{file}: {}",
                    attribute.name()
                );
                assert!(!attribute.value().contains(BIDI_CONTROLS), "{file}");
            }
            if tag == "text" || tag == "tspan" {
                let text = node.text().unwrap_or_default();
                assert!(!text.contains(BIDI_CONTROLS), "{file}: {text:?}");
                all_text.push_str(text);
            }
        }
    }
    // The markup is drawn as the words it is.
    assert!(all_text.contains("<script>alert(1)"), "{all_text}");
    assert!(all_text.contains("</title>"));
    assert!(all_text.contains("{{x}}"));
    assert!(all_text.contains("]]>"));
}

#[test]
fn card_pngs_are_drawn_at_their_size() {
    let files = files(site());
    let mut names = vec!["card.png".to_owned()];
    names.extend(
        dataset()
            .indicators
            .iter()
            .map(|indicator| format!("indicator/{}/card.png", indicator.id)),
    );
    for name in names {
        let png = files
            .get(&name)
            .unwrap_or_else(|| panic!("{name} is written (fonts-noto-cjk is installed)"));
        let decoder = png::Decoder::new(std::io::Cursor::new(png.as_slice()));
        let reader = decoder.read_info().expect("a PNG");
        let info = reader.info();
        assert_eq!(
            (info.width, info.height),
            (CARD_WIDTH * CARD_SCALE, CARD_HEIGHT * CARD_SCALE),
            "{name}"
        );
    }
}

#[test]
fn qr_codes_hold_the_views_address_only() {
    for route in Route::all(dataset()) {
        if route == Route::NotFound {
            continue;
        }
        let link = page_link(PUBLIC_URL, &route);
        assert!(link.starts_with(PUBLIC_URL), "{link}");
        assert!(
            link.chars()
                .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\'' | '`')),
            "{link}"
        );
        assert!(QrMatrix::new(&link).is_some(), "{link}");
    }
    // The card of the indicator with the long name: its QR code decodes to its page's address.
    let svg = &site_cards(dataset(), Some(PUBLIC_URL))
        .into_iter()
        .find(|(file, _)| file == "indicator/9/card.png")
        .expect("indicator 9's card")
        .1;
    let pixmap = yitu::share::Rasteriser::new()
        .pixmap(svg, CARD_SCALE as f32)
        .expect("the card rasterises");
    let width = pixmap.width() as usize;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, pixmap.height() as usize, |x, y| {
            let pixel = pixmap.pixels()[y * width + x];
            ((u16::from(pixel.red()) + u16::from(pixel.green()) + u16::from(pixel.blue())) / 3)
                as u8
        });
    let texts: Vec<String> = image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect();
    assert_eq!(texts, [format!("{PUBLIC_URL}indicator/9/")]);
}
