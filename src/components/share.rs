//! The share control of a view: 分享 opens the phone's share sheet where the browser has one
//! (`navigator.share`), else copies the view's link (链接已复制); where the clipboard is refused it shows
//! the link selected in a field to copy by hand. Its panel shows the link's QR code, for readers on a
//! computer who share to WeChat, and on an indicator's view 保存图片: the indicator's card as a PNG,
//! downloaded and shown in the panel, so that a reader whose browser blocks downloads (WeChat) can
//! long-press it.
//!
//! It renders the same on the server and in the first client render (a closed panel and an empty
//! status); the browser is asked nothing until the reader presses a button.

use yew::prelude::*;

use crate::route::Route;
use crate::share::{qr_path_data, QrMatrix};

#[derive(Properties, PartialEq)]
pub struct ShareControlProps {
    /// The view to share.
    pub route: Route,
}

/// The share control of one view. A new view gets a new control, closed. It goes live just after
/// hydration (see `Island`).
#[component]
pub fn ShareControl(props: &ShareControlProps) -> Html {
    html! {
        <super::Island>
            <ShareInner key={props.route.to_path()} route={props.route.clone()} />
        </super::Island>
    }
}

/// Where the picture card is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Card {
    None,
    Drawing,
    /// The PNG's object URL.
    Ready(String),
    Failed,
}

/// What the control says in its status line, read out politely.
const COPIED: &str = "链接已复制";
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const COPY_REFUSED: &str = "无法自动复制。请长按或复制下面的链接";

#[derive(Clone)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Handles {
    route: Route,
    open: UseStateHandle<bool>,
    link: UseStateHandle<String>,
    status: UseStateHandle<String>,
    fallback: UseStateHandle<bool>,
    card: UseStateHandle<Card>,
}

