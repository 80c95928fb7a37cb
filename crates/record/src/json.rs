//! Hand-written JSON writers for the rows written in bulk (one per sentence,
//! one per mention): serde_json's generic path and its byte-by-byte string
//! escaping were about 5% of a run. The output is byte-identical to
//! `serde_json::to_writer` (tested below against serde_json on random text
//! and on every shape of mention value).

use crate::{Approx, MentionRowRef, MentionValue, Relation, SentenceRowRef};

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
fn write_u64(buf: &mut Vec<u8>, mut n: u64) {
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

/// Appends a signed integer in decimal.
fn write_i32(buf: &mut Vec<u8>, n: i32) {
    if n < 0 {
        buf.push(b'-');
    }
    write_u64(buf, u64::from(n.unsigned_abs()));
}

fn approx_name(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::About => "about",
        Approx::Over => "over",
        Approx::Under => "under",
    }
}

fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::By => "by",
        Relation::In => "in",
        Relation::Since => "since",
        Relation::Range => "range",
        Relation::Date => "date",
        Relation::Other => "other",
    }
}

/// Appends `,"key":` and a quoted name that needs no escaping.
fn write_name(buf: &mut Vec<u8>, key: &str, name: &str) {
    buf.extend_from_slice(b",\"");
    buf.extend_from_slice(key.as_bytes());
    buf.extend_from_slice(b"\":\"");
    buf.extend_from_slice(name.as_bytes());
    buf.push(b'"');
}

/// Appends `,"key":` (the value follows).
fn write_key(buf: &mut Vec<u8>, key: &str) {
    buf.extend_from_slice(b",\"");
    buf.extend_from_slice(key.as_bytes());
    buf.extend_from_slice(b"\":");
}

impl MentionRowRef<'_> {
    /// Appends the row as one line of `mentions.jsonl`, newline included:
    /// the same bytes as `serde_json::to_writer` followed by `\n` (the flat
    /// field order of SPEC §4, absent fields left out).
    pub fn write_line(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(b"{\"doc_id\":");
        write_str(buf, self.doc_id);
        buf.extend_from_slice(b",\"sentence\":");
        write_u64(buf, self.sentence as u64);
        write_name(buf, "kind", self.value.kind().as_str());
        write_name(buf, "lang", self.lang.as_str());
        buf.extend_from_slice(b",\"text\":");
        write_str(buf, self.text);
        buf.extend_from_slice(b",\"start\":");
        write_u64(buf, self.start as u64);
        buf.extend_from_slice(b",\"end\":");
        write_u64(buf, self.end as u64);
        match self.value {
            MentionValue::Money {
                amount,
                amount_max,
                currency,
                currency_inferred,
                approx,
                conversion,
            } => {
                write_key(buf, "amount");
                write_str(buf, amount);
                if let Some(max) = amount_max {
                    write_key(buf, "amount_max");
                    write_str(buf, max);
                }
                write_key(buf, "currency");
                write_str(buf, currency);
                if *currency_inferred {
                    buf.extend_from_slice(b",\"currency_inferred\":true");
                }
                write_name(buf, "approx", approx_name(*approx));
                if *conversion {
                    buf.extend_from_slice(b",\"conversion\":true");
                }
            }
            MentionValue::Jobs {
                count,
                count_max,
                approx,
            } => {
                write_key(buf, "count");
                write_u64(buf, *count);
                if let Some(max) = count_max {
                    write_key(buf, "count_max");
                    write_u64(buf, *max);
                }
                write_name(buf, "approx", approx_name(*approx));
            }
            MentionValue::Year {
                year,
                year_end,
                relation,
                relative,
            } => {
                write_key(buf, "year");
                match year {
                    Some(y) => write_i32(buf, *y),
                    None => buf.extend_from_slice(b"null"),
                }
                if let Some(y) = year_end {
                    write_key(buf, "year_end");
                    write_i32(buf, *y);
                }
                write_name(buf, "relation", relation_name(*relation));
                if let Some(r) = relative {
                    write_key(buf, "relative");
                    write_i32(buf, *r);
                }
            }
        }
        buf.extend_from_slice(b"}\n");
    }
}

impl SentenceRowRef<'_> {
    /// Appends the row as one line of `sentences.jsonl`, newline included:
    /// the same bytes as `serde_json::to_writer` followed by `\n`.
    pub fn write_line(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(b"{\"doc_id\":");
        write_str(buf, self.doc_id);
        buf.extend_from_slice(b",\"index\":");
        write_u64(buf, self.index as u64);
        buf.extend_from_slice(b",\"start\":");
        write_u64(buf, self.start as u64);
        buf.extend_from_slice(b",\"end\":");
        write_u64(buf, self.end as u64);
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

    /// Every shape of mention value, against serde_json.
    #[test]
    fn mention_write_line_matches_serde_json() {
        let mut values = Vec::new();
        for (approx, inferred, conversion, max) in [
            (Approx::Exact, false, false, None),
            (Approx::About, true, false, Some("5000000000".to_string())),
            (Approx::Over, false, true, None),
            (Approx::Under, true, true, Some("0.5".to_string())),
        ] {
            values.push(MentionValue::Money {
                amount: "1300000000000".into(),
                amount_max: max,
                currency: "KRW".into(),
                currency_inferred: inferred,
                approx,
                conversion,
            });
        }
        for (count, max, approx) in [
            (658, None, Approx::Exact),
            (u64::MAX, Some(u64::MAX), Approx::Over),
            (0, Some(3), Approx::About),
        ] {
            values.push(MentionValue::Jobs {
                count,
                count_max: max,
                approx,
            });
        }
        for relation in [
            Relation::By,
            Relation::In,
            Relation::Since,
            Relation::Range,
            Relation::Date,
            Relation::Other,
        ] {
            for (year, end, rel) in [
                (Some(2026), None, None),
                (None, Some(2030), Some(-1)),
                (Some(-5), Some(i32::MAX), Some(i32::MIN)),
                (Some(i32::MIN), None, Some(0)),
            ] {
                values.push(MentionValue::Year {
                    year,
                    year_end: end,
                    relation,
                    relative: rel,
                });
            }
        }
        for (i, value) in values.iter().enumerate() {
            let row = MentionRowRef {
                doc_id: "doc \"1\"\n",
                sentence: i,
                lang: [Lang::Ko, Lang::En, Lang::Und][i % 3],
                text: "1.3조\t원",
                start: i * 7,
                end: i * 7 + 5,
                value,
            };
            let mut mine = Vec::new();
            row.write_line(&mut mine);
            let mut theirs = serde_json::to_vec(&row).expect("serializes");
            theirs.push(b'\n');
            assert_eq!(
                String::from_utf8_lossy(&mine),
                String::from_utf8_lossy(&theirs)
            );
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
