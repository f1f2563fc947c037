//! What the share control's buttons do: each asks the browser (`dom`) and reports what happened as an
//! [`Action`].

use wasm_bindgen_futures::spawn_local;
use yew::UseReducerDispatcher;

use super::state::{Action, Card, ShareState};
use crate::dom::{self, ShareSheet};
use crate::route::Route;
use crate::share::{card_template_file, fill_qr_slot, CARD_HEIGHT, CARD_SCALE, CARD_WIDTH};

/// 分享: opens the panel with the view's link, then the share sheet where there is one, else copies.
pub fn share(route: &Route, dispatch: UseReducerDispatcher<ShareState>) {
    let link = dom::share_link_of(route);
    dispatch.dispatch(Action::Open { link: link.clone() });
    let title = dom::title();
    let text = dom::description();
    spawn_local(async move {
        match dom::share_sheet(&title, &text, &link).await {
            ShareSheet::Shared => dispatch.dispatch(Action::Shared),
            // The reader closed the share sheet: nothing to say.
            ShareSheet::Closed => {}
            ShareSheet::Unavailable => copy_link(dispatch, link),
        }
    });
}

/// 复制链接.
pub fn copy(route: &Route, state: &ShareState, dispatch: UseReducerDispatcher<ShareState>) {
    copy_link(dispatch, link_or_view_link(route, state));
}

fn copy_link(dispatch: UseReducerDispatcher<ShareState>, link: String) {
    spawn_local(async move {
        dispatch.dispatch(if dom::copy_text(&link).await {
            Action::Copied
        } else {
            Action::CopyRefused
        });
    });
}

/// 保存图片: fetches the indicator's card template, puts the QR code of the link in it, draws it
/// at twice its size, shows it and downloads it.
pub fn save_card(route: &Route, state: &ShareState, dispatch: UseReducerDispatcher<ShareState>) {
    let Route::Indicator { id } = *route else {
        return;
    };
    let file = format!("yitu-indicator-{id}.png");
    if let Card::Ready(url) = &state.card {
        dom::download(url, &file);
        return;
    }
    let link = link_or_view_link(route, state);
    dispatch.dispatch(Action::CardDrawing);
    spawn_local(async move {
        let template = dom::fetch_text(&card_template_file(id)).await;
        let Some(svg) = template.and_then(|template| fill_qr_slot(&template, &link)) else {
            web_sys::console::warn_1(&"一图读懂: 图片模板未能读取".into());
            dispatch.dispatch(Action::CardFailed);
            return;
        };
        match dom::rasterise(&svg, CARD_WIDTH * CARD_SCALE, CARD_HEIGHT * CARD_SCALE).await {
            Ok(url) => {
                dom::download(&url, &file);
                dispatch.dispatch(Action::CardReady { url });
            }
            Err(error) => {
                web_sys::console::warn_2(&"一图读懂: 图片未能生成".into(), &error);
                dispatch.dispatch(Action::CardFailed);
            }
        }
    });
}

/// The link the panel shows, or the view's link where the panel has not been opened.
fn link_or_view_link(route: &Route, state: &ShareState) -> String {
    if state.link.is_empty() {
        dom::share_link_of(route)
    } else {
        state.link.clone()
    }
}
