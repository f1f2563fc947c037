//! The share control of a view: 分享 opens the phone's share sheet where the browser has one
//! (`navigator.share`), else copies the view's link (链接已复制); where the clipboard is refused it shows
//! the link selected in a field to copy by hand. Its panel shows the link's QR code, for readers on a
//! computer who share to WeChat, and on an indicator's view 保存图片: the indicator's card as a PNG,
//! downloaded and shown in the panel, so that a reader whose browser blocks downloads (WeChat) can
//! long-press it.
//!
//! It renders the same on the server and in the first client render (a closed panel and an empty
//! status); the browser is asked nothing until the reader presses a button.

mod buttons;
mod state;

use yew::prelude::*;

use crate::contract::{ISLAND_CLASS, SHARE_ISLAND};
use crate::dom;
use crate::route::Route;
use crate::share::{qr_path_data, QrMatrix};
use state::{Action, Card, ShareState, COPIED};

#[derive(Properties, PartialEq)]
pub struct ShareControlProps {
    /// The view to share.
    pub route: Route,
}

/// The share control of one view, as the page has it: an island of the view, which the browser
/// renders live (`ViewIslands`). A new view gets a new control, closed.
#[component]
pub fn ShareControl(props: &ShareControlProps) -> Html {
    html! {
        <div class={ISLAND_CLASS} data-island={SHARE_ISLAND}>
            <ShareControlOfView route={props.route.clone()} />
        </div>
    }
}

/// The share control of one view: its state is a [`ShareState`], changed only by [`Action`]s.
#[component]
pub fn ShareControlOfView(props: &ShareControlProps) -> Html {
    let state = use_reducer_eq(ShareState::default);
    let input = use_node_ref();
    let toggle_button = use_node_ref();
    {
        // Where the clipboard was refused, the link is selected for the reader to copy.
        let input = input.clone();
        use_effect_with(state.copy_by_hand, move |copy_by_hand| {
            if *copy_by_hand {
                dom::select_field(&input);
            }
        });
    }
    let key = props
        .route
        .share_key()
        .unwrap_or_else(|| "overview".to_owned());
    let panel_id = format!("share-panel-{key}");
    let input_id = format!("share-link-{key}");
    let indicator = match props.route {
        Route::Indicator { id } => Some(id),
        _ => None,
    };

    let on_toggle = {
        let (state, route) = (state.clone(), props.route.clone());
        Callback::from(move |_: MouseEvent| {
            if state.open {
                state.dispatch(Action::Close);
            } else {
                buttons::share(&route, state.dispatcher());
            }
        })
    };
    let on_copy = {
        let (state, route) = (state.clone(), props.route.clone());
        Callback::from(move |_: MouseEvent| {
            buttons::copy(&route, &state, state.dispatcher());
        })
    };
    let on_save = {
        let (state, route) = (state.clone(), props.route.clone());
        Callback::from(move |_: MouseEvent| {
            buttons::save_card(&route, &state, state.dispatcher());
        })
    };
    let on_close = {
        let state = state.clone();
        let toggle_button = toggle_button.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Close);
            dom::focus_node(&toggle_button);
        })
    };
    let on_keydown = {
        let state = state.clone();
        let toggle_button = toggle_button.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && state.open {
                state.dispatch(Action::Close);
                dom::focus_node(&toggle_button);
            }
        })
    };
    let on_focus_input = {
        let input = input.clone();
        Callback::from(move |_: FocusEvent| dom::select_field(&input))
    };

    let link = state.link.clone();
    // The QR code is encoded only for an open panel: a closed one, as on every first render, costs nothing.
    let qr_matrix = (state.open && !link.is_empty())
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
    let card = match (&state.card, indicator) {
        (Card::Ready(url), Some(id)) => html! {
            <figure class="share__card">
                <img class="share__card-image" src={url.clone()} width="1500" height="2200"
                    alt="本项指标的分享图片：名称、基数与目标、来源和二维码" />
                <figcaption class="share__caption">
                    <span>{ "在手机上，长按图片即可保存或发送给朋友。" }</span>
                    <a href={url.clone()} download={format!("yitu-indicator-{id}.png")} class="share__download pill">{ "下载图片（PNG）" }</a>
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
                <button type="button" class="share__toggle pill" ref={toggle_button}
                    aria-expanded={if state.open { "true" } else { "false" }} aria-controls={panel_id.clone()}
                    onclick={on_toggle}>
                    <svg class="share__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M18 16.1c-.8 0-1.5.3-2 .8l-7.1-4.1c.1-.3.1-.5.1-.8s0-.5-.1-.8L16 7.1c.5.5 1.2.9 2 .9 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .3 0 .5.1.8L8 9.9C7.5 9.4 6.8 9 6 9c-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.7 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.2-3-2.8-3z" />
                    </svg>
                    { if state.open { "收起分享" } else { "分享" } }
                </button>
                <p class={classes!("share__status", (state.status == COPIED).then_some("share__status--done"))}
                    role="status" aria-live="polite">{ state.status.clone() }</p>
            </div>
            if state.open {
                <div class="share__panel" id={panel_id} role="group" aria-label="分享本页">
                    <div class="share__link">
                        <label class="share__label" for={input_id.clone()}>
                            { if state.copy_by_hand { "请长按或复制下面的链接" } else { "本页链接" } }
                        </label>
                        <div class="share__row">
                            <input id={input_id} class="share__input" type="url" readonly=true
                                value={link.clone()} ref={input} onfocus={on_focus_input} />
                            <button type="button" class="share__copy pill" onclick={on_copy}>{ "复制链接" }</button>
                        </div>
                    </div>
                    { for qr }
                    if indicator.is_some() {
                        <div class="share__save">
                            <button type="button" class="share__save-button pill" onclick={on_save}
                                disabled={state.card == Card::Drawing}>
                                { if state.card == Card::Drawing { "正在生成图片…" } else { "保存图片" } }
                            </button>
                            <p class="share__hint">{ "一张含指标、目标、来源和二维码的长图，适合发朋友圈或微信群。" }</p>
                        </div>
                        { card }
                    }
                    <button type="button" class="share__close pill" onclick={on_close}>{ "收起" }</button>
                </div>
            }
        </div>
    }
}
