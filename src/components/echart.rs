//! One ECharts chart. Renders an empty, sized box; when the box comes within a screen of the
//! viewport, an effect loads ECharts (same origin, once), draws the chart into the box, redraws it
//! when the chart changes, follows the box's size, and disposes of it on unmount. Without ECharts the box says so and the text around it carries the data.

use charming::Chart;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EChartProps {
    /// The DOM id of the chart's box, unique on the page.
    pub id: AttrValue,
    pub chart: Chart,
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
    use_chart(props.id.clone(), props.chart.clone(), state.clone());
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
fn use_chart(_id: AttrValue, _chart: Chart, _state: UseStateHandle<ChartState>) {}

#[cfg(target_arch = "wasm32")]
use browser::use_chart;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::rc::Rc;

    use charming::{renderer::Echarts, Chart, WasmRenderer};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use yew::prelude::*;

    use super::ChartState;
    use crate::components::echarts_loader;

    /// The drawn chart and what keeps it sized.
    struct Drawn {
        echarts: Echarts,
        observer: web_sys::ResizeObserver,
        _on_resize: Closure<dyn FnMut()>,
    }

    impl Drop for Drawn {
        fn drop(&mut self) {
            self.observer.disconnect();
            if let Ok(dispose) = js_sys::Reflect::get(&self.echarts, &JsValue::from_str("dispose"))
            {
                if let Some(dispose) = dispose.dyn_ref::<js_sys::Function>() {
                    let _ = dispose.call0(&self.echarts);
                }
            }
        }
    }

    #[hook]
    pub fn use_chart(id: AttrValue, chart: Chart, state: UseStateHandle<ChartState>) {
        let drawn: Rc<RefCell<Option<Drawn>>> = use_mut_ref(|| None);
        // The newest chart. It may change (to the reader's colour scheme) while ECharts is still
        // loading, so the first drawing uses the newest chart rather than the one at mount.
        let latest: Rc<RefCell<Chart>> = use_mut_ref(|| chart.clone());
        *latest.borrow_mut() = chart.clone();
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
                            if *cancelled.borrow() {
                                return;
                            }
                            let chart = latest.borrow().clone();
                            match loaded.ok().and_then(|()| draw(&id, &chart)) {
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
        // Redraw when the chart changes (colour scheme, motion, data).
        use_effect_with(chart, move |chart| {
            if let Some(done) = drawn.borrow().as_ref() {
                WasmRenderer::update(&done.echarts, chart);
            }
        });
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

    fn draw(id: &str, chart: &Chart) -> Option<Drawn> {
        let element = gloo::utils::document().get_element_by_id(id)?;
        let echarts = WasmRenderer::new_opt(None, None).render(id, chart).ok()?;
        let on_resize = {
            let echarts: Echarts = echarts.clone().unchecked_into();
            Closure::<dyn FnMut()>::new(move || echarts.resize(JsValue::UNDEFINED))
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
