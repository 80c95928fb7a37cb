//! Decode: raw bytes to text. UTF-8 (BOM stripped), UTF-16 LE/BE with a BOM,
//! and legacy Korean CP949/EUC-KR when the bytes are not UTF-8 but decode
//! cleanly as CP949. Anything else is a [`DecodeError`] naming the cause.

use std::borrow::Cow;
use std::fmt;

/// The encoding a document was decoded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a BOM.
    Utf8,
    /// UTF-16 little-endian with a BOM.
    Utf16Le,
    /// UTF-16 big-endian with a BOM.
    Utf16Be,
    /// CP949 (a superset of EUC-KR).
    Cp949,
}

impl Encoding {
    /// The name written in `documents.jsonl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Cp949 => "cp949",
        }
    }
}

/// Why a document could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// No bytes, or only whitespace.
    Empty,
    /// NUL bytes or other binary content at the given byte offset.
    Binary {
        /// Byte offset of the first offending byte.
        offset: usize,
    },
    /// A UTF-16 BOM followed by malformed UTF-16 (odd length, lone surrogate).
    BadUtf16 {
        /// `utf-16le` or `utf-16be`.
        encoding: &'static str,
    },
    /// Neither UTF-8 nor CP949.
    Undecodable {
        /// Byte offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty document: no text after decoding"),
            DecodeError::Binary { offset } => write!(
                f,
                "binary content: control byte (NUL or similar) at byte {offset}, not a text document"
            ),
            DecodeError::BadUtf16 { encoding } => write!(
                f,
                "malformed {encoding}: the byte-order mark promises UTF-16 but the data is truncated or has a lone surrogate"
            ),
            DecodeError::Undecodable { offset } => write!(
                f,
                "undecodable: not UTF-8 (invalid byte at {offset}), not UTF-16 (no BOM) and not CP949/EUC-KR"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decoded text and the encoding it came from. Borrows the input when it was
/// already UTF-8 without a BOM.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, BOM stripped; `\r\n` kept as is.
    pub text: Cow<'a, str>,
    /// The encoding detected.
    pub encoding: Encoding,
}

/// Decodes one document's bytes.
///
/// ```
/// use newsfacts_text::decode::{decode, Encoding};
/// let d = decode("경기도 1.3조원".as_bytes()).unwrap();
/// assert_eq!((d.text.as_ref(), d.encoding), ("경기도 1.3조원", Encoding::Utf8));
/// let (cp949, _, _) = encoding_rs::EUC_KR.encode("경기도 1.3조원");
/// assert_eq!(decode(&cp949).unwrap().encoding, Encoding::Cp949);
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = std::str::from_utf8(rest).map_err(|e| DecodeError::Undecodable {
            offset: 3 + e.valid_up_to(),
        })?;
        Decoded {
            text: Cow::Borrowed(text),
            encoding: Encoding::Utf8,
        }
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (enc, name, encoding) = if bytes[0] == 0xFF {
            (encoding_rs::UTF_16LE, "utf-16le", Encoding::Utf16Le)
        } else {
            (encoding_rs::UTF_16BE, "utf-16be", Encoding::Utf16Be)
        };
        let body = &bytes[2..];
        if !body.len().is_multiple_of(2) {
            return Err(DecodeError::BadUtf16 { encoding: name });
        }
        let text = enc
            .decode_without_bom_handling_and_without_replacement(body)
            .ok_or(DecodeError::BadUtf16 { encoding: name })?;
        Decoded {
            text: Cow::Owned(text.into_owned()),
            encoding,
        }
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => Decoded {
                text: Cow::Borrowed(text),
                encoding: Encoding::Utf8,
            },
            Err(e) => {
                // A NUL byte is binary whatever else the bytes are.
                if let Some(offset) = first_binary_byte(bytes) {
                    return Err(DecodeError::Binary { offset });
                }
                let text = encoding_rs::EUC_KR
                    .decode_without_bom_handling_and_without_replacement(bytes)
                    .ok_or(DecodeError::Undecodable {
                        offset: e.valid_up_to(),
                    })?;
                Decoded {
                    text: Cow::Owned(text.into_owned()),
                    encoding: Encoding::Cp949,
                }
            }
        }
    };
    check_text(&decoded.text)?;
    Ok(decoded)
}

