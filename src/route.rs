//! Every view's URL. Routes are real pages (`indicator/3/`); the hash form (`#/indicator/3`) maps onto them.

use yew_router::Routable;

use crate::model::Dataset;

/// The widget's views. Paths are relative to the widget's root (its `<base href>`).
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Overview,
    #[at("/indicator/:id/")]
    Indicator { id: u32 },
    #[at("/task/:id/")]
    Task { id: u32 },
    #[at("/department/:slug/")]
    Department { slug: String },
    #[not_found]
    #[at("/404/")]
    NotFound,
}

impl Route {
    /// Every page the build writes, in a stable order.
    pub fn all(dataset: &Dataset) -> Vec<Route> {
        let mut routes = vec![Route::Overview];
        routes.extend(
            dataset
                .indicators
                .iter()
                .map(|indicator| Route::Indicator { id: indicator.id }),
        );
        routes.extend(dataset.tasks().map(|task| Route::Task { id: task.id }));
        routes.extend(
            dataset
                .departments
                .iter()
                .map(|department| Route::Department {
                    slug: department.slug.clone(),
                }),
        );
        routes.push(Route::NotFound);
        routes
    }

    /// The link to this view relative to the widget's root, for `<a href>` under `<base href>`:
    /// `./` for the overview, `indicator/3/` for an indicator.
    pub fn relative_href(&self) -> String {
        let path = self.to_path();
        match path.trim_start_matches('/') {
            "" => "./".to_owned(),
            relative => relative.to_owned(),
        }
    }

    /// How many folders deep this view's page file sits below the root.
    pub fn depth(&self) -> usize {
        self.to_path()
            .trim_matches('/')
            .split('/')
            .filter(|part| !part.is_empty())
            .count()
    }

    /// Whether the dataset has what this route names.
    pub fn exists_in(&self, dataset: &Dataset) -> bool {
        match self {
            Route::Overview => true,
            Route::Indicator { id } => dataset.indicator(*id).is_some(),
            Route::Task { id } => dataset.task(*id).is_some(),
            Route::Department { slug } => dataset.department_by_slug(slug).is_some(),
            Route::NotFound => false,
        }
    }
}

/// Maps a location hash such as `#/indicator/3` or `#/department/%E5%8C%BA…` onto a route.
///
/// Returns `None` for hashes that are not routes (empty, `#main`, `#yitu=…`), so the page keeps its view.
/// Query strings that embedding hosts append (`#/indicator/3?initialWidth=375`) are ignored.
/// A department may be named by its slug or by its Chinese name.
pub fn route_from_hash(hash: &str, dataset: &Dataset) -> Option<Route> {
    let path = hash.strip_prefix('#')?.strip_prefix('/')?;
    let path = path.split(['?', '&']).next().unwrap_or_default();
    let decoded = urlencoding::decode(path).ok()?;
    // No real view has control characters in its address (route-recognizer trips on NUL).
    if decoded.chars().any(char::is_control) {
        return Some(Route::NotFound);
    }
    let parts: Vec<&str> = decoded.trim_end_matches('/').split('/').collect();
    let route = match parts.as_slice() {
        [""] => Route::Overview,
        ["department", name] => match dataset
            .department_by_slug(name)
            .or_else(|| dataset.department_by_name(name))
        {
            Some(department) => Route::Department {
                slug: department.slug.clone(),
            },
            None => Route::NotFound,
        },
        _ => Route::recognize(&format!("/{decoded}")).unwrap_or(Route::NotFound),
    };
    Some(route)
}

/// Recognizes a page path, treating control characters (which browsers never send unescaped) as
/// not found.
pub fn route_from_path(path: &str) -> Route {
    if path.chars().any(char::is_control) {
        return Route::NotFound;
    }
    Route::recognize(path).unwrap_or(Route::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    fn check(hash: &str, expected: Option<Route>) {
        assert_eq!(route_from_hash(hash, dataset()), expected, "{hash}");
    }

    #[test]
    fn hash_forms() {
        check("#/indicator/3", Some(Route::Indicator { id: 3 }));
        check("#/indicator/3/", Some(Route::Indicator { id: 3 }));
        check("#/task/7", Some(Route::Task { id: 7 }));
        check(
            "#/indicator/3?initialWidth=375&childId=yitu",
            Some(Route::Indicator { id: 3 }),
        );
        check(
            "#/department/health",
            Some(Route::Department {
                slug: "health".into(),
            }),
        );
        check(
            "#/department/%E5%8C%BA%E5%8D%AB%E7%94%9F%E5%81%A5%E5%BA%B7%E5%A7%94",
            Some(Route::Department {
                slug: "health".into(),
            }),
        );
        check(
            "#/department/区民政局",
            Some(Route::Department {
                slug: "civil-affairs".into(),
            }),
        );
        check("#/department/区外交部", Some(Route::NotFound));
        check("#/indicator/x", Some(Route::NotFound));
        check("#/nothing", Some(Route::NotFound));
        check("#/", Some(Route::Overview));
        check("", None);
        check("#", None);
        check("#main", None);
        check("#yitu=indicator-3", None);
        check("#/indicator/%00", Some(Route::NotFound));
        check("#/%00", Some(Route::NotFound));
    }

    #[test]
    fn paths_and_hrefs() {
        assert_eq!(
            Route::recognize("/indicator/3/"),
            Some(Route::Indicator { id: 3 })
        );
        assert_eq!(
            Route::recognize("/indicator/3"),
            Some(Route::Indicator { id: 3 })
        );
        assert_eq!(Route::recognize("/indicator/1e9/"), Some(Route::NotFound));
        assert_eq!(Route::recognize("/"), Some(Route::Overview));
        assert_eq!(Route::Overview.relative_href(), "./");
        assert_eq!(Route::Indicator { id: 3 }.relative_href(), "indicator/3/");
        assert_eq!(Route::Indicator { id: 3 }.depth(), 2);
        assert_eq!(Route::Overview.depth(), 0);
        assert_eq!(Route::NotFound.depth(), 1);
    }

    #[test]
    fn every_page_of_the_plan() {
        let routes = Route::all(dataset());
        assert_eq!(routes.len(), 1 + 10 + 16 + 18 + 1);
        assert!(routes
            .iter()
            .filter(|route| **route != Route::NotFound)
            .all(|route| route.exists_in(dataset())));
    }
}
