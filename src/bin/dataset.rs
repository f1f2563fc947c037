//! Converts the dataset between its JSON file and the editors' workbook.
//!
//! Usage:
//!   dataset json <in.xlsx|in.ods|in.json> <out.json>     the dataset as JSON, validated
//!   dataset workbook <in.json|in.xlsx|in.ods> <out.xlsx>  the dataset as a workbook
//!   dataset template <out.xlsx>                           a blank workbook for a new plan
//!
//! Every fault of the input is printed, one a line (`重点任务!E7: 未知部门：…` for a workbook,
//! the JSON path for a JSON file), and nothing is written.

use std::path::Path;
use std::process::ExitCode;

use yitu::site::{faults_in_words, read_dataset_file};
use yitu::workbook::{template_bytes, workbook_bytes};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [command, output] = args.as_slice() {
        if command == "template" {
            let written = template_bytes()
                .map_err(|error| error.to_string())
                .and_then(|bytes| write(Path::new(output), &bytes));
            return finish(output, written);
        }
    }
    let [command, input, output] = args.as_slice() else {
        eprintln!("usage: dataset json|workbook <in> <out>, or dataset template <out>");
        return ExitCode::from(2);
    };
    let dataset = match read_dataset_file(Path::new(input)) {
        Ok(dataset) => dataset,
        Err(faults) => {
            eprintln!("{}", faults_in_words("dataset", input, &faults));
            return ExitCode::FAILURE;
        }
    };
    let bytes = match command.as_str() {
        "json" => {
            let json = serde_json::to_string_pretty(&dataset).expect("a dataset serialises");
            Ok(format!("{json}\n").into_bytes())
        }
        "workbook" => workbook_bytes(&dataset).map_err(|error| error.to_string()),
        other => Err(format!("unknown command {other:?}: json or workbook")),
    };
    finish(
        output,
        bytes.and_then(|bytes| write(Path::new(output), &bytes)),
    )
}

/// Says what was written, or why not.
fn finish(output: &str, written: Result<(), String>) -> ExitCode {
    match written {
        Ok(()) => {
            println!("dataset: wrote {output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("dataset: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|error| format!("{}: {error}", path.display()))
}
