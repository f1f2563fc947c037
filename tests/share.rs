//! Sharing: deep links, their QR codes (decoded with a real decoder), the indicator and overview
//! cards (SVG and the PNG the build rasterises) and the og:image of the page files.

use std::sync::OnceLock;

use yitu::model::dataset;
use yitu::route::Route;
use yitu::share::{
    article_base, card_file, indicator_card_svg, join_relative, overview_card_svg, page_link,
    public_url, qr_svg, route_from_share_key, share_key, share_link, share_param, QrMatrix,
    Rasteriser, CARD_HEIGHT, CARD_SCALE, CARD_WIDTH,
};
use yitu::site::{page_file, PageTemplate};

const ROOT: &str = "https://news.example.cn/2024/yitu/";

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

#[test]
fn a_view_is_shared_as_its_own_page() {
    assert_eq!(
        page_link(ROOT, &Route::Indicator { id: 3 }),
        "https://news.example.cn/2024/yitu/indicator/3/"
    );
    assert_eq!(
        share_link(&Route::Task { id: 7 }, ROOT, None),
        "https://news.example.cn/2024/yitu/task/7/"
    );
    assert_eq!(share_link(&Route::Overview, ROOT, None), ROOT);
    assert_eq!(
        share_link(
            &Route::Department {
                slug: "health".into()
            },
            ROOT,
            None
        ),
        "https://news.example.cn/2024/yitu/department/health/"
    );
    // A department named in Chinese (another plan's dataset may use such slugs) is percent-encoded.
    assert_eq!(
        page_link(
            ROOT,
            &Route::Department {
                slug: "区民政局".into()
            }
        ),
        "https://news.example.cn/2024/yitu/department/%E5%8C%BA%E6%B0%91%E6%94%BF%E5%B1%80/"
    );
    // The base is the document's base URI, which may name a file or carry a query.
    assert_eq!(
        join_relative("http://127.0.0.1:8093/index.html?share=x#/", "indicator/3/"),
        "http://127.0.0.1:8093/indicator/3/"
    );
}

#[test]
fn an_embedding_article_gets_links_to_itself() {
    let article = "https://news.example.cn/2024/03/article-123.html";
    let query = format!(
        "?initialWidth=375&share={}&childId=yitu",
        urlencoding::encode(article)
    );
    assert_eq!(share_param(&query).as_deref(), Some(article));
    let whole = format!("https://w.example.cn/yitu/{query}#/indicator/3");
    assert_eq!(share_param(&whole).as_deref(), Some(article));
    let base = share_param(&query);
    assert_eq!(
        share_link(&Route::Indicator { id: 3 }, ROOT, base.as_deref()),
        format!("{article}#yitu=indicator-3")
    );
    assert_eq!(
        share_link(&Route::Task { id: 7 }, ROOT, base.as_deref()),
        format!("{article}#yitu=task-7")
    );
    assert_eq!(
        share_link(
            &Route::Department {
                slug: "health".into()
            },
            ROOT,
            base.as_deref()
        ),
        format!("{article}#yitu=department-health")
    );
    assert_eq!(
        share_key(&Route::Department {
            slug: "区民政局".into()
        })
        .as_deref(),
        Some("department-%E5%8C%BA%E6%B0%91%E6%94%BF%E5%B1%80")
    );
    // The article's own fragment is replaced; its query kept.
    assert_eq!(
        share_link(
            &Route::Indicator { id: 3 },
            ROOT,
            Some("https://n.example.cn/a?id=5#comments")
        ),
        "https://n.example.cn/a?id=5#yitu=indicator-3"
    );
    // Chinese in the article's path is percent-encoded.
    assert_eq!(
        article_base("https://n.example.cn/新闻/1.html").as_deref(),
        Some("https://n.example.cn/%E6%96%B0%E9%97%BB/1.html")
    );
}

