//! The box a chart is drawn into: the build puts the drawing inside (`site::inline_charts`).

use yew::prelude::*;

use crate::charts::ChartKind;

/// A chart's box: `label` says what the chart shows, in words, for screen readers; the drawing
/// inside is an image of it (`role="img"`), sized by the box.
pub fn chart_box(kind: ChartKind, label: &str, class: &'static str) -> Html {
    html! {
        <div class={classes!("chart", class)} data-chart={kind.key()} role="img" aria-label={label.to_owned()}></div>
    }
}
