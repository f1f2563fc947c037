//! Drafts the editors' workbook from a plan's notice: the dataset as far as the notice tells it,
//! and a 待核对 sheet listing every cell the importer inferred or was unsure of. The import itself
//! is `yitu::import::import_notice`, the same as the builder page's.
//!
//! Usage: import <notice.txt|notice.html|notice.docx> <draft.xlsx>

use std::path::Path;
use std::process::ExitCode;

use yitu::import::{import_notice, Imported};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: import <notice.txt|.html|.docx> <draft.xlsx>");
        return ExitCode::from(2);
    };
    match run(Path::new(input), Path::new(output)) {
        Ok(imported) => {
            println!("import: wrote {output}: {}", imported.summary());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("import: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the notice, drafts it (by its extension) and writes the workbook.
fn run(input: &Path, output: &Path) -> Result<Imported, String> {
    let bytes = std::fs::read(input).map_err(|error| format!("{}: {error}", input.display()))?;
    let imported = import_notice(&bytes, &input.display().to_string())?;
    if let Some(note) = &imported.note {
        eprintln!("import: {}: {note}", input.display());
    }
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(output, &imported.workbook)
        .map_err(|error| format!("{}: {error}", output.display()))?;
    Ok(imported)
}
