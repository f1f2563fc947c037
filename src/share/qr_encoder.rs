//! A QR code encoder for the one kind of code the widget draws: a link, in byte mode, at
//! error-correction level M, in the smallest version (1–40) that holds it.
//!
//! It is written here rather than taken from the `qrcode` crate for the phone's sake: that crate
//! (every mode and level, Micro QR, segment optimisation) was 12.6 KB brotli of the app, about a tenth
//! of it. The steps and their names follow ISO/IEC 18004 as Project Nayuki's reference generator
//! lays them out. `tests/share` decodes its codes with an independent decoder (rqrr).

/// Level M's error-correction codewords per block, by version (1–40).
const ECC_PER_BLOCK: [u8; 40] = [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];

/// Level M's error-correction blocks, by version (1–40).
const BLOCKS: [u8; 40] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25,
    26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// The format information's two bits for level M.
const LEVEL_M_FORMAT_BITS: u32 = 0;

/// The modules of the code of `bytes`, row by row (`true` is dark), and the modules per side;
/// `None` if no version holds them.
pub fn encode(bytes: &[u8]) -> Option<(usize, Vec<bool>)> {
    let version = (1..=40).find(|&version| data_bits(version, bytes.len()) <= capacity(version))?;
    let codewords = with_error_correction(version, &data_codewords(version, bytes));
    let mut symbol = Symbol::new(version);
    symbol.draw_function_patterns();
    symbol.draw_codewords(&codewords);
    let best_mask = (0..8)
        .min_by_key(|&mask| {
            symbol.apply_mask(mask);
            symbol.draw_format_bits(mask);
            let penalty = symbol.penalty();
            // Masking twice restores the modules.
            symbol.apply_mask(mask);
            penalty
        })
        .expect("eight masks");
    symbol.apply_mask(best_mask);
    symbol.draw_format_bits(best_mask);
    Some((symbol.size, symbol.dark))
}

/// Modules per side of a version.
fn size_of(version: usize) -> usize {
    version * 4 + 17
}

/// Bits of the character count in byte mode.
fn count_bits(version: usize) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

/// Bits that `length` bytes take: mode, count and data.
fn data_bits(version: usize, length: usize) -> usize {
    if length >= 1 << count_bits(version) {
        return usize::MAX;
    }
    4 + count_bits(version) + 8 * length
}

/// Modules left for data and error correction once the function patterns are drawn.
fn raw_data_modules(version: usize) -> usize {
    let mut modules = (16 * version + 128) * version + 64;
    if version >= 2 {
        let alignments = version / 7 + 2;
        modules -= (25 * alignments - 10) * alignments - 55;
        if version >= 7 {
            modules -= 36;
        }
    }
    modules
}

/// Data codewords of a version at level M.
fn data_codewords_of(version: usize) -> usize {
    raw_data_modules(version) / 8
        - usize::from(ECC_PER_BLOCK[version - 1]) * usize::from(BLOCKS[version - 1])
}

/// Data bits of a version at level M.
fn capacity(version: usize) -> usize {
    data_codewords_of(version) * 8
}

/// Byte mode: the mode, the count, the bytes, a terminator and the pad bytes, as codewords.
fn data_codewords(version: usize, bytes: &[u8]) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.push(0b0100, 4);
    bits.push(bytes.len() as u32, count_bits(version));
    for &byte in bytes {
        bits.push(u32::from(byte), 8);
    }
    let capacity = capacity(version);
    bits.push(0, (capacity - bits.len).min(4));
    bits.push(0, (8 - bits.len % 8) % 8);
    let mut codewords = bits.bytes;
    for pad in [0xec, 0x11].into_iter().cycle() {
        if codewords.len() * 8 >= capacity {
            break;
        }
        codewords.push(pad);
    }
    codewords
}

/// A bit buffer, filled from the most significant bit of each byte.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    /// Appends the lowest `count` bits of `value`, highest first.
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            *self.bytes.last_mut().expect("a byte was pushed") |= bit << (7 - self.len % 8);
            self.len += 1;
        }
    }
}

/// The data split into blocks, each followed by its Reed–Solomon codewords, interleaved.
fn with_error_correction(version: usize, data: &[u8]) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version - 1]);
    let ecc_len = usize::from(ECC_PER_BLOCK[version - 1]);
    let raw_codewords = raw_data_modules(version) / 8;
    let short_blocks = blocks - raw_codewords % blocks;
    let short_len = raw_codewords / blocks;
    let divisor = reed_solomon_divisor(ecc_len);
    let mut split = Vec::with_capacity(blocks);
    let mut start = 0;
    for block in 0..blocks {
        let data_len = short_len - ecc_len + usize::from(block >= short_blocks);
        let mut codewords = data[start..start + data_len].to_vec();
        start += data_len;
        let ecc = reed_solomon_remainder(&codewords, &divisor);
        if block < short_blocks {
            // A place-holder, so that every block is as long; it is skipped when interleaving.
            codewords.push(0);
        }
        codewords.extend(ecc);
        split.push(codewords);
    }
    let mut interleaved = Vec::with_capacity(raw_codewords);
    for i in 0..=short_len {
        for (block, codewords) in split.iter().enumerate() {
            if i != short_len - ecc_len || block >= short_blocks {
                interleaved.push(codewords[i]);
            }
        }
    }
    interleaved
}