#[component]
fn ShareInner(props: &ShareControlProps) -> Html {
    let handles = Handles {
        route: props.route.clone(),
        open: use_state_eq(|| false),
        link: use_state_eq(String::new),
        status: use_state_eq(String::new),
        fallback: use_state_eq(|| false),
        card: use_state_eq(|| Card::None),
    };
    let input = use_node_ref();
    let toggle_button = use_node_ref();
    {
        // Where the clipboard was refused, the link is selected for the reader to copy.
        let input = input.clone();
        use_effect_with(*handles.fallback, move |fallback| {
            if *fallback {
                select(&input);
            }
        });
    }
    let key = crate::share::share_key(&props.route).unwrap_or_else(|| "overview".to_owned());
    let panel_id = format!("share-panel-{key}");
    let input_id = format!("share-link-{key}");
    let indicator = match props.route {
        Route::Indicator { id } => Some(id),
        _ => None,
    };

    let on_toggle = {
        let handles = handles.clone();
        Callback::from(move |_: MouseEvent| {
            if *handles.open {
                handles.open.set(false);
                handles.status.set(String::new());
            } else {
                #[cfg(target_arch = "wasm32")]
                browser::share(handles.clone());
            }
        })
    };
    let on_copy = {
        let handles = handles.clone();
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            browser::copy(handles.clone());
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &handles;
        })
    };
    let on_save = {
        let handles = handles.clone();
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            browser::save_card(handles.clone());
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &handles;
        })
    };
    let on_close = {
        let handles = handles.clone();
        let toggle_button = toggle_button.clone();
        Callback::from(move |_: MouseEvent| {
            handles.open.set(false);
            handles.status.set(String::new());
            focus(&toggle_button);
        })
    };
    let on_keydown = {
        let handles = handles.clone();
        let toggle_button = toggle_button.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *handles.open {
                handles.open.set(false);
                handles.status.set(String::new());
                focus(&toggle_button);
            }
        })
    };
    let on_focus_input = {
        let input = input.clone();
        Callback::from(move |_: FocusEvent| select(&input))
    };

    let link = (*handles.link).clone();
    // The QR code is encoded only for an open panel: a closed one, as on every first render, costs nothing.
    let qr_matrix = (*handles.open && !link.is_empty())
        .then(|| QrMatrix::new(&link))
        .flatten();
    let qr = qr_matrix.map(|matrix| {
        let size = matrix.size().to_string();
        html! {
            <figure class="share__qr">
                <svg class="share__qr-code" viewBox={format!("0 0 {size} {size}")} role="img"
                    aria-label="本页链接的二维码" shape-rendering="crispEdges">
                    <rect width={size.clone()} height={size.clone()} fill="#ffffff" />
                    <path fill="#000000" d={qr_path_data(&matrix)} />
                </svg>
                <figcaption class="share__caption">{ "用微信“扫一扫”，在手机上打开本页" }</figcaption>
            </figure>
        }
    });
    let card = match (&*handles.card, indicator) {
        (Card::Ready(url), Some(id)) => html! {
            <figure class="share__card">
                <img class="share__card-image" src={url.clone()} width="1500" height="2200"
                    alt="本项指标的分享图片：名称、基数与目标、来源和二维码" />
                <figcaption class="share__caption">
                    <span>{ "在手机上，长按图片即可保存或发送给朋友。" }</span>
                    <a href={url.clone()} download={format!("yitu-indicator-{id}.png")} class="share__download">{ "下载图片（PNG）" }</a>
                </figcaption>
            </figure>
        },
        (Card::Failed, Some(_)) => html! {
            <p class="share__note">{ "图片未能生成。可以截屏保存本页，或分享上面的链接。" }</p>
        },
        _ => html! {},
    };

    html! {
        <div class="share" onkeydown={on_keydown}>
            <div class="share__bar">
                <button type="button" class="share__toggle" ref={toggle_button}
                    aria-expanded={if *handles.open { "true" } else { "false" }} aria-controls={panel_id.clone()}
                    onclick={on_toggle}>
                    <svg class="share__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M18 16.1c-.8 0-1.5.3-2 .8l-7.1-4.1c.1-.3.1-.5.1-.8s0-.5-.1-.8L16 7.1c.5.5 1.2.9 2 .9 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .3 0 .5.1.8L8 9.9C7.5 9.4 6.8 9 6 9c-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.7 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.2-3-2.8-3z" />
                    </svg>
                    { if *handles.open { "收起分享" } else { "分享" } }
                </button>
                <p class={classes!("share__status", (*handles.status == COPIED).then_some("share__status--done"))}
                    role="status" aria-live="polite">{ (*handles.status).clone() }</p>
            </div>
            if *handles.open {
                <div class="share__panel" id={panel_id} role="group" aria-label="分享本页">
                    <div class="share__link">
                        <label class="share__label" for={input_id.clone()}>
                            { if *handles.fallback { "请长按或复制下面的链接" } else { "本页链接" } }
                        </label>
                        <div class="share__row">
                            <input id={input_id} class="share__input" type="url" readonly=true
                                value={link.clone()} ref={input} onfocus={on_focus_input} />
                            <button type="button" class="share__copy" onclick={on_copy}>{ "复制链接" }</button>
                        </div>
                    </div>
                    { for qr }
                    if indicator.is_some() {
                        <div class="share__save">
                            <button type="button" class="share__save-button" onclick={on_save}
                                disabled={*handles.card == Card::Drawing}>
                                { if *handles.card == Card::Drawing { "正在生成图片…" } else { "保存图片" } }
                            </button>
                            <p class="share__hint">{ "一张含指标、目标、来源和二维码的长图，适合发朋友圈或微信群。" }</p>
                        </div>
                        { card }
                    }
                    <button type="button" class="share__close" onclick={on_close}>{ "收起" }</button>
                </div>
            }
        </div>
    }
}

/// Focuses and selects the link field.
fn select(input: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = input;
}

fn focus(element: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = element.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = element;
}

