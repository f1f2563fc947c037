//! The share cards (SVG and PNG), the page files' og:image and the pre-rendered share control.

use super::dataset;
use super::{decode_pixmap, rasteriser};
use yitu::route::Route;
use yitu::share::{
    card_file, fill_qr_slot, indicator_card_svg, indicator_card_template, overview_card_svg,
    public_url, CARD_HEIGHT, CARD_SCALE, CARD_WIDTH,
};
use yitu::site::{page_file, PageTemplate};

#[test]
fn the_indicator_card_says_what_the_document_says() {
    let dataset = dataset();
    let link = "https://news.example.cn/2024/yitu/indicator/4/";
    let indicator = dataset.indicator(4).unwrap();
    let svg = indicator_card_svg(dataset, indicator, link);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(&format!(r#"viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}""#)));
    assert!(svg.contains("街道普惠性托育机构覆盖率"));
    assert!(svg.contains("超过90%"), "the target in words");
    assert!(svg.contains("来源：大足府办发〔2024〕16号"));
    assert!(svg.contains("规划期：2023—2025年"));
    assert!(svg.contains("尚无公开结果"));
    assert!(svg.contains("Noto Sans CJK SC"));
    // Baseline, gap and goal colours of the app's gauge.
    for colour in ["#1f5f99", "#f3a33a", "#2e8b57"] {
        assert!(svg.contains(&format!(r#"stroke="{colour}""#)), "{colour}");
    }
    // A qualitative target is said in words.
    let svg = indicator_card_svg(dataset, dataset.indicator(3).unwrap(), link);
    assert!(svg.contains("不低于全市平均水平"));
    // Without a link there is no QR code.
    let svg = indicator_card_svg(dataset, indicator, "");
    assert!(!svg.contains("二维码"));
}

/// The app draws no card: it fills the QR slot of the card template the build wrote. Filled, the
/// template is the card the build would draw for the same link, for every indicator of both plans
/// and for links of every QR size.
#[test]
fn a_filled_card_template_is_the_card_of_its_link() {
    let other: yitu::model::Dataset =
        serde_json::from_str(&std::fs::read_to_string("tests/fixtures/other-plan.json").unwrap())
            .unwrap();
    let long = format!(
        "https://news.example.cn/{}/#yitu=indicator-1",
        "a".repeat(300)
    );
    for dataset in [dataset(), &other] {
        for indicator in &dataset.indicators {
            let template = indicator_card_template(dataset, indicator);
            assert!(
                !template.contains("<path fill=\"#000000\""),
                "no QR code before it is filled"
            );
            for link in [
                "https://x.cn/",
                "https://news.example.cn/2024/yitu/indicator/4/",
                &long,
            ] {
                assert_eq!(
                    fill_qr_slot(&template, link).as_deref(),
                    Some(indicator_card_svg(dataset, indicator, link).as_str()),
                    "indicator {} with {link}",
                    indicator.id
                );
            }
        }
    }
}

#[test]
fn card_text_is_escaped() {
    let mut dataset = dataset().clone();
    dataset.indicators[0].name = "<script>&\"危险\"</script>".to_owned();
    dataset.document.number = "A&B<16>".to_owned();
    let svg = indicator_card_svg(
        &dataset,
        &dataset.indicators[0],
        "https://x.example/?a=1&b=2",
    );
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;&amp;&quot;危险&quot;&lt;/script&gt;"));
    assert!(svg.contains("来源：A&amp;B&lt;16&gt;"));
    assert!(
        rasteriser().pixmap(&svg, 1.0).is_ok(),
        "still well-formed XML"
    );
}

#[test]
fn the_card_rasterises_legibly_with_its_qr_code() {
    let rasteriser = rasteriser();
    assert!(rasteriser.has_cjk_font(), "install fonts-noto-cjk");
    let dataset = dataset();
    let link = "https://news.example.cn/2024/yitu/indicator/9/";
    let svg = indicator_card_svg(dataset, dataset.indicator(9).unwrap(), link);
    let pixmap = rasteriser
        .pixmap(&svg, CARD_SCALE as f32)
        .expect("the card rasterises");
    assert_eq!(
        (pixmap.width(), pixmap.height()),
        (CARD_WIDTH * CARD_SCALE, CARD_HEIGHT * CARD_SCALE)
    );
    assert!(pixmap.width() >= 750);
    let coloured = pixmap
        .pixels()
        .iter()
        .filter(|pixel| pixel.red() < 200 || pixel.green() < 200 || pixel.blue() < 200)
        .count();
    let share = coloured as f64 / pixmap.pixels().len() as f64;
    assert!(share > 0.08, "the card is nearly blank: {share}");
    assert_eq!(decode_pixmap(&pixmap), [link], "the card's QR code");
    // Text is drawn: the title band's area holds white glyphs on blue.
    let png = rasteriser.png(&svg, CARD_SCALE as f32).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    if let Ok(path) = std::env::var("YITU_CARD_OUT") {
        std::fs::write(path, &png).unwrap();
    }
}

#[test]
fn the_overview_card_has_the_key_figures() {
    let dataset = dataset();
    let svg = overview_card_svg(dataset);
    assert!(svg.contains("大足区3岁以下婴幼儿照护服务能力提升三年行动"));
    assert!(svg.contains(">10<") && svg.contains("主要目标"));
    assert!(svg.contains(">16<") && svg.contains("重点任务"));
    assert!(svg.contains("来源：大足府办发〔2024〕16号"));
    for indicator in &dataset.indicators {
        assert!(
            svg.contains(&indicator.short_name),
            "{}",
            indicator.short_name
        );
    }
    let pixmap = rasteriser().pixmap(&svg, CARD_SCALE as f32).unwrap();
    assert_eq!(pixmap.width(), CARD_WIDTH * CARD_SCALE);
    if let Ok(path) = std::env::var("YITU_OVERVIEW_CARD_OUT") {
        std::fs::write(path, pixmap.encode_png().unwrap()).unwrap();
    }
}

fn template() -> PageTemplate {
    PageTemplate::new(
        r#"<html><head><base href="./"><title>一图读懂</title><meta name="description" content=""></head><body><div id="app"></div></body></html>"#
            .to_owned(),
    )
    .unwrap()
}

#[test]
fn indicator_pages_name_their_card_as_og_image() {
    let dataset = dataset();
    assert_eq!(
        card_file(&Route::Indicator { id: 3 }).as_deref(),
        Some("indicator/3/card.png")
    );
    assert_eq!(card_file(&Route::Overview).as_deref(), Some("card.png"));
    assert_eq!(card_file(&Route::Task { id: 3 }), None);

    // Without a public URL, the card next to the page file.
    let page = page_file(&template(), &Route::Indicator { id: 3 }, dataset, "");
    assert!(
        page.contains(r#"<meta property="og:image" content="card.png">"#),
        "{page}"
    );
    let page = page_file(&template(), &Route::Overview, dataset, "");
    assert!(page.contains(r#"<meta property="og:image" content="card.png">"#));
    let page = page_file(&template(), &Route::Task { id: 3 }, dataset, "");
    assert!(!page.contains("og:image"));

    // With one, absolute.
    let template = template().with_public_url(public_url("https://host/news/yitu/"));
    let page = page_file(&template, &Route::Indicator { id: 3 }, dataset, "");
    assert!(page.contains(
        r#"<meta property="og:image" content="https://host/news/yitu/indicator/3/card.png">"#
    ));
    assert!(page.contains(r#"<meta property="og:image:width" content="1500">"#));
}

#[test]
fn detail_views_prerender_a_closed_share_control() {
    let context = yitu::pages::PageContext::new(dataset().clone(), 2026);
    let render = |route: Route| yitu::site::render_page(&route, &context).expect("rendered");
    for route in [
        Route::Indicator { id: 3 },
        Route::Task { id: 7 },
        Route::Department {
            slug: "health".into(),
        },
    ] {
        let html = render(route.clone());
        assert!(html.contains(r#"class="share__toggle pill""#), "{route:?}");
        assert!(html.contains(r#"aria-expanded="false""#), "{route:?}");
        assert!(html.contains(r#"role="status""#), "{route:?}");
        assert!(!html.contains("share__panel"), "{route:?}");
    }
    assert!(!render(Route::Overview).contains("share__toggle"));
}
