//! One ECharts chart. Renders an empty, sized box; when the box comes within a screen of the
//! viewport, an effect loads ECharts (same origin, once), builds the chart's option and draws it into
//! the box, redraws it when the reader's look changes, follows the box's size, and disposes of it on
//! unmount. Without ECharts the box says so and the text around it carries the data.

use yew::prelude::*;

use super::use_preferences;
use crate::charts::{ChartKind, ChartLook};

#[derive(Properties, PartialEq)]
pub struct EChartProps {
    /// The DOM id of the chart's box, unique on the page.
    pub id: AttrValue,
    pub kind: ChartKind,
    /// What the chart shows, in words, for screen readers.
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

/// Where a chart is in its life. Natively it stays `Loading`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub enum ChartState {
    /// Waiting for ECharts.
    Loading,
    Drawn,
    /// ECharts could not be loaded or could not draw.
    Unavailable,
}

#[component]
pub fn EChart(props: &EChartProps) -> Html {
    let state = use_state(|| ChartState::Loading);
    let preferences = use_preferences();
    let look = ChartLook {
        palette: preferences.palette(),
        motion: preferences.motion(),
        text_size: preferences.text_size(),
    };
    use_chart(props.id.clone(), props.kind, look, state.clone());
    let class = classes!(
        "echart",
        props.class.clone(),
        match *state {
            ChartState::Loading => "echart--loading",
            ChartState::Drawn => "echart--drawn",
            ChartState::Unavailable => "echart--unavailable",
        }
    );
    html! {
        <div {class}>
            // ECharts writes its own generated aria-label onto the box it draws in; the label is on a
            // wrapper instead, and the box itself is hidden from screen readers.
            <div class="echart__frame" role="img" aria-label={props.label.clone()}>
                <div id={props.id.clone()} class="echart__canvas" aria-hidden="true"></div>
            </div>
            if *state == ChartState::Unavailable {
                <p class="echart__fallback">{ "图表暂时无法显示，数据见上下文字。" }</p>
            }
        </div>
    }
}

/// Natively (pre-rendering) there is nothing to draw: the page keeps the empty, sized box.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
fn use_chart(
    _id: AttrValue,
    _kind: ChartKind,
    _look: ChartLook,
    _state: UseStateHandle<ChartState>,
) {
}

