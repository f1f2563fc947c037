//! The bar at the top of every view, with the 大字版 switch.

use yew::prelude::*;

use super::{use_large_text, use_preferences, use_route, RouteLink};
use crate::plan_index::use_plan_index;
use crate::route::Route;

#[component]
pub fn Masthead() -> Html {
    let plan = use_plan_index();
    // The skip link names this page, so that `<base href>` does not send it to the overview. The
    // not-found view has no address of its own (hosts show it at any unknown one), so it has none:
    // its few lines follow the header.
    let here = use_route();
    let skip_link = (here != Route::NotFound).then(|| {
        html! { <a class="skip-link" href={format!("{}#main", here.relative_href())}>{ "跳到正文" }</a> }
    });
    html! {
        <>
            { skip_link }
            <header class="masthead">
                <RouteLink to={Route::Overview} class="masthead__home"><span class="masthead__kicker">{ "一图读懂" }</span>
                    <span class="masthead__title">{ plan.short_title.clone() }</span></RouteLink>
                <span class="masthead__number">{ plan.number.clone() }</span>
                <LargeTextToggle />
                <UnsavedNote />
            </header>
        </>
    }
}

/// Says so where the 大字版 could not be remembered (storage blocked, as in a sandboxed iframe).
#[component]
fn UnsavedNote() -> Html {
    let unsaved = use_preferences().large_text_unsaved;
    html! {
        <p class="text-size-note" role="status">
            if unsaved {
                { "浏览器不允许保存设置：大字版仅在本次浏览中有效。" }
            }
        </p>
    }
}

/// The 大字版 (适老化) switch: a toggle button whose state is `aria-pressed`. It renders off, as the
/// pre-rendered page does; the stylesheet hides it until the app runs, since only the app can act on it.
#[component]
fn LargeTextToggle() -> Html {
    let (on, switch) = use_large_text();
    let onclick = Callback::from(move |_: MouseEvent| switch.emit(!on));
    html! {
        <button
            type="button"
            class="text-size-toggle pill"
            aria-pressed={if on { "true" } else { "false" }}
            title={if on { "切换回标准字号" } else { "放大文字和按钮" }}
            {onclick}
        >
            <span class="text-size-toggle__icon" aria-hidden="true">{ "大" }</span>
            <span class="text-size-toggle__label">{ "大字版" }</span>
        </button>
    }
}
