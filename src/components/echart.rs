//! ECharts charts. A view renders each chart as an empty, sized box that names its chart
//! ([`chart_box`]); pages pre-render the boxes, and hydration takes them over as they are. One
//! [`Charts`] component draws them all: when a box comes within a screen of the viewport it loads
//! ECharts (same origin, once), builds the chart's option and draws it into the box; it redraws the
//! drawn charts when the reader's look changes, follows each box's size, and disposes of the charts
//! when the view changes. Without ECharts a box says so, and the text around it carries the data.

use yew::prelude::*;

use super::use_preferences;
use crate::charts::{ChartKind, ChartLook};

/// What a box says when its chart cannot be drawn.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const UNAVAILABLE: &str = "图表暂时无法显示，数据见上下文字。";

/// A chart's box: `id` must be unique on the page and `label` says what the chart shows, in words,
/// for screen readers. ECharts writes its own generated aria-label onto the element it draws in, so
/// the label is on a wrapper instead and that element is hidden from screen readers.
pub fn chart_box(id: &str, kind: ChartKind, label: &str, class: &'static str) -> Html {
    html! {
        <div class={classes!("echart", class, "echart--loading")} data-chart={kind.key()}>
            <div class="echart__frame" role="img" aria-label={label.to_owned()}>
                <div id={id.to_owned()} class="echart__canvas" aria-hidden="true"></div>
            </div>
        </div>
    }
}

/// Renders nothing. In the browser it draws the charts of the view shown (see the module's words).
#[component]
pub fn Charts() -> Html {
    let preferences = use_preferences();
    let look = ChartLook {
        palette: preferences.palette(),
        motion: preferences.motion(),
        text_size: preferences.text_size(),
    };
    let route = super::use_route();
    use_charts(route, look);
    html! {}
}

/// Natively (pre-rendering) there is nothing to draw: the page keeps the empty, sized boxes.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
fn use_charts(_route: crate::route::Route, _look: ChartLook) {}

