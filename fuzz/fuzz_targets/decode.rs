//! Fuzz the decoder: any bytes decode to non-blank text or a named error,
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts_text::decode::{check_text, decode, DecodeError};

fuzz_target!(|data: &[u8]| {
    match decode(data) {
        Ok(d) => {
            assert!(
                check_text(&d.text).is_ok(),
                "decoded text fails its own check"
            );
        }
        Err(DecodeError::Undecodable { offset }) => {
            assert!(
                offset <= data.len(),
                "offset {offset} past {} bytes",
                data.len()
            );
        }
        Err(DecodeError::Binary { offset }) => {
            // For UTF-16 and CP949 input the offset counts bytes of the decoded
            // UTF-8 text (up to 3 bytes for every 2 of input), not of the file.
            assert!(
                offset <= data.len() / 2 * 3 + 3,
                "offset {offset} past the text"
            );
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
