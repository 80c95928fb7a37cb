//! A hand-written JSON writer for the one row that is written for every
//! sentence: escaping the sentence text was the largest cost of serde_json in
//! a run. Its output is byte-identical to `serde_json::to_writer` (tested
//! below against serde_json on random text).

use crate::SentenceRowRef;

/// Whether any byte of the 8 in `w` needs escaping in a JSON string:
/// a control byte (< 0x20), `"` or `\`.
fn word_needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    // Bytes below 0x20: subtracting 0x20 borrows into the high bit, except for
    // bytes that already had it (non-ASCII), which `!w` masks out.
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGHS;
    control | has_zero(w ^ (ONES * b'"' as u64)) | has_zero(w ^ (ONES * b'\\' as u64)) != 0
}

/// Appends `s` as a JSON string (quoted and escaped as serde_json does).
pub fn write_str(buf: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        if i + 8 <= bytes.len() {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[i..i + 8]);
            if !word_needs_escape(u64::from_le_bytes(w)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 15) as usize],
            ],
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&bytes[done..i]);
        buf.extend_from_slice(esc);
        i += 1;
        done = i;
    }
    buf.extend_from_slice(&bytes[done..]);
    buf.push(b'"');
}

/// Appends an unsigned integer in decimal.
fn write_usize(buf: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

impl SentenceRowRef<'_> {
    /// Appends the row as one line of `sentences.jsonl`, newline included:
    /// the same bytes as `serde_json::to_writer` followed by `\n`.
    pub fn write_line(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(b"{\"doc_id\":");
        write_str(buf, self.doc_id);
        buf.extend_from_slice(b",\"index\":");
        write_usize(buf, self.index);
        buf.extend_from_slice(b",\"start\":");
        write_usize(buf, self.start);
        buf.extend_from_slice(b",\"end\":");
        write_usize(buf, self.end);
        buf.extend_from_slice(b",\"lang\":\"");
        buf.extend_from_slice(self.lang.as_str().as_bytes());
        buf.extend_from_slice(b"\",\"text\":");
        write_str(buf, self.text);
        buf.extend_from_slice(b"}\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn serde_line(row: &SentenceRowRef) -> Vec<u8> {
        let mut v = serde_json::to_vec(row).expect("serializes");
        v.push(b'\n');
        v
    }

    /// Random strings over an alphabet dense in bytes that need escaping,
    /// near-misses (`!`, `#`, `[`, `]`, 0x7f) and multi-byte characters.
    #[test]
    fn write_line_matches_serde_json_on_random_text() {
        let alphabet: Vec<char> = (0u32..0x30)
            .chain([
                0x5b, 0x5c, 0x5d, 0x7e, 0x7f, 0x80, 0xa0, 0x2028, 0xac00, 0x1f600,
            ])
            .chain(0x41..0x45)
            .filter_map(char::from_u32)
            .collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..5000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let id = format!("d\"{round}\\");
            let row = SentenceRowRef {
                doc_id: &id,
                index: round,
                start: (next() % 1_000_000) as usize,
                end: usize::MAX - round,
                lang: [Lang::Ko, Lang::En, Lang::Und][round % 3],
                text: &text,
            };
            let mut mine = Vec::new();
            row.write_line(&mut mine);
            assert_eq!(mine, serde_line(&row), "{text:?}");
        }
    }

    #[test]
    fn every_byte_escapes_as_serde_json_does() {
        for b in 0u8..0x80 {
            let s = format!("ab{}cdefghij{}", b as char, b as char);
            let mut mine = Vec::new();
            write_str(&mut mine, &s);
            assert_eq!(
                mine,
                serde_json::to_vec(&s).expect("serializes"),
                "byte {b:#x}"
            );
        }
    }
}