#[cfg(target_arch = "wasm32")]
use browser::use_charts;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use wasm_bindgen::{closure::Closure, prelude::wasm_bindgen, JsCast, JsValue};
    use yew::prelude::*;

    use super::UNAVAILABLE;
    use crate::charts::{chart_option, ChartKind, ChartLook};
    use crate::components::echarts_loader;
    use crate::model::dataset;
    use crate::route::Route;

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

    /// One chart box on the page: its chart, and the chart once drawn.
    struct ChartSlot {
        kind: ChartKind,
        drawn: Rc<RefCell<Option<Drawn>>>,
    }

    #[hook]
    pub fn use_charts(route: Route, look: ChartLook) {
        // The newest look. It may change (to the reader's colour scheme) while ECharts is still
        // loading, so each chart is drawn in the look of the moment it is drawn.
        let latest: Rc<Cell<ChartLook>> =
            use_memo((), |_| Rc::new(Cell::new(look))).as_ref().clone();
        latest.set(look);
        let slots: Rc<RefCell<Vec<ChartSlot>>> = use_mut_ref(Vec::new);
        // Each view's boxes are watched from when it is shown; its charts go with it.
        {
            let latest = latest.clone();
            let slots = slots.clone();
            use_effect_with(route, move |_| {
                let cancelled = Rc::new(Cell::new(false));
                let watches: Vec<Option<Watch>> = chart_boxes()
                    .into_iter()
                    .map(|(element, kind)| {
                        let drawn = Rc::new(RefCell::new(None));
                        slots.borrow_mut().push(ChartSlot {
                            kind,
                            drawn: drawn.clone(),
                        });
                        let start = {
                            let element = element.clone();
                            let latest = latest.clone();
                            let cancelled = cancelled.clone();
                            move || {
                                wasm_bindgen_futures::spawn_local(show(
                                    element, kind, latest, cancelled, drawn,
                                ))
                            }
                        };
                        when_near_viewport(&element, start)
                    })
                    .collect();
                move || {
                    cancelled.set(true);
                    drop(watches);
                    slots.borrow_mut().clear();
                }
            });
        }
        // Redraw the drawn charts when the look changes (colour scheme, motion, text size).
        use_effect_with(look, move |&look| {
            for slot in slots.borrow().iter() {
                if let Some(done) = slot.drawn.borrow().as_ref() {
                    if let Some(option) = option(slot.kind, look) {
                        let _ = done.echarts.set_option(&option, &replace_later());
                    }
                }
            }
        });
    }

    /// The chart boxes on the page, with the chart each names.
    fn chart_boxes() -> Vec<(web_sys::Element, ChartKind)> {
        let Ok(found) = gloo::utils::document().query_selector_all("[data-chart]") else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|index| found.item(index)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|element| {
                let kind = ChartKind::from_key(&element.get_attribute("data-chart")?)?;
                Some((element, kind))
            })
            .collect()
    }

    /// Loads ECharts and draws one chart into its box, then marks the box drawn, or unavailable
    /// with a note. Building the option, handing it to ECharts and ECharts drawing it are tasks of
    /// their own, apart from loading ECharts and from the other charts, so that the page keeps
    /// answering the reader in between.
    async fn show(
        chart_box: web_sys::Element,
        kind: ChartKind,
        latest: Rc<Cell<ChartLook>>,
        cancelled: Rc<Cell<bool>>,
        drawn: Rc<RefCell<Option<Drawn>>>,
    ) {
        let loaded = echarts_loader::load().await;
        crate::browser::next_task().await;
        if cancelled.get() {
            return;
        }
        let look = latest.get();
        let built = loaded.ok().and_then(|()| option(kind, look));
        crate::browser::next_task().await;
        if cancelled.get() {
            return;
        }
        // The reader's look may have changed in between.
        let built = match latest.get() {
            newest if newest == look => built,
            newest => option(kind, newest),
        };
        let canvas = chart_box.query_selector(".echart__canvas").ok().flatten();
        let done = built
            .zip(canvas)
            .and_then(|(option, canvas)| draw(&canvas, &option));
        let classes = chart_box.class_list();
        let _ = classes.remove_1("echart--loading");
        match done {
            Some(done) => {
                *drawn.borrow_mut() = Some(done);
                let _ = classes.add_1("echart--drawn");
            }
            None => {
                let _ = classes.add_1("echart--unavailable");
                if let Ok(note) = gloo::utils::document().create_element("p") {
                    note.set_class_name("echart__fallback");
                    note.set_text_content(Some(UNAVAILABLE));
                    let _ = chart_box.append_child(&note);
                }
            }
        }
    }

    /// `setOption` settings: replace the whole option, and draw it in ECharts' next frame rather
    /// than at once, so that taking the option and drawing it are two shorter tasks.
    fn replace_later() -> JsValue {
        let settings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&settings, &"notMerge".into(), &true.into());
        let _ = js_sys::Reflect::set(&settings, &"lazyUpdate".into(), &true.into());
        settings.into()
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

    /// Calls `start` once, when `element` comes within a screen's height of the viewport; at once
    /// where the browser cannot watch (no IntersectionObserver).
    fn when_near_viewport(
        element: &web_sys::Element,
        start: impl FnOnce() + 'static,
    ) -> Option<Watch> {
        let start = Rc::new(RefCell::new(Some(start)));
        let run = {
            let start = start.clone();
            move || {
                if let Some(start) = start.borrow_mut().take() {
                    start();
                }
            }
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
                observer.observe(element);
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

    /// Draws the option into the box's inner element, where ECharts puts its SVG.
    fn draw(element: &web_sys::Element, option: &JsValue) -> Option<Drawn> {
        // The bundle has ECharts' SVG renderer only (see tools/echarts-entry.js).
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"renderer".into(), &"svg".into()).ok()?;
        let echarts = Rc::new(init(element, &JsValue::NULL, &options).ok()?);
        if echarts.set_option(option, &replace_later()).is_err() {
            echarts.dispose();
            return None;
        }
        let on_resize = {
            let echarts = echarts.clone();
            Closure::<dyn FnMut()>::new(move || echarts.resize())
        };
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(Drawn {
            echarts,
            observer,
            _on_resize: on_resize,
        })
    }
}
