//! What a numeral reader must keep at every position: a number starts where
//! asked, ends after it on a character boundary, and its exact value prints
//! and reads back the same; a scan lists numbers left to right, apart.

use newsfacts_extract::decimal::Decimal;
use newsfacts_extract::numeral::Numeral;

/// Checks `parse` at every byte position of `s` and the numbers of `scan`.
pub fn check(
    s: &str,
    parse: fn(&str, usize) -> Option<Numeral>,
    scan: impl Iterator<Item = Numeral>,
) {
    for pos in 0..=s.len() {
        if let Some(n) = parse(s, pos) {
            valid(s, &n);
            assert_eq!(n.start, pos, "{s:?}: number at {pos} starts at {}", n.start);
        }
    }
    let mut last = 0;
    for n in scan {
        valid(s, &n);
        assert!(n.start >= last, "{s:?}: scan went back to {}", n.start);
        last = n.end;
    }
}

fn valid(s: &str, n: &Numeral) {
    assert!(n.start < n.end && n.end <= s.len(), "{s:?}: span {n:?}");
    assert!(
        s.is_char_boundary(n.start) && s.is_char_boundary(n.end),
        "{s:?}: span off char boundaries {n:?}"
    );
    let shown = n.value.to_string();
    assert_eq!(
        Decimal::parse(&shown).map(|d| d.to_string()).as_deref(),
        Some(shown.as_str()),
        "{s:?}: value does not read back"
    );
}
