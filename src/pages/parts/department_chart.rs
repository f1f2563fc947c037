//! The tasks each department leads and shares: a sentence, a key and the bar chart.

use yew::prelude::*;

use super::chart_box;
use crate::charts::ChartKind;
use crate::model::{department_summary, Dataset, Matrix, Role};
use crate::pages::use_dataset;

#[component]
pub fn DepartmentChart() -> Html {
    let dataset = use_dataset();
    html! {
        <figure class="department-chart">
            <figcaption class="department-chart__summary">{ department_summary(&dataset) }</figcaption>
            // The chart has no legend of its own, so the key is HTML.
            <ul class="chart-key" aria-label="图例">
                <li><span class="chart-key__swatch chart-key__swatch--lead" aria-hidden="true"></span>{ "牵头（实色）" }</li>
                <li><span class="chart-key__swatch chart-key__swatch--responsible" aria-hidden="true"></span>{ "责任（斜纹）" }</li>
                if dataset.tasks().any(|task| !task.cooperating.is_empty()) {
                    <li><span class="chart-key__swatch chart-key__swatch--cooperating" aria-hidden="true"></span>{ "配合（点线框）" }</li>
                }
                <li class="chart-key__unit">{ "单位：项" }</li>
            </ul>
            { chart_box(
                ChartKind::DepartmentBars,
                &department_bars_text(&dataset),
                "department-chart__chart",
            ) }
        </figure>
    }
}

/// What the bars show, in words, for screen readers: every department with its counts.
pub fn department_bars_text(dataset: &Dataset) -> String {
    let matrix = Matrix::new(dataset);
    let roles = if matrix.count_all(Role::Cooperating) > 0 {
        "责任单位或配合单位"
    } else {
        "责任单位"
    };
    let parts: Vec<String> = matrix
        .ranked_totals()
        .iter()
        .map(|totals| format!("{}{}", totals.department.name, totals.in_words()))
        .collect();
    format!(
        "各单位牵头和参与（作为{roles}）的重点任务数：{}。",
        parts.join("；")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;

    #[test]
    fn text_equivalent_lists_every_department() {
        let text = department_bars_text(dataset());
        assert!(
            text.starts_with("各单位牵头和参与（作为责任单位）的重点任务数：区卫生健康委牵头12项、参与2项；区教委牵头4项、参与1项；"),
            "{text}"
        );
        for department in &dataset().departments {
            assert!(text.contains(&department.name), "{}", department.name);
        }
    }
}
