//! Chooses the dataset embedded in the build: `YITU_DATASET` (a path) or the plan's own file. It
//! is embedded twice: as JSON, which the native build validates (`model::parse`), and as bincode,
//! which `model::dataset` reads, so that the app on the phone parses no JSON. The model's own types
//! read the JSON here, so both forms hold the same data (a native test compares them).

use std::path::{Path, PathBuf};

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
    // A workbook is converted to JSON first (`make dist` does it): the app embeds JSON text.
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
    let binary =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    std::fs::write(&binary, encode(&path)).expect("OUT_DIR is writable");
    // The year the pages are built in, so that pre-rendered and hydrated pages agree on it.
    println!("cargo:rustc-env=YITU_BUILD_YEAR={}", build_year());
}

/// The dataset as bincode; empty if its JSON does not fit the types, which the site build and
/// `cargo test` then report with the JSON path of the fault.
fn encode(path: &Path) -> Vec<u8> {
    let json = std::fs::read_to_string(path).unwrap_or_default();
    match serde_json::from_str::<types::Dataset>(&json) {
        Ok(dataset) => bincode::encode_to_vec(&dataset, bincode::config::standard())
            .expect("a dataset encodes"),
        Err(error) => {
            println!("cargo:warning=YITU_DATASET {}: {error}", path.display());
            Vec::new()
        }
    }
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
