//! Charts on the page. A view renders each chart as a box that names its chart (`pages::parts::chart_box`).
//! The build draws every chart as SVG and puts the drawing into its box on every page (see
//! `site::charts`), so a page shows its charts with no script and no chart library. [`Charts`]
//! fills the boxes whose drawing the page does not have: those of a view reached by moving in the
//! app, and all of them in the 大字版, whose drawings have larger text. It fetches each drawing
//! from the build's `charts/<file>.svg` (same origin) and puts it into the box.

use yew::prelude::*;

use super::{use_preferences, use_route};
use crate::charts::TextSize;

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
        crate::dom::fill_chart_boxes(*text);
    });
    html! {}
}
