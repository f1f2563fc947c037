//! Charts on the page. A view renders each chart as a box that names its chart ([`chart_box`]).
//! The build draws every chart as SVG and puts the drawing into its box on every page (see
//! `site::charts`), so a page shows its charts with no script and no chart library. [`Charts`]
//! fills the boxes whose drawing the page does not have: those of a view reached by moving in the
//! app, and all of them in the 大字版, whose drawings have larger text. It fetches each drawing
//! from the build's `charts/<file>.svg` (same origin) and puts it into the box.

use yew::prelude::*;

use super::{use_preferences, use_route};
use crate::charts::{ChartKind, TextSize};

/// What a box says when its drawing cannot be fetched.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const UNAVAILABLE: &str = "图表暂时无法显示，数据见上下文字。";

/// A chart's box: `label` says what the chart shows, in words, for screen readers; the drawing
/// inside is an image of it (`role="img"`), sized by the box.
pub fn chart_box(kind: ChartKind, label: &str, class: &'static str) -> Html {
    html! {
        <div class={classes!("chart", class)} data-chart={kind.key()} role="img" aria-label={label.to_owned()}></div>
    }
}

/// Renders nothing. In the browser it fills the chart boxes of the view shown with the drawings of
/// the reader's text size, once the view is shown and whenever the text size changes.
#[component]
pub fn Charts() -> Html {
    let text = if use_preferences().large_text {
        TextSize::Large
    } else {
        TextSize::Normal
    };
    let route = use_route();
    use_effect_with((route, text), |(_, text)| {
        #[cfg(target_arch = "wasm32")]
        browser::fill_boxes(*text);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = text;
    });
    html! {}
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::Element;

    use super::UNAVAILABLE;
    use crate::charts::{drawing_file, TextSize};

    /// Asks for the drawing at `text` size in every chart box on the page that does not show it.
    pub fn fill_boxes(text: TextSize) {
        let Ok(boxes) = gloo::utils::document().query_selector_all("[data-chart]") else {
            return;
        };
        for index in 0..boxes.length() {
            let Some(chart_box) = boxes
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            else {
                continue;
            };
            let Some(key) = chart_box.get_attribute("data-chart") else {
                continue;
            };
            let file = drawing_file(&key, text);
            if shown_file(&chart_box).as_deref() == Some(file.as_str()) {
                continue;
            }
            // The newest wish wins when the reader switches sizes before a drawing arrives.
            let _ = chart_box.set_attribute("data-want", &file);
            wasm_bindgen_futures::spawn_local(fill(chart_box, file));
        }
    }

    /// The file of the drawing a box shows, named on its root (see `site::themed_svg`).
    fn shown_file(chart_box: &Element) -> Option<String> {
        chart_box
            .query_selector("svg")
            .ok()
            .flatten()?
            .get_attribute("data-file")
    }

    /// Fetches one drawing and puts it into its box, unless a newer one was asked for meanwhile. A
    /// box left with no drawing says so; the text around it carries the data.
    async fn fill(chart_box: Element, file: String) {
        let drawing = fetch_text(&format!("charts/{file}.svg")).await;
        if chart_box.get_attribute("data-want").as_deref() != Some(file.as_str()) {
            return;
        }
        match drawing {
            Some(svg) => chart_box.set_inner_html(&svg),
            None if shown_file(&chart_box).is_none() => {
                if let Ok(note) = gloo::utils::document().create_element("p") {
                    note.set_class_name("chart__fallback");
                    note.set_text_content(Some(UNAVAILABLE));
                    chart_box.replace_children_with_node_1(&note);
                }
            }
            None => {}
        }
    }

    /// The text of a same-origin file, relative to the page's `<base href>`.
    async fn fetch_text(path: &str) -> Option<String> {
        let response: web_sys::Response =
            JsFuture::from(gloo::utils::window().fetch_with_str(path))
                .await
                .ok()?
                .dyn_into()
                .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }
}