/// Checks text that arrived already decoded (a JSONL `text`): it must hold
/// something besides whitespace and no binary control characters.
pub fn check_text(text: &str) -> Result<(), DecodeError> {
    if let Some(offset) = first_binary_char(text) {
        return Err(DecodeError::Binary { offset });
    }
    if text.chars().all(char::is_whitespace) {
        return Err(DecodeError::Empty);
    }
    Ok(())
}

/// A control byte that text never holds: NUL and the C0 controls other than
/// tab, line feed, vertical tab, form feed, carriage return (`09..=0D`) and
/// escape (`1B`). Written as byte comparisons, so that a chunk test of it
/// compiles to vector compares.
fn is_binary_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, 0x09..=0x0D | 0x1B)
}

/// Bytes tested together by [`first_binary_byte`].
const CHUNK: usize = 32;

fn first_binary_byte(bytes: &[u8]) -> Option<usize> {
    // A chunk per test (the compiler vectorizes it): binary bytes are rare,
    // so most of the text is passed over a chunk at a time.
    let mut i = 0;
    for chunk in bytes.chunks_exact(CHUNK) {
        if chunk
            .iter()
            .fold(false, |any, &b| any | is_binary_control(b))
        {
            break;
        }
        i += CHUNK;
    }
    bytes[i..]
        .iter()
        .position(|&b| is_binary_control(b))
        .map(|p| i + p)
}

/// Offset (in bytes of the decoded text) of the first binary control character.
fn first_binary_char(text: &str) -> Option<usize> {
    first_binary_byte(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        let mut out = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in s.encode_utf16() {
            let b = if le { u.to_le_bytes() } else { u.to_be_bytes() };
            out.extend_from_slice(&b);
        }
        out
    }

    #[test]
    fn utf8_bom_is_stripped_and_crlf_kept() {
        let d = decode(b"\xEF\xBB\xBFa\r\nb").unwrap();
        assert_eq!(d.text, "a\r\nb");
        assert_eq!(d.encoding, Encoding::Utf8);
    }

    #[test]
    fn utf16_both_orders() {
        let s = "일자리 658개\r\n2026년까지 😀";
        for le in [true, false] {
            let bytes = utf16(s, le);
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, s);
        }
    }

    #[test]
    fn truncated_utf16_is_an_error() {
        let mut b = utf16("일자리", true);
        b.pop();
        assert_eq!(
            decode(&b).unwrap_err(),
            DecodeError::BadUtf16 {
                encoding: "utf-16le"
            }
        );
        // A lone high surrogate.
        let b = [0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00];
        assert!(matches!(decode(&b), Err(DecodeError::BadUtf16 { .. })));
    }

    #[test]
    fn cp949_round_trip() {
        let s = "㈜경기 ㎡당 2,100원 ⓒ 美 ‘인용’ “따옴” …";
        let (bytes, _, unmappable) = encoding_rs::EUC_KR.encode(s);
        assert!(!unmappable);
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), (s, Encoding::Cp949));
    }

    #[test]
    fn binary_controls_are_the_c0_set_without_text_controls() {
        for b in 0..=255u8 {
            let text_control = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(&b);
            assert_eq!(is_binary_control(b), b < 0x20 && !text_control, "{b:#x}");
        }
        // The chunked scan finds the first one wherever it falls.
        for len in [0, 1, 31, 32, 33, 64, 100] {
            for at in 0..len {
                let mut bytes = vec![b'a'; len];
                bytes[at] = 0;
                assert_eq!(first_binary_byte(&bytes), Some(at));
            }
            assert_eq!(first_binary_byte(&vec![b'\n'; len]), None);
        }
    }

    #[test]
    fn empty_binary_and_undecodable() {
        assert_eq!(decode(b"").unwrap_err(), DecodeError::Empty);
        assert_eq!(decode(b" \n\t\r\n").unwrap_err(), DecodeError::Empty);
        assert_eq!(
            decode("\u{a0}\n".as_bytes()).unwrap_err(),
            DecodeError::Empty
        );
        assert_eq!(
            decode(b"abc\0def").unwrap_err(),
            DecodeError::Binary { offset: 3 }
        );
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0").unwrap_err(),
            DecodeError::Binary { offset: 6 }
        );
        assert!(matches!(
            decode(b"abc \xFF\xFF\xFF"),
            Err(DecodeError::Undecodable { offset: 4 })
        ));
    }
}
