//! Every view's URL. Routes are real pages (`indicator/3/`); the hash form (`#/indicator/3`) maps onto them.

use crate::model::Dataset;
use crate::plan_index::PlanIndex;

/// The widget's views. Paths are relative to the widget's root (its `<base href>`): `/`,
/// `/indicator/3/`, `/task/7/`, `/department/health/`, and `/404/` for not found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Overview,
    Indicator { id: u32 },
    Task { id: u32 },
    Department { slug: String },
    NotFound,
}

impl Route {
    /// The view's path below the widget's root, such as `/indicator/3/`.
    pub fn to_path(&self) -> String {
        match self {
            Route::Overview => "/".to_owned(),
            Route::Indicator { id } => format!("/indicator/{id}/"),
            Route::Task { id } => format!("/task/{id}/"),
            Route::Department { slug } => format!("/department/{slug}/"),
            Route::NotFound => "/404/".to_owned(),
        }
    }

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

    /// The view's page file relative to the widget's root, as the build writes it and the app
    /// fetches it: `index.html`, `indicator/3/index.html`, `404.html`.
    pub fn page_file(&self) -> String {
        match self {
            Route::Overview => "index.html".to_owned(),
            Route::NotFound => "404.html".to_owned(),
            route => format!("{}index.html", route.relative_href()),
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

    /// Whether the plan has what this route names.
    pub fn exists_in(&self, plan: &PlanIndex) -> bool {
        match self {
            Route::Overview => true,
            Route::Indicator { id } => plan.has_indicator(*id),
            Route::Task { id } => plan.has_task(*id),
            Route::Department { slug } => plan.department_slug(slug) == Some(slug.as_str()),
            Route::NotFound => false,
        }
    }
}

/// Every way an address names a view: a path, a location hash, an article's `#yitu=` key.
impl Route {
    /// Maps a location hash such as `#/indicator/3` or `#/department/%E5%8C%BA…` onto a route.
    ///
    /// Returns `None` for hashes that are not routes (empty, `#main`, `#yitu=…`), so the page keeps its view.
    /// Query strings that embedding hosts append (`#/indicator/3?initialWidth=375`) are ignored.
    /// A department may be named by its slug or by its Chinese name.
    pub fn from_hash(hash: &str, plan: &PlanIndex) -> Option<Route> {
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
            ["department", name] => match plan.department_slug(name) {
                Some(slug) => Route::Department {
                    slug: slug.to_owned(),
                },
                None => Route::NotFound,
            },
            _ => Route::from_path(&format!("/{decoded}")),
        };
        Some(route)
    }

    /// The view a path below the widget's root names: `/indicator/3/` (the last slash may be left
    /// out, and a page file's `index.html` too). Anything else, and control characters (which
    /// browsers never send unescaped), is not found.
    pub fn from_path(path: &str) -> Route {
        if path.chars().any(char::is_control) {
            return Route::NotFound;
        }
        let Some(path) = path.strip_prefix('/') else {
            return Route::NotFound;
        };
        // A page file is a folder's `index.html`: `indicator/3index.html` names no page.
        let path = match path.strip_suffix("index.html") {
            Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
            _ => path,
        };
        let path = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = path.split('/').collect();
        let id = |text: &str| text.parse::<u32>().ok();
        match parts.as_slice() {
            [""] => Route::Overview,
            ["indicator", text] => id(text).map_or(Route::NotFound, |id| Route::Indicator { id }),
            ["task", text] => id(text).map_or(Route::NotFound, |id| Route::Task { id }),
            ["department", slug] if !slug.is_empty() => Route::Department {
                slug: (*slug).to_owned(),
            },
            _ => Route::NotFound,
        }
    }

    /// A view's key in an article's fragment: `indicator-3`, `task-7`, `department-health`. The overview
    /// and the not-found view have none (the article itself shows the overview).
    pub fn share_key(&self) -> Option<String> {
        match self {
            Route::Indicator { id } => Some(format!("indicator-{id}")),
            Route::Task { id } => Some(format!("task-{id}")),
            Route::Department { slug } => Some(format!("department-{}", urlencoding::encode(slug))),
            Route::Overview | Route::NotFound => None,
        }
    }

    /// The view an article's `#yitu=` key names, if the dataset has it. A department may be named by its
    /// slug or its Chinese name, percent-encoded or not.
    pub fn from_share_key(key: &str, plan: &PlanIndex) -> Option<Route> {
        let key = key.strip_prefix('#').unwrap_or(key);
        let key = key.strip_prefix("yitu=").unwrap_or(key);
        let (kind, name) = key.split_once('-')?;
        let route = match kind {
            "indicator" => Route::Indicator {
                id: name.parse().ok()?,
            },
            "task" => Route::Task {
                id: name.parse().ok()?,
            },
            "department" => {
                let name = urlencoding::decode(name).ok()?;
                Route::Department {
                    slug: plan.department_slug(&name)?.to_owned(),
                }
            }
            _ => return None,
        };
        route.exists_in(plan).then_some(route)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_plan as dataset;

    fn check(hash: &str, expected: Option<Route>) {
        let index = PlanIndex::of(dataset());
        assert_eq!(Route::from_hash(hash, &index), expected, "{hash}");
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
            Route::from_path("/indicator/3/"),
            Route::Indicator { id: 3 }
        );
        assert_eq!(Route::from_path("/indicator/3"), Route::Indicator { id: 3 });
        assert_eq!(
            Route::from_path("/indicator/3/index.html"),
            Route::Indicator { id: 3 }
        );
        assert_eq!(Route::from_path("/indicator/1e9/"), Route::NotFound);
        assert_eq!(Route::from_path("/indicator/3/extra/"), Route::NotFound);
        assert_eq!(Route::from_path("/indicator//"), Route::NotFound);
        assert_eq!(Route::from_path("//indicator/3/"), Route::NotFound);
        assert_eq!(Route::from_path("/department/"), Route::NotFound);
        assert_eq!(
            Route::from_path("/department/health"),
            Route::Department {
                slug: "health".into()
            }
        );
        assert_eq!(Route::from_path("/"), Route::Overview);
        assert_eq!(Route::from_path("/index.html"), Route::Overview);
        assert_eq!(Route::from_path("/indicator/3index.html"), Route::NotFound);
        assert_eq!(
            Route::from_path("/department/healthindex.html"),
            Route::Department {
                slug: "healthindex.html".into()
            },
            "a slug the plan does not have"
        );
        assert_eq!(Route::from_path(""), Route::NotFound);
        assert_eq!(Route::from_path("/404/"), Route::NotFound);
        for route in Route::all(dataset()) {
            assert_eq!(Route::from_path(&route.to_path()), route);
        }
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
            .all(|route| route.exists_in(&PlanIndex::of(dataset()))));
    }
}
