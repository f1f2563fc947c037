//! The site as one `.zip`, as the builder page downloads it: every file deflated, in path order,
//! each with the same fixed time, so that the same files always give the same bytes.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// The zip of `files` (each a path inside the site and its bytes).
pub fn site_zip(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (path, bytes) in sorted {
        zip.start_file(path.as_str(), options)
            .map_err(|error| format!("{path}: {error}"))?;
        zip.write_all(bytes)
            .map_err(|error| format!("{path}: {error}"))?;
    }
    let cursor = zip.finish().map_err(|error| error.to_string())?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::site_zip;

    #[test]
    fn every_file_reads_back_the_same_and_the_bytes_repeat() {
        let files = vec![
            (
                "index.html".to_owned(),
                "<p>一图读懂</p>".as_bytes().to_vec(),
            ),
            ("data/plan.xlsx".to_owned(), vec![0, 1, 2, 255]),
        ];
        let zipped = site_zip(&files).unwrap();
        assert_eq!(zipped, site_zip(&files).unwrap());
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zipped)).unwrap();
        assert_eq!(archive.len(), 2);
        assert_eq!(archive.by_index(0).unwrap().name(), "data/plan.xlsx");
        for (path, bytes) in &files {
            let mut read = Vec::new();
            archive
                .by_name(path)
                .unwrap()
                .read_to_end(&mut read)
                .unwrap();
            assert_eq!(&read, bytes, "{path}");
        }
    }
}
