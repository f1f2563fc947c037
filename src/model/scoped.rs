//! Natively, another dataset than the embedded one can be rendered: the property tests build a
//! site from each dataset they generate, in one process. The browser always shows the embedded one.

use std::cell::Cell;

use super::Dataset;

thread_local! {
    static SCOPED: Cell<Option<&'static Dataset>> = const { Cell::new(None) };
}

/// Runs `render` with [`super::dataset`] returning `dataset` on this thread, and restores the
/// dataset it returned before when `render` ends, or panics.
pub fn with_dataset<R>(dataset: &'static Dataset, render: impl FnOnce() -> R) -> R {
    /// Puts the previous dataset back when dropped.
    struct Restore(Option<&'static Dataset>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|scoped| scoped.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|scoped| scoped.replace(Some(dataset))));
    render()
}

/// The dataset set by [`with_dataset`] on this thread, if any.
pub(super) fn scoped_dataset() -> Option<&'static Dataset> {
    SCOPED.with(Cell::get)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset;

    #[test]
    fn another_dataset_is_shown_while_set_and_the_previous_one_after() {
        let embedded = dataset();
        let mut other = embedded.clone();
        other.indicators.truncate(1);
        let other: &'static Dataset = Box::leak(Box::new(other));
        let seen = with_dataset(other, || {
            let inner = with_dataset(embedded, || dataset().indicators.len());
            (dataset().indicators.len(), inner)
        });
        assert_eq!(seen, (1, embedded.indicators.len()));
        assert!(std::ptr::eq(dataset(), embedded));
    }
}
