//! A zip read within bounds, whatever its directory claims: the number of its entries, checked on
//! opening, and the bytes they unpack to together, counted while unpacking (a zip bomb states small
//! sizes). The editors' workbook (`workbook::limits`) and a notice's .docx (`import::docx`) are
//! read through it, each with its own [`Limits`]; each says a refusal in its own words.

use std::io::{Cursor, Read, Take};

use zip::read::ZipFile;
use zip::ZipArchive;

/// A megabyte as the limits are written and said (`100 MB`): 1024 × 1024 bytes.
pub const MB: u64 = 1024 * 1024;

/// The bounds a zip is read within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most entries the zip may have.
    pub entries: usize,
    /// The most bytes the entries read may unpack to, together.
    pub unpacked_bytes: u64,
}

/// Why a zip, or an entry of it, is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a zip (the reader's reason).
    NotZip(String),
    /// More entries than the limit: how many.
    TooManyEntries(usize),
    /// The entries read unpack to more bytes than the limit.
    TooLarge,
    /// No entry of that name.
    Missing,
    /// An entry that cannot be unpacked (the reader's reason).
    Unreadable(String),
}

/// A zip opened within its limits, counting the bytes its entries unpack to.
pub struct BoundedZip<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    limits: Limits,
    unpacked: u64,
}

impl<'a> BoundedZip<'a> {
    /// Opens a zip, refusing one that is not a zip or has too many entries.
    pub fn open(bytes: &'a [u8], limits: Limits) -> Result<Self, Refusal> {
        let archive = ZipArchive::new(Cursor::new(bytes))
            .map_err(|error| Refusal::NotZip(error.to_string()))?;
        if archive.len() > limits.entries {
            return Err(Refusal::TooManyEntries(archive.len()));
        }
        Ok(BoundedZip {
            archive,
            limits,
            unpacked: 0,
        })
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.archive.len()
    }

    /// Whether the zip has no entry.
    pub fn is_empty(&self) -> bool {
        self.archive.len() == 0
    }

    /// The entry at `index`, to read within what is left of the limit; `None` where the zip cannot
    /// give it.
    pub fn entry(&mut self, index: usize) -> Option<Entry<'_, 'a>> {
        let file = self.archive.by_index(index).ok()?;
        Some(Entry::new(
            file,
            &mut self.unpacked,
            self.limits.unpacked_bytes,
        ))
    }

    /// The entry of that name, unpacked whole within what is left of the limit.
    pub fn read_named(&mut self, name: &str) -> Result<Vec<u8>, Refusal> {
        let file = self.archive.by_name(name).map_err(|_| Refusal::Missing)?;
        Entry::new(file, &mut self.unpacked, self.limits.unpacked_bytes).read_all()
    }
}

/// An entry being unpacked: its reading stops one byte past what is left of the limit, and every
/// byte read counts against it.
pub struct Entry<'z, 'a> {
    name: String,
    stated: u64,
    reader: Take<ZipFile<'z, Cursor<&'a [u8]>>>,
    unpacked: &'z mut u64,
    limit: u64,
}

impl<'z, 'a> Entry<'z, 'a> {
    fn new(file: ZipFile<'z, Cursor<&'a [u8]>>, unpacked: &'z mut u64, limit: u64) -> Self {
        let left = limit.saturating_sub(*unpacked);
        Entry {
            name: file.name().to_owned(),
            stated: file.size(),
            reader: file.take(left + 1),
            unpacked,
            limit,
        }
    }

    /// The entry's name in the zip.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Unpacks what is left of the entry, only to count it (a reading error ends it, uncounted
    /// further), and refuses the zip once the entries read so far are past the limit.
    pub fn finish(mut self) -> Result<(), Refusal> {
        std::io::copy(&mut self, &mut std::io::sink()).ok();
        self.within_limit()
    }

    /// The whole entry: refused at once where its stated size is past what is left of the limit,
    /// and where its unpacked bytes are.
    pub fn read_all(mut self) -> Result<Vec<u8>, Refusal> {
        if self.stated > self.limit.saturating_sub(*self.unpacked) {
            return Err(Refusal::TooLarge);
        }
        let mut bytes = Vec::new();
        self.read_to_end(&mut bytes)
            .map_err(|error| Refusal::Unreadable(error.to_string()))?;
        self.within_limit().map(|()| bytes)
    }

    fn within_limit(&self) -> Result<(), Refusal> {
        if *self.unpacked > self.limit {
            Err(Refusal::TooLarge)
        } else {
            Ok(())
        }
    }
}

impl Read for Entry<'_, '_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let read = self.reader.read(buffer)?;
        *self.unpacked += read as u64;
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A zip of these entries, deflated.
    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    const LIMITS: Limits = Limits {
        entries: 2,
        unpacked_bytes: 10,
    };

    #[test]
    fn entries_are_counted_on_opening() {
        let three = zip(&[("a", b"1"), ("b", b"2"), ("c", b"3")]);
        assert_eq!(
            BoundedZip::open(&three, LIMITS).err(),
            Some(Refusal::TooManyEntries(3))
        );
        assert!(matches!(
            BoundedZip::open(b"PK not a zip", LIMITS).err(),
            Some(Refusal::NotZip(_))
        ));
    }

    #[test]
    fn unpacked_bytes_are_counted_across_entries() {
        let bytes = zip(&[("a", b"123456"), ("b", b"12345")]);
        let mut zip = BoundedZip::open(&bytes, LIMITS).unwrap();
        assert_eq!(zip.read_named("a"), Ok(b"123456".to_vec()));
        let mut entry = zip.entry(1).unwrap();
        assert_eq!(entry.name(), "b");
        let mut first = [0; 2];
        entry.read_exact(&mut first).unwrap();
        assert_eq!(entry.finish(), Err(Refusal::TooLarge));

        let mut zip = BoundedZip::open(&bytes, LIMITS).unwrap();
        assert_eq!(zip.read_named("b"), Ok(b"12345".to_vec()));
        assert_eq!(zip.read_named("a"), Err(Refusal::TooLarge));
        assert_eq!(zip.read_named("c"), Err(Refusal::Missing));
    }
}