/// What the buttons do in the browser. Every JavaScript call is made through `Reflect` or a
/// binding that returns a `Result`, and every promise is awaited with its rejection handled: no
/// feature a browser lacks or refuses ends in a panic or in silence.
#[cfg(target_arch = "wasm32")]
mod browser {
    use js_sys::{Array, Function, Object, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::{spawn_local, JsFuture};

    use super::{Card, Handles, COPIED, COPY_REFUSED};
    use crate::meta::{page_description, page_title};
    use crate::model::dataset;
    use crate::share::{
        indicator_card_svg, share_link, share_param, CARD_HEIGHT, CARD_SCALE, CARD_WIDTH,
    };

    /// 分享: opens the panel with the view's link, then the share sheet where there is one, else copies.
    pub fn share(handles: Handles) {
        let link = link_of(&handles);
        handles.link.set(link.clone());
        handles.fallback.set(false);
        handles.open.set(true);
        let navigator = navigator();
        let Some(navigator) = navigator.filter(|navigator| method(navigator, "share").is_some())
        else {
            copy_link(handles, link);
            return;
        };
        let data = Object::new();
        let dataset = dataset();
        let _ = Reflect::set(
            &data,
            &"title".into(),
            &page_title(&handles.route, dataset).into(),
        );
        let _ = Reflect::set(
            &data,
            &"text".into(),
            &page_description(&handles.route, dataset).into(),
        );
        let _ = Reflect::set(&data, &"url".into(), &link.clone().into());
        spawn_local(async move {
            match call(&navigator, "share", &data).await {
                Ok(_) => handles.status.set("已分享".to_owned()),
                // The reader closed the share sheet: nothing to say.
                Err(error) if name_of(&error).as_deref() == Some("AbortError") => {}
                Err(_) => copy_link(handles, link),
            }
        });
    }

    /// 复制链接.
    pub fn copy(handles: Handles) {
        let link = if handles.link.is_empty() {
            link_of(&handles)
        } else {
            (*handles.link).clone()
        };
        copy_link(handles, link);
    }

    fn copy_link(handles: Handles, link: String) {
        spawn_local(async move {
            let copied = match navigator().and_then(|navigator| get(&navigator, "clipboard")) {
                Some(clipboard) => call(&clipboard, "writeText", &link.into()).await.is_ok(),
                None => false,
            };
            if copied {
                handles.fallback.set(false);
                handles.status.set(COPIED.to_owned());
            } else {
                handles.fallback.set(true);
                handles.status.set(COPY_REFUSED.to_owned());
            }
        });
    }

    /// 保存图片: draws the indicator's card at twice its size, shows it and downloads it.
    pub fn save_card(handles: Handles) {
        let crate::route::Route::Indicator { id } = handles.route else {
            return;
        };
        let Some(indicator) = dataset().indicator(id) else {
            return;
        };
        if let super::Card::Ready(url) = &*handles.card {
            download(url, &format!("yitu-indicator-{id}.png"));
            return;
        }
        let link = if handles.link.is_empty() {
            link_of(&handles)
        } else {
            (*handles.link).clone()
        };
        let svg = indicator_card_svg(dataset(), indicator, &link);
        handles.card.set(Card::Drawing);
        handles.status.set("正在生成图片…".to_owned());
        spawn_local(async move {
            match rasterise(&svg, CARD_WIDTH * CARD_SCALE, CARD_HEIGHT * CARD_SCALE).await {
                Ok(url) => {
                    download(&url, &format!("yitu-indicator-{id}.png"));
                    handles.card.set(Card::Ready(url));
                    handles.status.set("图片已生成".to_owned());
                }
                Err(error) => {
                    web_sys::console::warn_2(&"一图读懂: 图片未能生成".into(), &error);
                    handles.card.set(Card::Failed);
                    handles.status.set("图片未能生成".to_owned());
                }
            }
        });
    }

    /// The link to share: under the embedding article where the widget's URL names one
    /// (`?share=`, in this URL or the one the page was first loaded with), else the view's own page.
    fn link_of(handles: &Handles) -> String {
        let window = gloo::utils::window();
        let base = get(&gloo::utils::document().into(), "baseURI")
            .and_then(|base| base.as_string())
            .or_else(|| window.location().href().ok())
            .unwrap_or_default();
        let article = window
            .location()
            .search()
            .ok()
            .and_then(|search| share_param(&search))
            .or_else(first_url_article);
        share_link(&handles.route, &base, article.as_deref())
    }

    /// `?share=` in the URL this document was loaded with: in-page navigation drops the query.
    fn first_url_article() -> Option<String> {
        let performance = get(&js_sys::global(), "performance")?;
        let entries = method(&performance, "getEntriesByType")?
            .call1(&performance, &"navigation".into())
            .ok()?
            .dyn_into::<Array>()
            .ok()?;
        let url = get(&entries.get(0), "name")?.as_string()?;
        share_param(&url)
    }

    /// The SVG drawn on a canvas of the given size, as the object URL of a PNG.
    async fn rasterise(svg: &str, width: u32, height: u32) -> Result<String, JsValue> {
        use web_sys::{Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlCanvasElement, Url};
        let parts = Array::of1(&JsValue::from_str(svg));
        let options = BlobPropertyBag::new();
        options.set_type("image/svg+xml;charset=utf-8");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let svg_url = Url::create_object_url_with_blob(&blob)?;
        let image = web_sys::HtmlImageElement::new()?;
        let loaded = Promise::new(&mut |resolve, reject| {
            image.set_onload(Some(&resolve));
            image.set_onerror(Some(&reject));
        });
        image.set_src(&svg_url);
        let result = JsFuture::from(loaded).await;
        image.set_onload(None);
        image.set_onerror(None);
        let _ = Url::revoke_object_url(&svg_url);
        result?;
        let canvas: HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")?
            .dyn_into()
            .map_err(JsValue::from)?;
        canvas.set_width(width);
        canvas.set_height(height);
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")?
            .ok_or("no 2d context")?
            .dyn_into()
            .map_err(JsValue::from)?;
        context.set_fill_style_str("#ffffff");
        context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
        context.draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )?;
        let png = Promise::new(&mut |resolve, reject| {
            if let Err(error) = canvas.to_blob_with_type(&resolve, "image/png") {
                let _ = reject.call1(&JsValue::NULL, &error);
            }
        });
        let png = JsFuture::from(png).await?;
        let png: Blob = png
            .dyn_into()
            .map_err(|_| JsValue::from("toBlob gave no image"))?;
        Url::create_object_url_with_blob(&png)
    }

