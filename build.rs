//! Chooses the dataset embedded in the build: `YITU_DATASET` (a path) or the plan's own file. The
//! native build embeds its JSON and validates it (`model::parse`). The browser app reads only the
//! plan's index, which this writes as Rust with the model's own types (`crate::plan_index`; a native
//! test compares it with the dataset), so that the app on the phone holds no dataset.

use std::path::PathBuf;

// The dataset's types, shared with the crate; they print numbers with `format_number`.
#[allow(dead_code)]
#[path = "src/model/number.rs"]
mod number;
#[allow(dead_code)]
#[path = "src/model/types/mod.rs"]
mod types;
use number::format_number;

fn main() {
    println!("cargo:rerun-if-env-changed=YITU_DATASET");
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let path = match std::env::var("YITU_DATASET") {
        Ok(path) if !path.is_empty() => manifest.join(path),
        _ => manifest.join("src/data/dazu-2024-16.json"),
    };
    // A workbook is converted to JSON first (`make dist` does it): the build embeds JSON text.
    if path
        .extension()
        .is_some_and(|extension| extension != "json")
    {
        panic!(
            "YITU_DATASET {} is not a .json file: build with `make dist`, which converts a workbook first",
            path.display()
        );
    }
    let path = path
        .canonicalize()
        .unwrap_or_else(|error| panic!("YITU_DATASET {}: {error}", path.display()));
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rustc-env=YITU_DATASET_PATH={}", path.display());
    println!("cargo:rerun-if-changed=src/model/types");
    println!("cargo:rerun-if-changed=src/model/number.rs");
    let json = std::fs::read_to_string(&path).unwrap_or_default();
    let dataset = match serde_json::from_str::<types::Dataset>(&json) {
        Ok(dataset) => Some(dataset),
        Err(error) => {
            println!("cargo:warning=YITU_DATASET {}: {error}", path.display());
            None
        }
    };
    let index =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("plan_index.rs");
    std::fs::write(&index, plan_index(dataset.as_ref())).expect("OUT_DIR is writable");
    // The year the pages are built in, so that pre-rendered and hydrated pages agree on it.
    println!("cargo:rustc-env=YITU_BUILD_YEAR={}", build_year());
}

/// The plan's index as Rust (`plan_index::EMBEDDED_INDEX`): only what the app in the browser reads of
/// the plan, so that the WebAssembly holds neither the dataset nor its decoder. Empty if the JSON
/// does not fit the types.
fn plan_index(dataset: Option<&types::Dataset>) -> String {
    let Some(dataset) = dataset else {
        return "PlanIndexData { short_title: \"\", number: \"\", indicators: &[], tasks: &[], departments: &[] }".to_owned();
    };
    let indicators: Vec<u32> = dataset
        .indicators
        .iter()
        .map(|indicator| indicator.id)
        .collect();
    let tasks: Vec<u32> = dataset
        .sections
        .iter()
        .flat_map(|section| section.tasks.iter().map(|task| task.id))
        .collect();
    let departments: Vec<(&str, &str)> = dataset
        .departments
        .iter()
        .map(|department| (department.slug.as_str(), department.name.as_str()))
        .collect();
    // Debug formatting writes Rust literals: strings quoted and escaped, slices bracketed.
    format!(
        "PlanIndexData {{ short_title: {:?}, number: {:?}, indicators: &{:?}, tasks: &{:?}, departments: &{:?} }}",
        dataset.document.short_title, dataset.document.number, indicators, tasks, departments
    )
}

/// The calendar year (UTC) at build time, from the days since 1970 (Howard Hinnant's civil-from-days).
fn build_year() -> i64 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or(0);
    let z = seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}