/// The generator polynomial of a given degree, highest coefficient first, without its leading 1.
fn reed_solomon_divisor(degree: usize) -> Vec<u8> {
    let mut divisor = vec![0u8; degree];
    divisor[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            divisor[j] = gf_multiply(divisor[j], root);
            if j + 1 < degree {
                divisor[j] ^= divisor[j + 1];
            }
        }
        root = gf_multiply(root, 0x02);
    }
    divisor
}

/// The remainder of `data` divided by the generator polynomial: the error-correction codewords.
fn reed_solomon_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut remainder = vec![0u8; divisor.len()];
    for &byte in data {
        let factor = byte ^ remainder.remove(0);
        remainder.push(0);
        for (term, &coefficient) in remainder.iter_mut().zip(divisor) {
            *term ^= gf_multiply(coefficient, factor);
        }
    }
    remainder
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_multiply(x: u8, y: u8) -> u8 {
    let mut product: u32 = 0;
    for i in (0..8).rev() {
        product = (product << 1) ^ ((product >> 7) * 0x11d);
        product ^= ((u32::from(y) >> i) & 1) * u32::from(x);
    }
    product as u8
}

/// The modules of one symbol while it is drawn, and which of them are function patterns.
struct Symbol {
    version: usize,
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Symbol {
    fn new(version: usize) -> Self {
        let size = size_of(version);
        Symbol {
            version,
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        }
    }

    fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.size + x]
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        self.dark[y * self.size + x] = dark;
        self.function[y * self.size + x] = true;
    }

    fn draw_function_patterns(&mut self) {
        let size = self.size;
        for i in 0..size {
            self.set_function(6, i, i % 2 == 0);
            self.set_function(i, 6, i % 2 == 0);
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            self.draw_finder(x, y);
        }
        let positions = self.alignment_positions();
        let last = positions.len().saturating_sub(1);
        for (i, &y) in positions.iter().enumerate() {
            for (j, &x) in positions.iter().enumerate() {
                // The three corners with finder patterns have none.
                let at_finder = [(0, 0), (0, last), (last, 0)].contains(&(i, j));
                if !at_finder {
                    self.draw_alignment(x, y);
                }
            }
        }
        // Reserved now, drawn for each mask.
        self.draw_format_bits(0);
        self.draw_version();
    }

    /// A finder pattern centred on (x, y), with its light separator.
    fn draw_finder(&mut self, x: usize, y: usize) {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (xx, yy) = (x as i32 + dx, y as i32 + dy);
                if (0..self.size as i32).contains(&xx) && (0..self.size as i32).contains(&yy) {
                    let distance = dx.abs().max(dy.abs());
                    self.set_function(xx as usize, yy as usize, distance != 2 && distance != 4);
                }
            }
        }
    }

    fn draw_alignment(&mut self, x: usize, y: usize) {
        for dy in -2i32..=2 {
            for dx in -2i32..=2 {
                let dark = dx.abs().max(dy.abs()) != 1;
                self.set_function((x as i32 + dx) as usize, (y as i32 + dy) as usize, dark);
            }
        }
    }

    /// The centres of the alignment patterns along each axis.
    fn alignment_positions(&self) -> Vec<usize> {
        if self.version == 1 {
            return Vec::new();
        }
        let count = self.version / 7 + 2;
        let step = (self.version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
        let mut positions: Vec<usize> = (0..count - 1).map(|i| self.size - 7 - i * step).collect();
        positions.push(6);
        positions.reverse();
        positions
    }

    /// Level M and the mask, with their BCH code, in both copies; and the dark module.
    fn draw_format_bits(&mut self, mask: u32) {
        let data = LEVEL_M_FORMAT_BITS << 3 | mask;
        let mut remainder = data;
        for _ in 0..10 {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        }
        let bits = (data << 10 | remainder) ^ 0x5412;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..=5 {
            self.set_function(8, i, bit(i));
        }
        self.set_function(8, 7, bit(6));
        self.set_function(8, 8, bit(7));
        self.set_function(7, 8, bit(8));
        for i in 9..15 {
            self.set_function(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set_function(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set_function(8, size - 15 + i, bit(i));
        }
        self.set_function(8, size - 8, true);
    }

    /// The version and its BCH code, in both copies, from version 7.
    fn draw_version(&mut self) {
        if self.version < 7 {
            return;
        }
        let mut remainder = self.version as u32;
        for _ in 0..12 {
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1f25);
        }
        let bits = (self.version as u32) << 12 | remainder;
        for i in 0..18 {
            let dark = (bits >> i) & 1 == 1;
            let (a, b) = (self.size - 11 + i % 3, i / 3);
            self.set_function(a, b, dark);
            self.set_function(b, a, dark);
        }
    }

    /// The codewords' bits in the zigzag of two-module columns, right to left, skipping the
    /// vertical timing pattern.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vertical in 0..size {
                let y = if upward {
                    size - 1 - vertical
                } else {
                    vertical
                };
                for x in [right, right - 1] {
                    if !self.function[y * size + x] && i < codewords.len() * 8 {
                        self.dark[y * size + x] = (codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// Inverts the data modules that the mask pattern selects.
    fn apply_mask(&mut self, mask: u32) {
        for y in 0..self.size {
            for x in 0..self.size {
                let invert = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let index = y * self.size + x;
                if invert && !self.function[index] {
                    self.dark[index] = !self.dark[index];
                }
            }
        }
    }

    /// The standard's penalty of the symbol as it is: runs, 2×2 blocks, finder-like patterns and
    /// the balance of dark and light. The mask with the lowest is used.
    fn penalty(&self) -> usize {
        let size = self.size;
        let mut penalty = 0;
        for by_rows in [true, false] {
            for line in 0..size {
                let module = |along: usize| {
                    if by_rows {
                        self.is_dark(along, line)
                    } else {
                        self.is_dark(line, along)
                    }
                };
                let mut runs = RunHistory::new(size);
                let mut run_dark = false;
                let mut run_length = 0;
                for along in 0..size {
                    if module(along) == run_dark {
                        run_length += 1;
                        if run_length == 5 {
                            penalty += 3;
                        } else if run_length > 5 {
                            penalty += 1;
                        }
                    } else {
                        runs.add(run_length);
                        if !run_dark {
                            penalty += runs.finder_like() * 40;
                        }
                        run_dark = module(along);
                        run_length = 1;
                    }
                }
                penalty += runs.terminate(run_dark, run_length) * 40;
            }
        }
        for y in 0..size - 1 {
            for x in 0..size - 1 {
                let dark = self.is_dark(x, y);
                if dark == self.is_dark(x + 1, y)
                    && dark == self.is_dark(x, y + 1)
                    && dark == self.is_dark(x + 1, y + 1)
                {
                    penalty += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&dark| dark).count();
        let total = size * size;
        let steps = (dark * 20)
            .abs_diff(total * 10)
            .div_ceil(total)
            .saturating_sub(1);
        penalty + steps * 10
    }
}

/// The last seven run lengths of a row or column, newest first, for finding 1:1:3:1:1 patterns.
struct RunHistory {
    size: usize,
    runs: [usize; 7],
}

impl RunHistory {
    fn new(size: usize) -> Self {
        RunHistory { size, runs: [0; 7] }
    }

    fn add(&mut self, mut length: usize) {
        // The light border before the first run counts as part of it.
        if self.runs[0] == 0 {
            length += self.size;
        }
        self.runs.copy_within(0..6, 1);
        self.runs[0] = length;
    }

    /// How many finder-like patterns (dark 1:1:3:1:1 with 4 light on a side) end here.
    fn finder_like(&self) -> usize {
        let runs = &self.runs;
        let n = runs[1];
        let core = n > 0 && runs[2] == n && runs[3] == n * 3 && runs[4] == n && runs[5] == n;
        usize::from(core && runs[0] >= n * 4 && runs[6] >= n)
            + usize::from(core && runs[6] >= n * 4 && runs[0] >= n)
    }

    /// Ends the line, with the light border after it.
    fn terminate(&mut self, run_dark: bool, mut run_length: usize) -> usize {
        if run_dark {
            self.add(run_length);
            run_length = 0;
        }
        self.add(run_length + self.size);
        self.finder_like()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_m_byte_capacities_are_the_standards() {
        // ISO/IEC 18004, table 7: bytes at level M in versions 1–10, and in version 40.
        let capacities = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];
        for (version, bytes) in (1..=10).zip(capacities) {
            assert!(data_bits(version, bytes) <= capacity(version), "{version}");
            assert!(
                data_bits(version, bytes + 1) > capacity(version),
                "{version}"
            );
        }
        assert!(data_bits(40, 2331) <= capacity(40));
        assert!(data_bits(40, 2332) > capacity(40));
        assert!(encode(&[b'a'; 2332]).is_none());
    }

    #[test]
    fn the_generator_of_degree_two_is_the_standards() {
        // (x − α⁰)(x − α¹) = x² + 3x + 2.
        assert_eq!(reed_solomon_divisor(2), vec![3, 2]);
    }

    #[test]
    fn version_one_has_its_finder_patterns_and_timing() {
        let (size, dark) = encode(b"https://example.com/").unwrap();
        assert_eq!(size, 25);
        let at = |x: usize, y: usize| dark[y * size + x];
        // A finder's dark ring, light ring and dark core, along its top row and middle.
        assert!((0..7).all(|x| at(x, 0)));
        assert!(!at(1, 1) && at(2, 2) && at(3, 3));
        assert!(!at(7, 0), "the separator is light");
        assert!(
            (8..17).all(|x| at(x, 6) == (x % 2 == 0)),
            "the timing pattern alternates"
        );
        assert!(at(8, size - 8), "the dark module");
    }
}