    /// Starts a download of `url` as `file`. A sandboxed frame (opaque origin) may not download; there
    /// the picture in the panel is the way to save it.
    fn download(url: &str, file: &str) {
        if crate::browser::opaque_origin() {
            return;
        }
        let document = gloo::utils::document();
        let Ok(anchor) = document.create_element("a") else {
            return;
        };
        let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else {
            return;
        };
        anchor.set_href(url);
        anchor.set_download(file);
        let _ = anchor.set_attribute("hidden", "");
        if let Some(body) = document.body() {
            let _ = body.append_child(&anchor);
            anchor.click();
            anchor.remove();
        }
    }

    fn navigator() -> Option<JsValue> {
        get(&js_sys::global(), "navigator")
    }

    /// A property that is neither undefined nor null.
    fn get(target: &JsValue, name: &str) -> Option<JsValue> {
        Reflect::get(target, &JsValue::from_str(name))
            .ok()
            .filter(|value| !value.is_undefined() && !value.is_null())
    }

    fn method(target: &JsValue, name: &str) -> Option<Function> {
        get(target, name)?.dyn_into::<Function>().ok()
    }

    /// Calls a method that returns a promise, and awaits it.
    async fn call(target: &JsValue, name: &str, argument: &JsValue) -> Result<JsValue, JsValue> {
        let method = method(target, name).ok_or_else(|| JsValue::from_str("missing"))?;
        let promise = method
            .call1(target, argument)?
            .dyn_into::<Promise>()
            .map_err(|_| JsValue::from_str("not a promise"))?;
        JsFuture::from(promise).await
    }

    /// The `name` of a DOMException, such as `AbortError`.
    fn name_of(error: &JsValue) -> Option<String> {
        get(error, "name")?.as_string()
    }
}
