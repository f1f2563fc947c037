//! Writes a plan's site into a folder that holds the built app (`make app` builds it into
//! `target/app/`): a pre-rendered page file for every view with its charts drawn inline (by Node
//! and ECharts, see `site::charts`), the drawings, the CSV downloads, the workbook and the share
//! cards. The dataset is read and checked first: on any fault nothing is written, and every fault
//! is listed by its JSON path or its cell.
//!
//! Usage: `site <dataset.json|.xlsx|.xls|.ods> <folder>`. `YITU_PUBLIC_URL` and `YITU_PUBLIC_PATH`
//! say where the widget will be served (README, "Making a site").

use std::path::PathBuf;
use std::process::ExitCode;

use yitu::site::{faults_in_words, read_dataset_file, write_site, SiteOptions};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dataset_file, folder] = args.as_slice() else {
        eprintln!("usage: site <dataset.json|.xlsx|.xls|.ods> <folder holding the app>");
        return ExitCode::from(2);
    };
    let dataset = match read_dataset_file(&PathBuf::from(dataset_file)) {
        Ok(dataset) => dataset,
        Err(faults) => {
            eprintln!("{}", faults_in_words("site", dataset_file, &faults));
            return ExitCode::FAILURE;
        }
    };
    let folder = PathBuf::from(folder);
    match options().and_then(|options| write_site(&folder, &dataset, &options)) {
        Ok(count) => {
            println!(
                "site: wrote {count} pages, their charts, 3 CSV files and the workbook into {}",
                folder.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("site: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The year it is, and where the widget will be served, from `YITU_PUBLIC_URL` and
/// `YITU_PUBLIC_PATH`.
fn options() -> Result<SiteOptions, String> {
    let set = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let public_url = match set("YITU_PUBLIC_URL") {
        // Absolute og:image URLs and QR codes on the cards need the widget's public URL.
        Some(url) => Some(
            yitu::share::public_url(&url)
                .ok_or(format!("YITU_PUBLIC_URL must be an http(s) URL: {url}"))?,
        ),
        None => None,
    };
    let (year, month, day) = build_date();
    Ok(SiteOptions {
        build_year: u16::try_from(year).unwrap_or(u16::MAX),
        public_url,
        public_path: set("YITU_PUBLIC_PATH"),
        made_on: format!("{year:04}-{month:02}-{day:02}"),
    })
}

/// The day the site is made (UTC): `SOURCE_DATE_EPOCH`'s, where it is set (the reproducible-builds
/// convention, which the tests use so that no build depends on the clock), else today.
fn build_date() -> (i64, i64, i64) {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| value.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|elapsed| elapsed.as_secs() as i64)
                .unwrap_or(0)
        });
    civil_from_days(seconds.div_euclid(86_400))
}

/// The calendar day of a count of days since 1970-01-01 (Howard Hinnant's civil-from-days).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn days_become_calendar_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        // 2024-02-29 and 2026-12-06, as any calendar counts them from 1970.
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_793), (2026, 12, 6));
    }
}