#[cfg(target_arch = "wasm32")]
use browser::use_chart;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::{closure::Closure, prelude::wasm_bindgen, JsCast, JsValue};
    use yew::prelude::*;

    use super::ChartState;
    use crate::charts::{chart_option, ChartKind, ChartLook};
    use crate::components::echarts_loader;
    use crate::model::dataset;

    #[wasm_bindgen]
    extern "C" {
        /// A chart drawn by the global `echarts` (see `echarts_loader`).
        type EchartsInstance;

        #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
        fn init(
            element: &web_sys::Element,
            theme: &JsValue,
            options: &JsValue,
        ) -> Result<EchartsInstance, JsValue>;

        #[wasm_bindgen(catch, method, js_name = setOption)]
        fn set_option(
            this: &EchartsInstance,
            option: &JsValue,
            settings: &JsValue,
        ) -> Result<(), JsValue>;

        #[wasm_bindgen(method)]
        fn resize(this: &EchartsInstance);

        #[wasm_bindgen(method)]
        fn dispose(this: &EchartsInstance);
    }

    /// The drawn chart and what keeps it sized.
    struct Drawn {
        echarts: Rc<EchartsInstance>,
        observer: web_sys::ResizeObserver,
        _on_resize: Closure<dyn FnMut()>,
    }

    impl Drop for Drawn {
        fn drop(&mut self) {
            self.observer.disconnect();
            self.echarts.dispose();
        }
    }

    /// The chart's option as a JavaScript object, or `None` if it cannot be built.
    fn option(kind: ChartKind, look: ChartLook) -> Option<JsValue> {
        let json = chart_option(kind, look, dataset())?;
        js_sys::JSON::parse(&json).ok()
    }

    #[hook]
    pub fn use_chart(
        id: AttrValue,
        kind: ChartKind,
        look: ChartLook,
        state: UseStateHandle<ChartState>,
    ) {
        let drawn: Rc<RefCell<Option<Drawn>>> = use_mut_ref(|| None);
        // The newest look. It may change (to the reader's colour scheme) while ECharts is still
        // loading, so the first drawing uses the newest look rather than the one at mount.
        let latest: Rc<RefCell<ChartLook>> = use_mut_ref(|| look);
        *latest.borrow_mut() = look;
        // When the box comes near the viewport, load ECharts and draw; dispose on unmount.
        {
            let drawn = drawn.clone();
            let state = state.clone();
            use_effect_with(id, move |id| {
                let id = id.to_string();
                let cancelled = Rc::new(RefCell::new(false));
                let start = {
                    let drawn = drawn.clone();
                    let cancelled = cancelled.clone();
                    let id = id.clone();
                    move || {
                        wasm_bindgen_futures::spawn_local(async move {
                            let loaded = echarts_loader::load().await;
                            // Building the option, handing it to ECharts and ECharts drawing it
                            // are tasks of their own, apart from loading ECharts and from the other
                            // charts, so that the page keeps answering the reader in between.
                            next_task().await;
                            if *cancelled.borrow() {
                                return;
                            }
                            let look = *latest.borrow();
                            let built = loaded.ok().and_then(|()| option(kind, look));
                            next_task().await;
                            if *cancelled.borrow() {
                                return;
                            }
                            // The reader's look may have changed in between.
                            let built = match *latest.borrow() {
                                newest if newest == look => built,
                                newest => option(kind, newest),
                            };
                            match built.and_then(|option| draw(&id, &option)) {
                                Some(done) => {
                                    *drawn.borrow_mut() = Some(done);
                                    state.set(ChartState::Drawn);
                                }
                                None => state.set(ChartState::Unavailable),
                            }
                        })
                    }
                };
                let watch = when_near_viewport(&id, start);
                move || {
                    *cancelled.borrow_mut() = true;
                    drop(watch);
                    drawn.borrow_mut().take();
                }
            });
        }
        // Redraw when the look changes (colour scheme, motion, text size).
        use_effect_with((kind, look), move |&(kind, look)| {
            if let Some(done) = drawn.borrow().as_ref() {
                if let Some(option) = option(kind, look) {
                    let _ = done.echarts.set_option(&option, &replace_later());
                }
            }
        });
    }

    /// `setOption` settings: replace the whole option, and draw it in ECharts' next frame rather
    /// than at once, so that taking the option and drawing it are two shorter tasks.
    fn replace_later() -> JsValue {
        let settings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&settings, &"notMerge".into(), &true.into());
        let _ = js_sys::Reflect::set(&settings, &"lazyUpdate".into(), &true.into());
        settings.into()
    }

    /// Resolves in a later task (a zero-delay timeout).
    async fn next_task() {
        let timeout = js_sys::Promise::new(&mut |resolve, _reject| {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(timeout).await;
    }

    /// Watches an element until it comes within a screen's height of the viewport.
    struct Watch {
        observer: web_sys::IntersectionObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    }

    impl Drop for Watch {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Calls `start` once, when the element `id` nears the viewport; at once where the browser cannot
    /// watch (no IntersectionObserver) or the element is missing.
    fn when_near_viewport(id: &str, start: impl FnOnce() + 'static) -> Option<Watch> {
        let start = Rc::new(RefCell::new(Some(start)));
        let run = {
            let start = start.clone();
            move || {
                if let Some(start) = start.borrow_mut().take() {
                    start();
                }
            }
        };
        let Some(element) = gloo::utils::document().get_element_by_id(id) else {
            run();
            return None;
        };
        let callback = {
            let run = run.clone();
            Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let near = entries.iter().any(|entry| {
                    entry
                        .dyn_into::<web_sys::IntersectionObserverEntry>()
                        .is_ok_and(|entry| entry.is_intersecting())
                });
                if near {
                    run();
                }
            })
        };
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        match web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) {
            Ok(observer) => {
                observer.observe(&element);
                Some(Watch {
                    observer,
                    _callback: callback,
                })
            }
            Err(_) => {
                run();
                None
            }
        }
    }

    fn draw(id: &str, option: &JsValue) -> Option<Drawn> {
        let element = gloo::utils::document().get_element_by_id(id)?;
        // The bundle has ECharts' SVG renderer only (see tools/echarts-entry.js).
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"renderer".into(), &"svg".into()).ok()?;
        let echarts = Rc::new(init(&element, &JsValue::NULL, &options).ok()?);
        if echarts.set_option(option, &replace_later()).is_err() {
            echarts.dispose();
            return None;
        }
        let on_resize = {
            let echarts = echarts.clone();
            Closure::<dyn FnMut()>::new(move || echarts.resize())
        };
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(&element);
        Some(Drawn {
            echarts,
            observer,
            _on_resize: on_resize,
        })
    }
}
