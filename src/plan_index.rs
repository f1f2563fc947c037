//! What the app in the browser knows of the plan: the views it has, and the two words of the
//! masthead. The page writer puts it into every page as a JSON block (`contract::PLAN_INDEX_ID`);
//! the app reads it from there when it starts (`dom::read_plan_index`), so that the WebAssembly is
//! the same file for every plan. Everything else a view says is in its pre-rendered page.
//!
//! The block is input like any other: the app checks it ([`PlanIndex::checked`]) and, if it is
//! missing or broken, does not start, leaving the pre-rendered page as it is.

use std::rc::Rc;

use serde::Serialize;
use yew::prelude::*;

use crate::model::Dataset;

/// The facts of a plan that addresses and the masthead need.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlanIndex {
    /// The plan's short name, for the masthead.
    pub short_title: String,
    /// The document's number (发文字号).
    pub number: String,
    /// The indicators' 序号.
    pub indicators: Vec<u32>,
    /// The tasks' 序号.
    pub tasks: Vec<u32>,
    /// Each department's slug and name.
    pub departments: Vec<(String, String)>,
}

/// The most views of each kind an index may list; a larger one is refused as broken.
const MOST_ITEMS: usize = 10_000;
/// The longest text an index may hold, in characters.
const LONGEST_TEXT: usize = 500;

impl PlanIndex {
    /// The index of a dataset, as the page writer puts it into the pages.
    pub fn of(dataset: &Dataset) -> Self {
        PlanIndex {
            short_title: dataset.document.short_title.clone(),
            number: dataset.document.number.clone(),
            indicators: dataset.indicators.iter().map(|it| it.id).collect(),
            tasks: dataset.tasks().map(|task| task.id).collect(),
            departments: dataset
                .departments
                .iter()
                .map(|department| (department.slug.clone(), department.name.clone()))
                .collect(),
        }
    }

    /// The index as it stands, if it could be the index of a valid dataset: short texts without
    /// control characters, ids from 1 without repeats, slugs of lowercase letters, digits and `-`.
    /// Anything else is refused whole.
    pub fn checked(self) -> Option<Self> {
        let text_ok = |text: &str| {
            text.chars().count() <= LONGEST_TEXT && !text.chars().any(char::is_control)
        };
        let ids_ok = |ids: &[u32]| {
            ids.len() <= MOST_ITEMS
                && ids.iter().all(|id| *id > 0)
                && ids.iter().collect::<std::collections::HashSet<_>>().len() == ids.len()
        };
        let slug_ok = |slug: &str| {
            !slug.is_empty()
                && slug.len() <= 100
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        let departments_ok = self.departments.len() <= MOST_ITEMS
            && self
                .departments
                .iter()
                .all(|(slug, name)| slug_ok(slug) && !name.is_empty() && text_ok(name));
        (text_ok(&self.short_title)
            && text_ok(&self.number)
            && ids_ok(&self.indicators)
            && ids_ok(&self.tasks)
            && departments_ok)
            .then_some(self)
    }

    pub fn has_indicator(&self, id: u32) -> bool {
        self.indicators.contains(&id)
    }

    pub fn has_task(&self, id: u32) -> bool {
        self.tasks.contains(&id)
    }

    /// The slug of the department an address names, by its slug or by its Chinese name.
    pub fn department_slug(&self, slug_or_name: &str) -> Option<&str> {
        let by_slug = self
            .departments
            .iter()
            .find(|(slug, _)| slug == slug_or_name);
        by_slug
            .or_else(|| {
                self.departments
                    .iter()
                    .find(|(_, name)| name == slug_or_name)
            })
            .map(|(slug, _)| slug.as_str())
    }
}

/// The plan's index, given by the app (read from the page) or by the page writer (made from the
/// dataset); empty outside either, where no view exists.
#[hook]
pub fn use_plan_index() -> Rc<PlanIndex> {
    use_context::<Rc<PlanIndex>>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> PlanIndex {
        PlanIndex {
            short_title: "托育三年行动".to_owned(),
            number: "大足府办发〔2024〕16号".to_owned(),
            indicators: vec![1, 2, 3],
            tasks: vec![1, 2],
            departments: vec![
                ("health".to_owned(), "区卫生健康委".to_owned()),
                ("edu".to_owned(), "区教委".to_owned()),
            ],
        }
    }

    #[test]
    fn a_department_is_found_by_slug_or_by_name() {
        let index = index();
        assert_eq!(index.department_slug("health"), Some("health"));
        assert_eq!(index.department_slug("区教委"), Some("edu"));
        assert_eq!(index.department_slug("nobody"), None);
        assert!(index.has_indicator(3) && !index.has_indicator(4) && index.has_task(2));
    }

    #[test]
    fn a_broken_index_is_refused_whole() {
        assert_eq!(index().checked(), Some(index()));
        let broken: [fn(&mut PlanIndex); 7] = [
            |index| index.short_title = "a\u{0}b".to_owned(),
            |index| index.number = "号".repeat(LONGEST_TEXT + 1),
            |index| index.indicators.push(1),
            |index| index.tasks.push(0),
            |index| index.departments[0].0 = "Health".to_owned(),
            |index| index.departments[0].0 = "a\"><script>".to_owned(),
            |index| index.departments[1].1 = String::new(),
        ];
        for (case, spoil) in broken.iter().enumerate() {
            let mut index = index();
            spoil(&mut index);
            assert_eq!(index.checked(), None, "case {case}");
        }
    }
}
