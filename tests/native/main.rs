//! The native tests, one binary: each module is what used to be a test binary of its own under
//! `tests/`. One binary links the crate once instead of sixteen times, and its tests share the
//! machine's cores instead of running binary after binary. Fixtures stay where they were
//! (`tests/fixtures/`, `tests/workbook/`, `tests/import/corpus/`).
//!
//! `make check` (the quick tier) runs it with a few of the generated plans and hostile links;
//! `make test` sets `YITU_SLOW_TESTS` and runs them all. `make import-score` runs `import::corpus`.

mod common;

mod broken_datasets;
mod broken_workbooks;
mod csv_columns;
mod dataset;
mod generated_sites;
mod hostile;
mod hostile_links;
mod import;
mod import_to_site;
mod owners;
mod share;
mod site_files;
mod target_shapes;
mod workbook_limits;
mod workbook_ods;
mod workbook_round_trip;
