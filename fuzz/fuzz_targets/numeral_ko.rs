//! Fuzz the Korean numeral reader at every byte position of any text.
#![no_main]

#[allow(dead_code)]
#[path = "numeral_check.rs"]
mod numeral_check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        numeral_check::check(
            s,
            newsfacts_extract::numeral::parse_ko,
            newsfacts_extract::numeral::scan_ko(s),
        );
    }
});
