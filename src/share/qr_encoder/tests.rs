//! The encoder against the standard's capacities and its own invariants.

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
