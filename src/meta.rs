//! Each view's title and description, shared by the page files and the running app. Both are plain
//! text made of the dataset's words and ours, so they carry no bidirectional controls (see
//! `share::without_bidi_controls`); the page files escape them where they write them.

use crate::model::Dataset;
use crate::route::Route;
use crate::share::without_bidi_controls;

/// The suffix every page title ends with.
pub fn site_name(dataset: &Dataset) -> String {
    without_bidi_controls(&format!("一图读懂·{}", dataset.document.short_title)).into_owned()
}

/// The `<title>` of a view. It starts with what the view is about.
pub fn page_title(route: &Route, dataset: &Dataset) -> String {
    let site = site_name(dataset);
    let title = match view_name(route, dataset) {
        Some(name) => format!("{name}｜{site}"),
        None => site,
    };
    without_bidi_controls(&title).into_owned()
}

/// What a view is about, or `None` for the overview.
fn view_name(route: &Route, dataset: &Dataset) -> Option<String> {
    let not_found = || Some("页面未找到".to_owned());
    match route {
        Route::Overview => None,
        Route::Indicator { id } => dataset
            .indicator(*id)
            .map(|i| i.name.clone())
            .or_else(not_found),
        Route::Task { id } => dataset
            .task(*id)
            .map(|task| format!("{}（重点任务{}）", task.short_title(), task.id))
            .or_else(not_found),
        Route::Department { slug } => dataset
            .department_by_slug(slug)
            .map(|d| d.name.clone())
            .or_else(not_found),
        Route::NotFound => not_found(),
    }
}

/// The description for link previews and search engines.
pub fn page_description(route: &Route, dataset: &Dataset) -> String {
    without_bidi_controls(&description(route, dataset)).into_owned()
}

fn description(route: &Route, dataset: &Dataset) -> String {
    let document = &dataset.document;
    let year = document.baseline_year;
    let end = document.period_end;
    match route {
        Route::Indicator { id } => match dataset.indicator(*id) {
            Some(indicator) => format!(
                "{}：{year}年{}，{end}年目标{}。{}出自{}。",
                indicator.name,
                indicator.baseline_in_words(),
                indicator.target_in_words(year),
                indicator
                    .attribute
                    .map_or_else(String::new, |attribute| format!(
                        "{}指标，",
                        attribute.label()
                    )),
                document.number
            ),
            None => not_found_description(dataset),
        },
        Route::Task { id } => match dataset.task(*id) {
            Some(task) => format!(
                "重点任务{}：{}。牵头单位：{}。出自{}。",
                task.id,
                task.short_title(),
                task.lead_in_words(),
                document.number
            ),
            None => not_found_description(dataset),
        },
        Route::Department { slug } => match dataset.department_by_slug(slug) {
            Some(department) => {
                let counts: Vec<String> = crate::model::Role::ALL
                    .into_iter()
                    .filter_map(|role| {
                        let count = dataset.tasks_of(&department.name, role).len();
                        (count > 0).then(|| format!("{}{count}项", role.verb()))
                    })
                    .collect();
                format!(
                    "{}在{}中{}重点任务。",
                    department.name,
                    document.short_title,
                    counts.join("、")
                )
            }
            None => not_found_description(dataset),
        },
        Route::Overview => format!(
            "{}（{}）：{}项主要目标、{}项重点任务及{}个部门分工一图读懂。",
            document.plan_title,
            document.number,
            dataset.indicators.len(),
            dataset.tasks().count(),
            dataset.departments.len()
        ),
        Route::NotFound => not_found_description(dataset),
    }
}

fn not_found_description(dataset: &Dataset) -> String {
    format!("没有找到这个页面。请返回{}总览。", site_name(dataset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;

    #[test]
    fn titles_start_with_the_view() {
        let dataset = dataset();
        assert!(page_title(&Route::Indicator { id: 3 }, dataset).starts_with("托位使用率｜"));
        assert!(page_title(&Route::Task { id: 9 }, dataset)
            .starts_with("落实价格管理政策（重点任务9）｜"));
        assert!(page_title(
            &Route::Department {
                slug: "health".into()
            },
            dataset
        )
        .starts_with("区卫生健康委｜"));
        assert!(page_title(&Route::Indicator { id: 11 }, dataset).starts_with("页面未找到"));
        assert_eq!(
            page_title(&Route::Overview, dataset),
            "一图读懂·大足区3岁以下婴幼儿照护服务能力提升三年行动"
        );
    }

    #[test]
    fn descriptions_quote_the_figures() {
        let dataset = dataset();
        assert_eq!(
            page_description(&Route::Indicator { id: 1 }, dataset),
            "每千人口拥有3岁以下婴幼儿托位数：2022年2个，2025年目标达到4.5个。预期性指标，出自大足府办发〔2024〕16号。"
        );
        assert!(page_description(
            &Route::Department {
                slug: "health".into()
            },
            dataset
        )
        .contains("牵头12项"));
    }
}
