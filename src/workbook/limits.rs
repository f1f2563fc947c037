//! The limits a workbook is read within, checked before calamine opens it, so that a hostile file
//! ends in a clear fault in bounded memory (in `make site` and in the editor's browser alike).
//!
//! An .xlsx or .ods file is a zip of XML parts, read through `crate::bounded_zip`: a zip bomb is
//! stopped by the number of parts and by the bytes they unpack to, counted while unpacking,
//! whatever the zip claims. A sheet of a million rows, or one cell far down or far right, would
//! make calamine allocate every cell of the rectangle up to it: the sheets' XML is scanned,
//! streamed, for the last row and column that hold a cell (`sheet_extent`), and the file is
//! refused past `MAX_ROWS` or `MAX_COLUMNS`. An .xls file is not a zip; it is read by calamine as
//! it is (see docs/builder.md).

use super::sheet_extent::{sheet_extent, Bounds, Extent};
use crate::bounded_zip::{BoundedZip, Limits, Refusal, MB};

/// The most bytes a dataset file may have (the plan's workbook is about 40 KB, the largest
/// generated plan's under 1 MB). The builder page refuses a larger file before reading it.
pub const MAX_FILE_BYTES: usize = 20 * MB as usize;
/// The most parts a workbook's zip may have (Excel and WPS write a few dozen), and the most bytes
/// all of them may unpack to, together.
pub const ZIP_LIMITS: Limits = Limits {
    entries: 1000,
    unpacked_bytes: 100 * MB,
};
/// The most rows a sheet may use (the largest generated plan uses about 200).
pub const MAX_ROWS: u64 = 10_000;
/// The most columns a sheet may use (the widest sheet of the layout has about 20).
pub const MAX_COLUMNS: u64 = 200;

const BOUNDS: Bounds = Bounds {
    rows: MAX_ROWS,
    columns: MAX_COLUMNS,
};

/// Checks a dataset file's size, and a zipped workbook's parts and sheets, against the limits.
/// The message says which limit, in words for an editor.
pub fn check_limits(bytes: &[u8]) -> Result<(), String> {
    check_size(bytes)?;
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let mut zip = match BoundedZip::open(bytes, ZIP_LIMITS) {
        Ok(zip) => zip,
        Err(Refusal::TooManyEntries(count)) => {
            return Err(format!(
                "文件里有 {count} 个部件，超过 {} 个的上限：这不是 WPS 或 Excel 保存的表格",
                ZIP_LIMITS.entries
            ))
        }
        // Not a readable zip: calamine says so in its own words.
        Err(_) => return Ok(()),
    };
    for index in 0..zip.len() {
        let Some(mut part) = zip.entry(index) else {
            continue;
        };
        let name = part.name().to_owned();
        let used = is_sheet_part(&name)
            .then(|| sheet_extent(&mut part, name.ends_with("content.xml"), BOUNDS))
            .flatten();
        // What the scan did not read still counts.
        if part.finish().is_err() {
            return Err(format!(
                "文件解压后超过 {} MB 的上限（可能是“压缩炸弹”）：请用 WPS 或 Excel 另存为新文件",
                ZIP_LIMITS.unpacked_bytes / MB
            ));
        }
        if let Some(extent) = used {
            check_extent(&extent)?;
        }
    }
    Ok(())
}

/// Checks a dataset file's size (JSON or workbook).
pub fn check_size(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "文件有 {:.1} MB，超过 {} MB 的上限",
            bytes.len() as f64 / MB as f64,
            MAX_FILE_BYTES / MB as usize
        ));
    }
    Ok(())
}

/// The parts that hold cells: an .xlsx file's worksheets, an .ods file's content.
fn is_sheet_part(name: &str) -> bool {
    (name.starts_with("xl/worksheets/") && name.ends_with(".xml")) || name == "content.xml"
}

/// A sheet's extent against `MAX_ROWS` and `MAX_COLUMNS`.
fn check_extent(extent: &Extent) -> Result<(), String> {
    let sheet = match &extent.sheet {
        Some(name) => format!("工作表“{name}”"),
        None => "有一张工作表".to_owned(),
    };
    if extent.rows > MAX_ROWS {
        return Err(format!(
            "{sheet}用到了第 {} 行，超过 {MAX_ROWS} 行的上限：请删除多余的行",
            extent.rows
        ));
    }
    if extent.columns > MAX_COLUMNS {
        return Err(format!(
            "{sheet}用到了第 {} 列，超过 {MAX_COLUMNS} 列的上限：请删除多余的列",
            extent.columns
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extent(sheet: Option<&str>, rows: u64, columns: u64) -> Extent {
        Extent {
            sheet: sheet.map(str::to_owned),
            rows,
            columns,
        }
    }

    #[test]
    fn a_sheet_past_a_bound_is_named_in_the_fault() {
        assert_eq!(check_extent(&extent(Some("主要目标"), 10_000, 200)), Ok(()));
        assert_eq!(
            check_extent(&extent(Some("重点任务"), 20_000, 1)),
            Err(
                "工作表“重点任务”用到了第 20000 行，超过 10000 行的上限：请删除多余的行".to_owned()
            )
        );
        assert_eq!(
            check_extent(&extent(None, 1, 201)),
            Err("有一张工作表用到了第 201 列，超过 200 列的上限：请删除多余的列".to_owned())
        );
    }
}
