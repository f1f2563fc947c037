//! Drafts the editors' workbook from a plan's notice: the dataset as far as the notice tells it,
//! and a 待核对 sheet listing every cell the importer inferred or was unsure of.
//!
//! Usage: import <notice.txt|notice.html|notice.docx> <draft.xlsx>

use std::path::Path;
use std::process::ExitCode;

use yitu::import::{import_docx, import_html, import_text_bytes, Draft};
use yitu::workbook::workbook_with_review;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: import <notice.txt|.html|.docx> <draft.xlsx>");
        return ExitCode::from(2);
    };
    match run(Path::new(input), Path::new(output)) {
        Ok(draft) => {
            println!(
                "import: wrote {output}: {} 个指标、{} 项任务、{} 个部门；待核对 {} 项",
                draft.dataset.indicators.len(),
                draft.dataset.tasks().count(),
                draft.dataset.departments.len(),
                draft.review.len()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("import: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the notice by its extension, drafts it and writes the workbook.
fn run(input: &Path, output: &Path) -> Result<Draft, String> {
    let bytes = std::fs::read(input).map_err(|error| format!("{}: {error}", input.display()))?;
    let extension = input
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let text = || {
        String::from_utf8(bytes.clone())
            .map_err(|_| format!("{}: 不是 UTF-8 文本（请另存为 UTF-8）", input.display()))
    };
    let draft = match extension.as_str() {
        "docx" => import_docx(&bytes).map_err(|error| format!("{}: {error}", input.display()))?,
        "html" | "htm" => import_html(&text()?),
        "txt" | "text" => {
            let draft = import_text_bytes(&bytes);
            if std::str::from_utf8(&bytes).is_err() {
                eprintln!(
                    "import: {}: 不是 UTF-8，已按 GB18030（GBK）解码",
                    input.display()
                );
            }
            draft
        }
        other => {
            return Err(format!(
                "{}: 不认识的扩展名 {other:?}：应为 .txt、.html 或 .docx",
                input.display()
            ))
        }
    };
    let workbook =
        workbook_with_review(&draft.dataset, &draft.review).map_err(|error| error.to_string())?;
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(output, workbook).map_err(|error| format!("{}: {error}", output.display()))?;
    Ok(draft)
}
