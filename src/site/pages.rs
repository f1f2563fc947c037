//! Page files: the app's `index.html` with each view's head and pre-rendered body filled in.

use super::template::PageTemplate;
use crate::contract::plan_index_block;
use crate::meta::{page_description, page_title, site_name};
use crate::model::Dataset;
use crate::pages::{Page, PageContext, PageProps};
use crate::plan_index::PlanIndex;
use crate::route::Route;
use crate::share::escape_xml;

/// Where a view's page file goes in `dist/`.
pub fn page_path(route: &Route) -> String {
    route.page_file()
}

/// A view's page file: its `<base href>` back to the root, title, description, Open Graph tags,
/// body, and the plan's index for the app (not on `404.html`, which starts no app).
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
    let title = escape_xml(&page_title(route, dataset));
    let description = escape_xml(&page_description(route, dataset));
    let site = escape_xml(&site_name(dataset));
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
    let meta = meta + &og_image(template.public_url(), route, dataset);
    let index = if *route == Route::NotFound {
        String::new()
    } else {
        plan_index_block(&plan_index_json(dataset))
    };
    template.fill(&base, &title, &meta, body, &index)
}

/// The plan's index as JSON (see `plan_index`).
fn plan_index_json(dataset: &Dataset) -> String {
    serde_json::to_string(&PlanIndex::of(dataset)).expect("the index serialises")
}

/// The `og:image` tags of a page whose view has a share card (the overview and each indicator).
fn og_image(public_url: Option<&str>, route: &Route, dataset: &Dataset) -> String {
    let exists = route.exists_in(&PlanIndex::of(dataset));
    let Some(file) = crate::share::card_file(route).filter(|_| exists) else {
        return String::new();
    };
    let url = match public_url {
        Some(root) => format!("{root}{file}"),
        None => "card.png".to_owned(),
    };
    format!(
        concat!(
            r#"<meta property="og:image" content="{url}">"#,
            r#"<meta property="og:image:width" content="{width}">"#,
            r#"<meta property="og:image:height" content="{height}">"#,
            r#"<meta property="og:image:alt" content="{alt}">"#,
        ),
        url = escape_xml(&url),
        width = crate::share::CARD_WIDTH * crate::share::CARD_SCALE,
        height = crate::share::CARD_HEIGHT * crate::share::CARD_SCALE,
        alt = escape_xml(&page_description(route, dataset)),
    )
}

/// Renders a view's page into HTML at once, natively or in wasm: Yew's server renderer needs no
/// runtime for these pages (none of their components suspends or spawns a task), so its future is
/// polled until it is ready, with a waker that does nothing. Fails if it is still not ready after
/// many polls, rather than spinning forever.
pub fn render_page(route: &Route, context: &PageContext) -> Result<String, String> {
    run_to_end(render_view(route, context))
        .ok_or_else(|| format!("the page of {route:?} was not rendered after {POLLS} polls"))
}

/// How many times a render is polled before it is given up on.
const POLLS: usize = 100_000;

/// A future polled until it is done, with no executor: Yew's server renderer needs none when no
/// component suspends or spawns a task. `None` if it is not done after `POLLS` polls.
pub fn run_to_end<F: std::future::Future>(future: F) -> Option<F::Output> {
    let mut future = std::pin::pin!(future);
    let mut waker = std::task::Context::from_waker(std::task::Waker::noop());
    (0..POLLS).find_map(|_| match future.as_mut().poll(&mut waker) {
        std::task::Poll::Ready(output) => Some(output),
        std::task::Poll::Pending => None,
    })
}

/// Renders a view's page into HTML (see [`render_page`], which runs it).
pub async fn render_view(route: &Route, context: &PageContext) -> String {
    yew::LocalServerRenderer::<Page>::with_props(PageProps {
        route: route.clone(),
        context: context.clone(),
    })
    .hydratable(false)
    .render()
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;
    use crate::site::template::{BASE, HEAD_META, ROOT, STARTER, TITLE};

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
    fn the_start_up_module_moves_to_its_own_file_started_from_the_head() {
        let html = format!(
            "<head>{BASE}{TITLE}{HEAD_META}\n<script type=\"module\">\nimport init from './app.js';\n</script>\n<link rel=\"modulepreload\" href=\"./app.js\"><link rel=\"preload\" href=\"./app.wasm\" as=\"fetch\"></head><body>{ROOT}</body>"
        );
        let template = PageTemplate::new(html).unwrap();
        let boot = template.boot_script().expect("a boot script").clone();
        assert_eq!(boot.source, "import init from './app.js';");
        assert!(boot.file_name.starts_with("boot-") && boot.file_name.ends_with(".js"));
        let page = page_file(&template, &Route::Overview, dataset(), "<h1>x</h1>");
        let starter = format!(
            r#"<script data-boot="{}">{STARTER}</script></head>"#,
            boot.file_name
        );
        assert!(page.contains(&starter), "{page}");
        // The starter, and the plan's index for the app, which is data and runs nothing.
        assert_eq!(page.matches("<script").count(), 2);
        assert!(page.contains(r#"<script type="application/json" id="plan-index">{"short_title":"#));
        assert!(!page.contains("import init"));
        assert!(!page.contains("preload"));
    }

    #[test]
    fn escapes_attribute_text_with_the_shared_escaper() {
        assert_eq!(escape_xml(r#"<a "b">&"#), "&lt;a &quot;b&quot;&gt;&amp;");
    }

    fn render(route: Route) -> String {
        let context = PageContext {
            dataset: std::rc::Rc::new(dataset().clone()),
            build_year: 2026,
        };
        render_page(&route, &context).expect("rendered")
    }

    #[test]
    fn the_overview_prerenders_the_table_and_the_status() {
        let html = render(Route::Overview);
        assert_eq!(
            html.matches("<tr>").count(),
            11,
            "header row and 10 indicators"
        );
        assert!(html.contains("10项指标均无公开结果"));
        assert!(html.contains("尚无公开结果"));
        assert!(html.contains("大足府办发〔2024〕16号"));
        assert!(html.contains(r#"href="indicator/3/""#));
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

    /// The page is plain HTML, with no markers for an app to take it over: the app keeps the page
    /// as it is and renders only its islands, the masthead into its host.
    #[test]
    fn a_page_has_the_masthead_in_its_island_host_and_no_markers() {
        let html = render(Route::Task { id: 2 });
        assert!(!html.contains("<!--"), "{html}");
        let host = html
            .find(r#"data-island="masthead""#)
            .expect("the masthead's host");
        let masthead = html
            .find(r#"<header class="masthead">"#)
            .expect("the masthead");
        let main = html.find(r#"<main id="main""#).expect("the view's main");
        assert!(host < masthead && masthead < main);
        assert!(html.contains(r#"<p id="route-announcer""#));
    }

    /// A move in the app shows what the next view's page has in `<main>`: its whole content.
    #[test]
    fn a_move_takes_the_content_of_main() {
        let html = render(Route::Department {
            slug: "health".to_owned(),
        });
        let page = format!("<title>t</title><meta name=\"description\" content=\"d\">{html}");
        let view = crate::dom::view_page(&page).expect("the view");
        assert!(view.content.starts_with("<"), "{}", &view.content[..40]);
        assert!(html.contains(&format!(">{}</main>", view.content)));
        assert!(view.content.contains("<h1") && !view.content.contains("<main"));
    }
}
