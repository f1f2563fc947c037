//! The source line and data downloads under every view.

use yew::prelude::*;

use crate::pages::use_dataset;

#[component]
pub fn SiteFooter() -> Html {
    let dataset = use_dataset();
    let document = &dataset.document;
    html! {
        <footer class="site-footer">
            <p class="site-footer__source">
                { format!("来源：{}《{}》，{}，{}发布。", document.number, document.title, document.issuer, chinese_date(&document.published)) }
            </p>
            <p>{ crate::model::provenance(&dataset) }</p>
            <p class="site-footer__downloads">
                { "下载数据（CSV，可用 Excel/WPS 打开）：" }
                <a href="data/indicators.csv" download="indicators.csv">{ "主要目标" }</a>
                { "、" }
                <a href="data/tasks.csv" download="tasks.csv">{ "重点任务分工" }</a>
                if crate::model::indicators_with_results(&dataset) > 0 {
                    { "、" }
                    <a href="data/results.csv" download="results.csv">{ "公开结果" }</a>
                }
                { "；" }
                <a href="data/plan.xlsx" download="plan.xlsx">{ "全部数据（Excel）" }</a>
            </p>
        </footer>
    }
}

/// `2024-03-18` as `2024年3月18日`.
pub fn chinese_date(date: &str) -> String {
    let mut parts = date.split('-').map(|part| part.trim_start_matches('0'));
    match (parts.next(), parts.next(), parts.next()) {
        (Some(year), Some(month), Some(day)) => format!("{year}年{month}月{day}日"),
        _ => date.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn chinese_dates() {
        assert_eq!(super::chinese_date("2024-03-18"), "2024年3月18日");
        assert_eq!(super::chinese_date("2024-11-05"), "2024年11月5日");
    }
}
