//! Parts of the page that never change once shown, taken over as pre-rendered when the page hydrates.
//!
//! Hydrating a part rebuilds its whole virtual DOM only to find that the page already matches it.
//! For a part with no state and no handlers of its own (text, tables, plain links), that work is
//! waste, and on a phone it is most of the start-up time. So natively `Prerendered` writes its
//! children inside a raw-HTML block of Yew's hydration markers, and in the browser, while the page
//! hydrates, it renders an empty raw block: Yew hydrates a raw block by taking over the nodes
//! between its markers as they are. Mounted later it renders its children as any component would.
//!
//! Children must not depend on state or on the reader's preferences: once taken over they are not
//! rendered again.
//!
//! Which part is which:
//! - the view is one [`PrerenderedView`]: taken over at hydration, and after a move in the app the
//!   content of the next view's page (so the browser build holds no view's code);
//! - the footer is `Prerendered`;
//! - the frame's interactive parts (the listeners, the masthead, the view's islands) are three
//!   [`Island`]s: taken over while the page hydrates and rendered live in the tasks after, one a
//!   task. Hydrating then does only the app's frame, and the interactive parts follow a moment
//!   later: short tasks instead of one long one, which a phone answers in between;
//! - the view's interactive parts (the share control, the matrix's filter) are rendered live into
//!   their hosts in the view's page by `ViewIslands`.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use yew::prelude::*;

thread_local! {
    /// Whether the app runs in the browser, from the start of hydration on; never when
    /// pre-rendering natively.
    static IN_BROWSER: Cell<bool> = const { Cell::new(false) };
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
    /// The islands taken over during hydration, waiting to be rendered live.
    static WAITING_ISLANDS: RefCell<VecDeque<UseStateSetter<bool>>> = const { RefCell::new(VecDeque::new()) };
}

/// Marks the start of hydration; `Prerendered` parts and islands created from now on take over
/// their nodes.
pub fn hydration_started() {
    IN_BROWSER.with(|in_browser| in_browser.set(true));
    HYDRATING.with(|hydrating| hydrating.set(true));
}

/// Marks the end of hydration, when the islands go live: parts created from now on render their
/// children. Nothing switches views before, since the listeners that do are in an island.
fn hydration_finished() {
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
    take_over_or_render(*taken_over, &props.children)
}

/// In the browser: an empty raw block that takes over the pre-rendered nodes, or the children.
/// Natively: the children inside raw-block markers, for the browser to take over.
fn take_over_or_render(take_over: bool, children: &Html) -> Html {
    if IN_BROWSER.with(Cell::get) {
        return if take_over {
            Html::from_html_unchecked(AttrValue::Static(""))
        } else {
            children.clone()
        };
    }
    html! {
        <>
            { Html::from_html_unchecked(AttrValue::Static(RAW_OPEN)) }
            { children.clone() }
            { Html::from_html_unchecked(AttrValue::Static(RAW_CLOSE)) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrerenderedViewProps {
    /// In the browser, the view's content as its page has it (`dom::view_content`); empty for the
    /// view of the page opened, which hydrating takes over.
    pub content: AttrValue,
    /// Natively, the view's components. The browser build renders none.
    #[prop_or_default]
    pub children: Html,
}

/// The view's content. Natively it is written as a [`Prerendered`] part of its children. In the
/// browser, hydrating takes it over as it is, like a `Prerendered` part; after a move in the app it
/// is the content of the next view's page, fetched (see `RouterProvider`). So the browser never
/// builds a view, and the app carries no view's code.
#[component]
pub fn PrerenderedView(props: &PrerenderedViewProps) -> Html {
    if IN_BROWSER.with(Cell::get) {
        Html::from_html_unchecked(props.content.clone())
    } else {
        take_over_or_render(false, &props.children)
    }
}

/// An interactive part: taken over as pre-rendered while the page hydrates, then rendered live in
/// the next task. Mounted after hydration it is live at once. Natively it is written as
/// [`Prerendered`] is.
#[component]
pub fn Island(props: &PrerenderedProps) -> Html {
    let waiting = use_state_eq(|| HYDRATING.with(Cell::get));
    {
        let waiting_now = *waiting;
        let go_live = waiting.setter();
        use_effect_with((), move |_| {
            if waiting_now {
                wait_for_next_task(go_live);
            }
        });
    }
    take_over_or_render(*waiting, &props.children)
}

/// Queues an island. The first one queued starts the islands going live, one a task, in the order
/// they were queued (the page's order): each island's first render compiles its own code, so one
/// task for all of them would be one long task. A task after the last one, the page is marked
/// ready (`dom::mark_page_ready`).
fn wait_for_next_task(go_live: UseStateSetter<bool>) {
    let first = WAITING_ISLANDS.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        waiting.push_back(go_live);
        waiting.len() == 1
    });
    if first {
        wasm_bindgen_futures::spawn_local(async {
            loop {
                crate::dom::next_task().await;
                let Some(go_live) = next_waiting_island() else {
                    // Every island is live: the page answers the reader in full.
                    crate::dom::mark_page_ready();
                    break;
                };
                hydration_finished();
                go_live.set(false);
            }
        });
    }
}

/// The island queued first and not yet live.
fn next_waiting_island() -> Option<UseStateSetter<bool>> {
    WAITING_ISLANDS.with(|waiting| waiting.borrow_mut().pop_front())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Properties, PartialEq)]
    struct SampleProps {
        /// Whether the part is an island rather than pre-rendered.
        island: bool,
    }

    /// A page with one part between two paragraphs.
    #[component]
    fn Sample(props: &SampleProps) -> Html {
        let children = html! { <><table><tr><td>{ "一" }</td></tr></table><p>{ "二" }</p></> };
        let part = if props.island {
            html! { <Island>{ children }</Island> }
        } else {
            html! { <Prerendered>{ children }</Prerendered> }
        };
        html! {
            <div id="root">
                <p>{ "before" }</p>
                { part }
                <p>{ "after" }</p>
            </div>
        }
    }

    fn render(island: bool) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(async {
            yew::LocalServerRenderer::<Sample>::with_props(SampleProps { island })
                .hydratable(true)
                .render()
                .await
        })
    }

    /// Without the components' own markers (which name them), an island is written exactly as a
    /// pre-rendered part is, so that the browser takes it over the same way.
    #[test]
    fn islands_are_written_as_prerendered_parts() {
        let without_component_markers = |html: String| {
            let mut out = String::new();
            let mut rest = html.as_str();
            let next_marker = |text: &str| {
                [text.find("<!--<["), text.find("<!--</[")]
                    .into_iter()
                    .flatten()
                    .min()
            };
            while let Some(start) = next_marker(rest) {
                out.push_str(&rest[..start]);
                let end = rest[start..].find("-->").unwrap() + start + 3;
                rest = &rest[end..];
            }
            out + rest
        };
        let island = without_component_markers(render(true));
        assert!(island.contains(RAW_OPEN), "{island}");
        assert_eq!(island, without_component_markers(render(false)));
    }

    /// The hydratable output wraps the children in balanced raw markers, nested one level deep.
    #[test]
    fn children_sit_inside_balanced_raw_markers() {
        let html = render(false);
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
