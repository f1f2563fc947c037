//! What the share control's buttons do: each asks the browser (`dom`) and reports what happened as an
//! [`Action`].

use wasm_bindgen_futures::spawn_local;
use yew::UseReducerDispatcher;

use super::state::{Action, Card, ShareState};
use crate::dom::{self, ShareSheet};
use crate::meta::{page_description, page_title};
use crate::model::dataset;
use crate::route::Route;
use crate::share::{indicator_card_svg, CARD_HEIGHT, CARD_SCALE, CARD_WIDTH};

/// 分享: opens the panel with the view's link, then the share sheet where there is one, else copies.
pub fn share(route: &Route, dispatch: UseReducerDispatcher<ShareState>) {
    let link = dom::share_link_of(route);
    dispatch.dispatch(Action::Open { link: link.clone() });
    let title = page_title(route, dataset());
    let text = page_description(route, dataset());
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

/// 保存图片: draws the indicator's card at twice its size, shows it and downloads it.
pub fn save_card(route: &Route, state: &ShareState, dispatch: UseReducerDispatcher<ShareState>) {
    let Route::Indicator { id } = *route else {
        return;
    };
    let Some(indicator) = dataset().indicator(id) else {
        return;
    };
    let file = format!("yitu-indicator-{id}.png");
    if let Card::Ready(url) = &state.card {
        dom::download(url, &file);
        return;
    }
    let svg = indicator_card_svg(dataset(), indicator, &link_or_view_link(route, state));
    dispatch.dispatch(Action::CardDrawing);
    spawn_local(async move {
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
