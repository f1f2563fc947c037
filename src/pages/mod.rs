//! One file per view.

mod department;
mod indicator;
mod not_found;
mod overview;
mod task;

pub use department::DepartmentPage;
pub use indicator::IndicatorPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use task::TaskPage;