#[test]
fn the_article_fragment_names_the_view_back() {
    let dataset = dataset();
    for route in Route::all(dataset) {
        if let Some(key) = share_key(&route) {
            assert_eq!(
                route_from_share_key(&key, dataset),
                Some(route.clone()),
                "{key}"
            );
            assert_eq!(
                route_from_share_key(&format!("#yitu={key}"), dataset),
                Some(route)
            );
        }
    }
    assert_eq!(
        route_from_share_key("department-区民政局", dataset),
        Some(Route::Department {
            slug: "civil-affairs".into()
        })
    );
    assert_eq!(route_from_share_key("indicator-11", dataset), None);
    assert_eq!(route_from_share_key("indicator-x", dataset), None);
    assert_eq!(route_from_share_key("nothing", dataset), None);
}

#[test]
fn only_http_articles_are_taken() {
    for hostile in [
        "javascript:alert(1)",
        "JavaScript:alert(1)//https://x",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//evil.example/",
        "https://",
        "https:///path",
        "https://trusted.example@evil.example/",
        "https://x.example/\"><script>",
        "https://x.example/a b",
        "https://x.example/\u{0}",
        "ftp://x.example/",
        "",
    ] {
        assert_eq!(article_base(hostile), None, "{hostile:?}");
        let query = format!("?share={}", urlencoding::encode(hostile));
        assert_eq!(share_param(&query), None, "{hostile:?}");
        let link = share_link(&Route::Indicator { id: 3 }, ROOT, Some(hostile));
        assert_eq!(link, format!("{ROOT}indicator/3/"), "{hostile:?}");
    }
    assert_eq!(
        article_base("HTTPS://News.example.cn/a").as_deref(),
        Some("HTTPS://News.example.cn/a")
    );
    assert_eq!(
        public_url("https://host/news/yitu").as_deref(),
        Some("https://host/news/yitu/")
    );
    assert_eq!(public_url("/news/yitu/"), None);
}

#[test]
fn the_qr_code_decodes_to_the_link() {
    for link in [
        "https://news.example.cn/2024/yitu/indicator/3/",
        "https://news.example.cn/2024/03/article-123.html?id=5#yitu=department-health",
        "http://127.0.0.1:8093/department/%E5%8C%BA%E6%B0%91%E6%94%BF%E5%B1%80/",
    ] {
        let matrix = QrMatrix::new(link).expect("a QR code");
        // The module matrix drawn as a luma image, 4 pixels a module, with the quiet zone.
        let scale = 4;
        let size = matrix.size() * scale;
        let offset = yitu::share::QUIET_ZONE;
        let texts = decode(size, size, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let dark = mx >= offset && my >= offset && matrix.is_dark(mx - offset, my - offset);
            if dark {
                0
            } else {
                255
            }
        });
        assert_eq!(texts, [link]);

        // The SVG, rasterised, decodes too.
        let svg = qr_svg(link, "本页链接的二维码").expect("an SVG");
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(svg.contains(r#"role="img""#) && svg.contains(r#"aria-label="本页链接的二维码""#));
        let pixmap = rasteriser().pixmap(&svg, 6.0).expect("the QR rasterises");
        assert_eq!(decode_pixmap(&pixmap), [link]);
    }
}

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
    let render = |route: Route| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(tokio::task::LocalSet::new().run_until(yitu::site::render_view(&route)))
    };
    for route in [
        Route::Indicator { id: 3 },
        Route::Task { id: 7 },
        Route::Department {
            slug: "health".into(),
        },
    ] {
        let html = render(route.clone());
        assert!(html.contains(r#"class="share__toggle""#), "{route:?}");
        assert!(html.contains(r#"aria-expanded="false""#), "{route:?}");
        assert!(html.contains(r#"role="status""#), "{route:?}");
        assert!(!html.contains("share__panel"), "{route:?}");
    }
    assert!(!render(Route::Overview).contains("share__toggle"));
}
