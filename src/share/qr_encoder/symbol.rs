//! The symbol: its function patterns, the codewords laid out in their zigzag, the mask chosen by
//! its penalty, and the format and version bits.

use super::{size_of, LEVEL_M_FORMAT_BITS};

/// The modules of one symbol while it is drawn, and which of them are function patterns.
pub(super) struct Symbol {
    version: usize,
    pub(super) size: usize,
    pub(super) dark: Vec<bool>,
    function: Vec<bool>,
}

impl Symbol {
    pub(super) fn new(version: usize) -> Self {
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

    pub(super) fn draw_function_patterns(&mut self) {
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
    pub(super) fn draw_format_bits(&mut self, mask: u32) {
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
    pub(super) fn draw_codewords(&mut self, codewords: &[u8]) {
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
    pub(super) fn apply_mask(&mut self, mask: u32) {
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
    pub(super) fn penalty(&self) -> usize {
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
    pub(super) size: usize,
    runs: [usize; 7],
}

impl RunHistory {
    pub(super) fn new(size: usize) -> Self {
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
