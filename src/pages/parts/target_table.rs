//! The 主要目标 table: every indicator, baseline → target, as the document prints it.

use yew::prelude::*;

use crate::islands::RouteLink;
use crate::model::MISSING_BASELINE;
use crate::pages::use_dataset;
use crate::route::Route;

#[component]
pub fn TargetTable() -> Html {
    let dataset = use_dataset();
    let document = &dataset.document;
    // Where the 大字版 lays each row out as a card (phones), each figure shows these labels.
    let baseline_label = AttrValue::from(format!("{}年基数", document.baseline_year));
    let target_label = AttrValue::from(format!("{}年目标", document.period_end));
    let attributes = dataset.indicators.iter().any(|i| i.attribute.is_some());
    let columns = if attributes { 6 } else { 5 };
    let mut category = None;
    let rows = dataset.indicators.iter().map(|indicator| {
        // Where the plan groups its indicators, a heading row opens each group.
        let group = match &indicator.category {
            Some(name) if category != Some(name) => {
                category = Some(name);
                html! {
                    <tr class="target-table__group">
                        <th scope="rowgroup" colspan={columns.to_string()}>{ name.clone() }</th>
                    </tr>
                }
            }
            _ => html! {},
        };
        let baseline = match indicator.baseline {
            Some(value) => html! { { crate::model::format_number(value) } },
            None => html! { <abbr title={MISSING_BASELINE} aria-label={MISSING_BASELINE}>{ "—" }</abbr> },
        };
        let printed = indicator.target_as_printed(document.baseline_year);
        let target = match indicator.implied_target() {
            Some(value) if !matches!(indicator.target, crate::model::Target::Value { .. }) => html! {
                <>
                    <span class="target-table__words">{ printed }</span>
                    <span class="target-table__implied">{ format!("即{}", indicator.with_unit(value)) }</span>
                </>
            },
            Some(_) => html! { { printed } },
            None if matches!(indicator.target, crate::model::Target::Range { .. }) => html! { { printed } },
            None => html! { <span class="target-table__words">{ printed }</span> },
        };
        html! {
            <>
            { group }
            <tr>
                <td class="target-table__id">{ indicator.id }</td>
                <th scope="row" class="target-table__name">
                    <RouteLink to={Route::Indicator { id: indicator.id }}>{ indicator.name.clone() }</RouteLink>
                </th>
                <td class="target-table__unit" data-label="单位">{ indicator.unit.clone() }</td>
                <td class="target-table__figure" data-label={baseline_label.clone()}>{ baseline }</td>
                <td class="target-table__figure target-table__figure--target" data-label={target_label.clone()}>{ target }</td>
                if attributes {
                    <td class="target-table__attribute" data-label="属性">{ indicator.attribute_label() }</td>
                }
            </tr>
            </>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="target-table-caption" tabindex="0">
            <table class="target-table">
                <caption id="target-table-caption">
                    { format!("主要目标（{}—{}年）", document.period_start, document.period_end) }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "序号" }</th>
                        <th scope="col">{ "目标" }</th>
                        <th scope="col">{ "单位" }</th>
                        <th scope="col">{ format!("{}年", document.baseline_year) }</th>
                        <th scope="col">{ format!("{}年", document.period_end) }</th>
                        if attributes {
                            <th scope="col">{ "属性" }</th>
                        }
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
