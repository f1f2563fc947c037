//! What the app in the browser knows of the plan: the views it has, and the two words of the
//! masthead. Everything else a view says is in its pre-rendered page, so the WebAssembly holds
//! neither the dataset nor its decoder; `build.rs` writes this index from the same dataset.
//!
//! Natively the index is the dataset itself, so that a page built from any dataset (the site step,
//! the generated-sites tests) reads its own plan.

use crate::model::Dataset;

/// The facts of a plan that addresses and the masthead need.
pub trait PlanIndex {
    /// The plan's short name, for the masthead.
    fn short_title(&self) -> &str;
    /// The document's number (发文字号).
    fn number(&self) -> &str;
    fn has_indicator(&self, id: u32) -> bool;
    fn has_task(&self, id: u32) -> bool;
    /// The slug of the department an address names, by its slug or by its Chinese name.
    fn department_slug(&self, slug_or_name: &str) -> Option<&str>;
}

impl PlanIndex for Dataset {
    fn short_title(&self) -> &str {
        &self.document.short_title
    }

    fn number(&self) -> &str {
        &self.document.number
    }

    fn has_indicator(&self, id: u32) -> bool {
        self.indicator(id).is_some()
    }

    fn has_task(&self, id: u32) -> bool {
        self.task(id).is_some()
    }

    fn department_slug(&self, slug_or_name: &str) -> Option<&str> {
        self.department_by_slug_or_name(slug_or_name)
            .map(|department| department.slug.as_str())
    }
}

/// The index `build.rs` writes of the embedded dataset.
#[derive(Debug)]
pub struct PlanIndexData {
    pub short_title: &'static str,
    pub number: &'static str,
    pub indicators: &'static [u32],
    pub tasks: &'static [u32],
    /// Each department's slug and name.
    pub departments: &'static [(&'static str, &'static str)],
}

impl PlanIndex for PlanIndexData {
    fn short_title(&self) -> &str {
        self.short_title
    }

    fn number(&self) -> &str {
        self.number
    }

    fn has_indicator(&self, id: u32) -> bool {
        self.indicators.contains(&id)
    }

    fn has_task(&self, id: u32) -> bool {
        self.tasks.contains(&id)
    }

    fn department_slug(&self, slug_or_name: &str) -> Option<&str> {
        let by_slug = self
            .departments
            .iter()
            .find(|(slug, _)| *slug == slug_or_name);
        by_slug
            .or_else(|| {
                self.departments
                    .iter()
                    .find(|(_, name)| *name == slug_or_name)
            })
            .map(|(slug, _)| *slug)
    }
}

/// The index of the dataset embedded in the build.
pub static EMBEDDED_INDEX: PlanIndexData = include!(concat!(env!("OUT_DIR"), "/plan_index.rs"));

/// The plan the app reads: in the browser the embedded index, natively the dataset.
#[cfg(target_arch = "wasm32")]
pub fn plan() -> &'static impl PlanIndex {
    &EMBEDDED_INDEX
}

/// The plan the app reads: in the browser the embedded index, natively the dataset.
#[cfg(not(target_arch = "wasm32"))]
pub fn plan() -> &'static impl PlanIndex {
    crate::model::dataset()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    #[test]
    fn the_embedded_index_says_what_the_embedded_dataset_says() {
        let (index, dataset) = (&EMBEDDED_INDEX, dataset());
        assert_eq!(index.short_title(), dataset.short_title());
        assert_eq!(index.number(), dataset.number());
        let indicators: Vec<u32> = dataset.indicators.iter().map(|it| it.id).collect();
        let tasks: Vec<u32> = dataset.tasks().map(|task| task.id).collect();
        assert_eq!(index.indicators, indicators.as_slice());
        assert_eq!(index.tasks, tasks.as_slice());
        assert_eq!(index.departments.len(), dataset.departments.len());
        for department in &dataset.departments {
            let slug = Some(department.slug.as_str());
            assert_eq!(index.department_slug(&department.slug), slug);
            assert_eq!(index.department_slug(&department.name), slug);
        }
        for id in 0..=indicators.len() as u32 + 1 {
            assert_eq!(index.has_indicator(id), dataset.has_indicator(id), "{id}");
        }
        for id in 0..=tasks.len() as u32 + 1 {
            assert_eq!(index.has_task(id), dataset.has_task(id), "{id}");
        }
        for name in ["", "nobody", "卫生", "health/"] {
            assert_eq!(index.department_slug(name), dataset.department_slug(name));
        }
    }
}
