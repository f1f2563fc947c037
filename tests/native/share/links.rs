//! Deep links: a view's own page, links under an embedding article, and their QR codes.

use super::dataset;
use super::{decode_pixmap, rasteriser, ROOT};
use crate::common::full_tier;
use yitu::route::Route;
use yitu::share::{
    article_base, join_relative, page_link, public_url, qr_svg, share_link, share_param, QrMatrix,
};

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
        Route::Department {
            slug: "区民政局".into()
        }
        .share_key()
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
    let index = &yitu::plan_index::PlanIndex::of(dataset);
    for route in Route::all(dataset) {
        if let Some(key) = route.share_key() {
            assert_eq!(
                Route::from_share_key(&key, index),
                Some(route.clone()),
                "{key}"
            );
            assert_eq!(
                Route::from_share_key(&format!("#yitu={key}"), index),
                Some(route)
            );
        }
    }
    assert_eq!(
        Route::from_share_key("department-区民政局", index),
        Some(Route::Department {
            slug: "civil-affairs".into()
        })
    );
    assert_eq!(Route::from_share_key("indicator-11", index), None);
    assert_eq!(Route::from_share_key("indicator-x", index), None);
    assert_eq!(Route::from_share_key("nothing", index), None);
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
        let texts: Vec<String> = decode_matrix(&matrix, 4)
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert_eq!(texts, [link]);

        // The SVG, rasterised, decodes too.
        let svg = qr_svg(link, "本页链接的二维码").expect("an SVG");
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(svg.contains(r#"role="img""#) && svg.contains(r#"aria-label="本页链接的二维码""#));
        let pixmap = rasteriser().pixmap(&svg, 6.0).expect("the QR rasterises");
        assert_eq!(decode_pixmap(&pixmap), [link]);
    }
}

/// Bytes a code holds at level M, by version (ISO/IEC 18004, table 7).
const LEVEL_M_BYTES: [usize; 40] = [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
    711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911,
    1989, 2099, 2213, 2331,
];

/// Decodes a module matrix drawn as a luma image, `scale` pixels a module, with the quiet zone.
fn decode_matrix(matrix: &QrMatrix, scale: usize) -> Vec<(rqrr::MetaData, String)> {
    let size = matrix.size() * scale;
    let offset = yitu::share::QUIET_ZONE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let dark = mx >= offset && my >= offset && matrix.is_dark(mx - offset, my - offset);
        if dark {
            0
        } else {
            255
        }
    });
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok())
        .collect()
}

#[test]
fn every_version_holds_what_the_standard_says_and_decodes_at_level_m() {
    // Text of every length class: ASCII, Chinese (three bytes a character), and the mix of a link.
    let letters = "https://例子.cn/区卫生健康委?id=0123456789abcdefABCDEF-_.~%";
    // Every version is made and measured; every one is decoded under `make test` (the full tier),
    // and in `make check` one of each layout of alignment patterns (they change at versions 2, 7,
    // 14, 21, 28 and 35; version information starts at 7) and the largest.
    let decoded_versions: Vec<usize> = if full_tier() {
        (1..=40).collect()
    } else {
        vec![1, 2, 7, 14, 21, 28, 35, 40]
    };
    let mut decodes = 0;
    for (version, &bytes) in (1..=40).zip(LEVEL_M_BYTES.iter()) {
        let text: String = letters.chars().cycle().take(bytes * 2).collect();
        // The longest prefix, on a character boundary, that is at most `bytes` long.
        let end = (0..=bytes)
            .rev()
            .find(|&end| text.is_char_boundary(end))
            .unwrap();
        let fits = &text[..end];
        let matrix = QrMatrix::new(fits).expect("a code");
        assert_eq!(matrix.width(), 4 * version + 17, "{} bytes", fits.len());
        if decoded_versions.contains(&version) {
            let decoded = decode_matrix(&matrix, 3);
            assert_eq!(decoded.len(), 1, "version {version} decodes");
            let (meta, decoded_text) = &decoded[0];
            assert_eq!(decoded_text, fits, "version {version}");
            assert_eq!(meta.version.0, version);
            // Level M's format bits are 00.
            assert_eq!(meta.ecc_level, 0, "version {version} is at level M");
            decodes += 1;
        }
        // One byte more takes the next version, or none after the last.
        let over = "x".repeat(bytes + 1);
        match QrMatrix::new(&over) {
            Some(next) => assert_eq!(next.width(), 4 * (version + 1) + 17),
            None => assert_eq!(version, 40),
        }
    }
    assert_eq!(decodes, decoded_versions.len(), "versions decoded");
}
