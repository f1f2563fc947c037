//! Page files: the app's `index.html` with each view's head and pre-rendered body filled in.

use crate::app::{StaticApp, StaticAppProps};
use crate::meta::{page_description, page_title, site_name};
use crate::model::Dataset;
use crate::route::Route;

/// The parts of `index.html` that differ per page. Each must appear exactly once.
const BASE: &str = r#"<base href="./">"#;
const TITLE: &str = "<title>一图读懂</title>";
const HEAD_META: &str = r#"<meta name="description" content="">"#;
const ROOT: &str = r#"<div id="app"></div>"#;

/// The built `index.html`, checked to hold every placeholder.
#[derive(Debug, Clone)]
pub struct PageTemplate(String);

impl PageTemplate {
    pub fn new(html: String) -> Result<Self, String> {
        for placeholder in [BASE, TITLE, HEAD_META, ROOT] {
            if html.matches(placeholder).count() != 1 {
                return Err(format!(
                    "index.html must contain {placeholder} exactly once"
                ));
            }
        }
        Ok(PageTemplate(html))
    }
}

/// Where a view's page file goes in `dist/`.
pub fn page_path(route: &Route) -> String {
    match route {
        Route::Overview => "index.html".to_owned(),
        Route::NotFound => "404.html".to_owned(),
        route => format!("{}index.html", route.relative_href()),
    }
}

/// A view's page file: its `<base href>` back to the root, title, description, Open Graph tags and body.
pub fn page_file(template: &PageTemplate, route: &Route, dataset: &Dataset, body: &str) -> String {
    // 404.html is served at unknown addresses, so it is written for the root.
    let depth = if *route == Route::NotFound {
        0
    } else {
        route.depth()
    };
    let base = if depth == 0 {
        "./".to_owned()
    } else {
        "../".repeat(depth)
    };
    let title = escape(&page_title(route, dataset));
    let description = escape(&page_description(route, dataset));
    let site = escape(&site_name(dataset));
    let meta = format!(
        concat!(
            r#"<meta name="description" content="{description}">"#,
            r#"<meta property="og:type" content="article">"#,
            r#"<meta property="og:site_name" content="{site}">"#,
            r#"<meta property="og:title" content="{title}">"#,
            r#"<meta property="og:description" content="{description}">"#,
            r#"<meta property="og:locale" content="zh_CN">"#,
        ),
        description = description,
        site = site,
        title = title,
    );
    template
        .0
        .replace(BASE, &format!(r#"<base href="{base}">"#))
        .replace(TITLE, &format!("<title>{title}</title>"))
        .replace(HEAD_META, &meta)
        .replace(ROOT, &format!(r#"<div id="app">{body}</div>"#))
}

/// Renders a view natively into hydratable HTML.
pub async fn render_view(route: &Route) -> String {
    let path = route.to_path_string();
    yew::LocalServerRenderer::<StaticApp>::with_props(StaticAppProps { path: path.into() })
        .hydratable(true)
        .render()
        .await
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

trait ToPathString {
    fn to_path_string(&self) -> String;
}

impl ToPathString for Route {
    fn to_path_string(&self) -> String {
        use yew_router::Routable;
        self.to_path()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    fn template() -> PageTemplate {
        PageTemplate::new(format!(
            "<html><head>{BASE}{TITLE}{HEAD_META}</head><body>{ROOT}<script src=\"./app.js\"></script></body></html>"
        ))
        .expect("all placeholders")
    }

    #[test]
    fn pages_point_back_to_the_root() {
        let dataset = dataset();
        let page = page_file(
            &template(),
            &Route::Indicator { id: 3 },
            dataset,
            "<p>x</p>",
        );
        assert!(page.contains(r#"<base href="../../">"#));
        assert!(page.contains("<title>托位使用率｜"));
        assert!(page.contains(r#"<meta property="og:title" content="托位使用率｜"#));
        assert!(page.contains(r#"<div id="app"><p>x</p></div>"#));
        assert_eq!(
            page_path(&Route::Indicator { id: 3 }),
            "indicator/3/index.html"
        );
        assert_eq!(page_path(&Route::Overview), "index.html");
        assert_eq!(page_path(&Route::NotFound), "404.html");
        let not_found = page_file(&template(), &Route::NotFound, dataset, "");
        assert!(not_found.contains(r#"<base href="./">"#));
    }

    #[test]
    fn a_template_without_placeholders_is_refused() {
        assert!(PageTemplate::new("<html></html>".to_owned()).is_err());
    }

    #[test]
    fn escapes_attribute_text() {
        assert_eq!(escape(r#"<a "b">&"#), "&lt;a &quot;b&quot;&gt;&amp;");
    }

    fn render(route: Route) -> String {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(tokio::task::LocalSet::new().run_until(render_view(&route)))
    }

    #[test]
    fn the_overview_prerenders_the_table_and_the_status() {
        let html = render(Route::Overview);
        assert_eq!(
            html.matches("<tr>").count(),
            11,
            "header row and 10 indicators"
        );
        assert!(html.contains("暂无公开进展数据"));
        assert!(html.contains("大足府办发〔2024〕16号"));
        assert!(html.contains(r#"href="indicator/3/""#));
        assert!(!html.contains("盛京棋牌"));
    }

    #[test]
    fn an_indicator_prerenders_its_own_view() {
        let html = render(Route::Indicator { id: 5 });
        assert!(html.contains("提供托育服务的幼儿园数占幼儿园总数比例"));
        assert!(html.contains(
            "2023—2025年全区提供托育服务幼儿园数占幼儿园总数的比例分别达30%、35%、40%。"
        ));
        assert!(html.contains(r#"href="task/1/""#));
        let missing = render(Route::Indicator { id: 11 });
        assert!(missing.contains("没有找到这个页面"));
    }
}
