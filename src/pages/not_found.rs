//! The view for any address the widget does not know.

use yew::prelude::*;

use super::use_dataset;
use crate::islands::RouteLink;
use crate::route::Route;

#[component]
pub fn NotFoundPage() -> Html {
    let dataset = use_dataset();
    let indicators = dataset.indicators.iter().map(|indicator| {
        html! {
            <li><RouteLink to={Route::Indicator { id: indicator.id }}>{ indicator.name.clone() }</RouteLink></li>
        }
    });
    html! {
        <article class="detail not-found" aria-labelledby="page-title">
            <h1 id="page-title" class="detail__title">{ "没有找到这个页面" }</h1>
            <p>{ "链接可能有误，或者指向的指标、任务、部门不在本文件中。" }</p>
            <p><RouteLink to={Route::Overview} class="button pill">{ "返回总览" }</RouteLink></p>
            <h2 class="section-banner section-banner--minor">{ "主要目标" }</h2>
            <ul class="plain-list">{ for indicators }</ul>
        </article>
    }
}
