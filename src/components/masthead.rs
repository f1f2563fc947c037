//! The bar at the top of every view.

use yew::prelude::*;
use yew_router::prelude::*;

use super::RouteLink;
use crate::model::dataset;
use crate::route::Route;

#[component]
pub fn Masthead() -> Html {
    let document = &dataset().document;
    // The skip link names this page, so that `<base href>` does not send it to the overview.
    let here = use_route::<Route>().unwrap_or(Route::Overview);
    html! {
        <>
            <a class="skip-link" href={format!("{}#main", here.relative_href())}>{ "跳到正文" }</a>
            <header class="masthead">
                <RouteLink to={Route::Overview} class="masthead__home">
                    <span class="masthead__kicker">{ "一图读懂" }</span>
                    <span class="masthead__title">{ document.short_title.clone() }</span>
                </RouteLink>
                <span class="masthead__number">{ document.number.clone() }</span>
            </header>
        </>
    }
}
