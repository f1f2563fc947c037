//! Parts of a view that never change once shown, taken over as pre-rendered when the page hydrates.
//!
//! Hydrating a part rebuilds its whole virtual DOM only to find that the page already matches it.
//! For a part with no state and no handlers of its own (text, tables, plain links), that work is
//! waste, and on a phone it is most of the start-up time. So natively `Prerendered` writes its
//! children inside a raw-HTML block of Yew's hydration markers, and in the browser, while the page
//! hydrates, it renders an empty raw block: Yew hydrates a raw block by taking over the nodes
//! between its markers as they are. Mounted later (after a move to another view) it renders its
//! children as any component would.
//!
//! Children must not depend on state or on the reader's preferences: once taken over they are not
//! rendered again.

use std::cell::Cell;

use yew::prelude::*;

thread_local! {
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
}

/// Marks the start of hydration; `Prerendered` parts created from now on take over their nodes.
pub fn hydration_started() {
    HYDRATING.with(|hydrating| hydrating.set(true));
}

/// Marks the end of hydration; `Prerendered` parts created from now on render their children. It
/// must run before anything can switch views, so the first effect of the app calls it.
pub fn hydration_finished() {
    HYDRATING.with(|hydrating| hydrating.set(false));
}

/// The opening and closing markers of a raw-HTML block in Yew's hydratable output. Written one
/// inside another around the children (see `Prerendered`), they nest as Yew expects: open, open,
/// close, children, open, close, close.
const RAW_OPEN: &str = "<!--<#>-->";
const RAW_CLOSE: &str = "<!--</#>-->";

#[derive(Properties, PartialEq)]
pub struct PrerenderedProps {
    pub children: Html,
}

#[component]
pub fn Prerendered(props: &PrerenderedProps) -> Html {
    let taken_over = use_state(|| HYDRATING.with(Cell::get));
    if cfg!(target_arch = "wasm32") && *taken_over {
        return Html::from_html_unchecked(AttrValue::Static(""));
    }
    if cfg!(target_arch = "wasm32") {
        return props.children.clone();
    }
    html! {
        <>
            { Html::from_html_unchecked(AttrValue::Static(RAW_OPEN)) }
            { props.children.clone() }
            { Html::from_html_unchecked(AttrValue::Static(RAW_CLOSE)) }
        </>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[component]
    fn Sample() -> Html {
        html! {
            <div id="root">
                <p>{ "before" }</p>
                <Prerendered><table><tr><td>{ "一" }</td></tr></table><p>{ "二" }</p></Prerendered>
                <p>{ "after" }</p>
            </div>
        }
    }

    /// The hydratable output wraps the children in balanced raw markers, nested one level deep.
    #[test]
    fn children_sit_inside_balanced_raw_markers() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let html = runtime.block_on(async {
            yew::LocalServerRenderer::<Sample>::new()
                .hydratable(true)
                .render()
                .await
        });
        let start = html.find(RAW_OPEN).expect("an opening marker");
        let end = html.rfind(RAW_CLOSE).expect("a closing marker") + RAW_CLOSE.len();
        let block = &html[start..end];
        // The raw markers in order: open, open, close, the children, open, close, close.
        let mut markers: Vec<(usize, &str)> = block
            .match_indices(RAW_OPEN)
            .chain(block.match_indices(RAW_CLOSE))
            .collect();
        markers.sort();
        let kinds: Vec<&str> = markers.iter().map(|(_, marker)| *marker).collect();
        assert_eq!(
            kinds,
            [RAW_OPEN, RAW_OPEN, RAW_CLOSE, RAW_OPEN, RAW_CLOSE, RAW_CLOSE]
        );
        let children = &block[markers[2].0 + RAW_CLOSE.len()..markers[3].0];
        assert_eq!(children, "<table><tr><td>一</td></tr></table><p>二</p>");
        assert!(html[..start].contains("before") && html[end..].contains("after"));
    }
}
