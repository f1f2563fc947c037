//! A QR code encoder for the one kind of code the widget draws: a link, in byte mode, at
//! error-correction level M, in the smallest version (1–40) that holds it.
//!
//! It is written here rather than taken from the `qrcode` crate for the phone's sake: that crate
//! (every mode and level, Micro QR, segment optimisation) was 12.6 KB brotli of the app, about a tenth
//! of it. The steps and their names follow ISO/IEC 18004 as Project Nayuki's reference generator
//! lays them out. `tests/native/share` decodes its codes with an independent decoder (rqrr).

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

mod symbol;

use symbol::Symbol;
#[cfg(test)]
mod tests;
