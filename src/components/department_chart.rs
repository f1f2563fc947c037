//! The tasks each department leads and shares: a sentence, a key and the bar chart.

use yew::prelude::*;

use super::chart_box;
use crate::charts::{department_bars_text, ChartKind};
use crate::model::{dataset, department_summary};

#[component]
pub fn DepartmentChart() -> Html {
    let dataset = dataset();
    html! {
        <figure class="department-chart">
            <figcaption class="department-chart__summary">{ department_summary(dataset) }</figcaption>
            // The bundled ECharts has no legend component, so the key is HTML.
            <ul class="chart-key" aria-label="图例">
                <li><span class="chart-key__swatch chart-key__swatch--lead" aria-hidden="true"></span>{ "牵头（实色）" }</li>
                <li><span class="chart-key__swatch chart-key__swatch--responsible" aria-hidden="true"></span>{ "责任（斜纹）" }</li>
                if dataset.tasks().any(|task| !task.cooperating.is_empty()) {
                    <li><span class="chart-key__swatch chart-key__swatch--cooperating" aria-hidden="true"></span>{ "配合（点线框）" }</li>
                }
                <li class="chart-key__unit">{ "单位：项" }</li>
            </ul>
            { chart_box(
                "department-bars",
                ChartKind::DepartmentBars,
                &department_bars_text(dataset),
                "department-chart__chart",
            ) }
        </figure>
    }
}
