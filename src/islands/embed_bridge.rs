//! Tells an embedding page how tall the widget is (see `dom::start_height_reports`).

use yew::prelude::*;

/// Renders nothing. Inside an iframe opened with a `childId`, it reports the content height to the
/// parent now and whenever it changes.
#[component]
pub fn EmbedBridge() -> Html {
    use_effect_with((), move |_| {
        let reporter = crate::dom::start_height_reports();
        move || drop(reporter)
    });
    html! {}
}
