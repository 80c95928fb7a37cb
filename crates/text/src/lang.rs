//! Language: `ko`, `en` or `und` for a document or a sentence.
//!
//! A script count settles the obvious cases (all Hangul, all Latin, too few
//! letters); lingua, built once with English and Korean only, decides the
//! mixed ones. Hangul syllables weigh more than Latin letters, so a Korean
//! sentence with English acronyms (`AI`, `GTX`, `RE100`) stays `ko`.

use std::sync::LazyLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use newsfacts_record::Lang;

/// Fewer letters than this (Hangul syllables count as two) is `und`.
const MIN_LETTERS: usize = 4;
/// Weight of one Hangul syllable against one Latin letter.
const HANGUL_WEIGHT: usize = 3;

static DETECTOR: LazyLock<LanguageDetector> = LazyLock::new(|| {
    LanguageDetectorBuilder::from_languages(&[Language::English, Language::Korean])
        .with_minimum_relative_distance(0.1)
        .build()
});

/// Letter counts of a text, by script.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScriptCount {
    /// Hangul syllables and jamo.
    pub hangul: usize,
    /// ASCII and Latin-1/Latin Extended letters.
    pub latin: usize,
    /// Other letters (Han, kana, Cyrillic, …).
    pub other: usize,
}

impl ScriptCount {
    /// Counts the letters of `text` by script.
    pub fn of(text: &str) -> ScriptCount {
        let mut c = ScriptCount::default();
        c.add(text);
        c
    }

    /// Adds the letters of `text` to the count.
    pub fn add(&mut self, text: &str) {
        // Sixteen bytes at a time, in vector compares: ASCII letters and
        // the lead bytes of most Hangul syllables (see [`syllable_lead`])
        // are counted per lane; only a chunk with another lead byte is
        // looked at byte by byte.
        let b = text.as_bytes();
        let full = b.len().saturating_sub(1) / CHUNK;
        // Blocks of at most 255 chunks, so that no lane count overflows.
        for block in (0..full).step_by(usize::from(u8::MAX)) {
            let chunks = block..full.min(block + usize::from(u8::MAX));
            self.add_block(text, chunks);
        }
        let i = full * CHUNK;
        if i < b.len() {
            // The last chunk, padded with zeros: no letter, no lead byte (and
            // no lead byte can be the last byte of a text).
            let mut window = [0u8; CHUNK + 1];
            window[..b.len() - i].copy_from_slice(&b[i..]);
            let (letters, syllables, other) = count_chunk(&window);
            self.latin += letters.iter().map(|&n| usize::from(n)).sum::<usize>();
            self.hangul += syllables.iter().map(|&n| usize::from(n)).sum::<usize>();
            if other {
                self.add_other_leads(text, i, &window);
            }
        }
    }

    /// Adds the chunks numbered `chunks` (at most 255) of `text`, each with
    /// the byte after it.
    #[inline]
    fn add_block(&mut self, text: &str, chunks: std::ops::Range<usize>) {
        let b = text.as_bytes();
        let (mut letters, mut syllables) = ([0u8; CHUNK], [0u8; CHUNK]);
        for n in chunks {
            let i = n * CHUNK;
            let window: &[u8; CHUNK + 1] = b[i..i + CHUNK + 1].try_into().expect("window");
            let (l, s, other) = count_chunk(window);
            for k in 0..CHUNK {
                letters[k] += l[k];
                syllables[k] += s[k];
            }
            if other {
                self.add_other_leads(text, i, window);
            }
        }
        self.latin += letters.iter().map(|&n| usize::from(n)).sum::<usize>();
        self.hangul += syllables.iter().map(|&n| usize::from(n)).sum::<usize>();
    }

    /// Adds the lead bytes in the chunk `window[..CHUNK]` at byte `i` of
    /// `text` that [`Lanes`] leaves over.
    #[cold]
    #[inline(never)]
    fn add_other_leads(&mut self, text: &str, i: usize, window: &[u8]) {
        for k in 0..CHUNK {
            if other_lead(window[k], window[k + 1]) {
                self.add_lead(text, i + k);
            }
        }
    }

    /// Adds the character whose lead byte (not ASCII) is at `i`: Hangul
    /// syllables (U+AC00..=U+D7A3, three bytes) from the lead byte and the
    /// two after it, punctuation and symbol blocks skipped, the rest decoded.
    fn add_lead(&mut self, text: &str, i: usize) {
        let b = text.as_bytes();
        let c = b[i];
        let b1 = u32::from(b.get(i + 1).copied().unwrap_or(0) & 0x3F);
        let b2 = u32::from(b.get(i + 2).copied().unwrap_or(0) & 0x3F);
        let cp = (u32::from(c & 0x0F) << 12) | (b1 << 6) | b2;
        if c & 0xF0 == 0xE0 && (0xAC00..=0xD7A3).contains(&cp) {
            self.hangul += 1;
        } else if c & 0xF0 == 0xE0 && is_symbol(cp) {
            // Quotes, bullets, arrows, shapes: no letter, no decoding.
        } else if let Some(ch) = text.get(i..).and_then(|rest| rest.chars().next()) {
            self.add_char(ch);
        }
    }

    fn add_char(&mut self, ch: char) {
        if ch.is_ascii() {
            self.latin += ch.is_ascii_alphabetic() as usize;
        } else if is_hangul(ch) {
            self.hangul += 1;
        } else if ch.is_alphabetic() {
            if (ch as u32) < 0x250 {
                self.latin += 1;
            } else {
                self.other += 1;
            }
        }
    }

    /// The decision a script count alone can make, or `None` when lingua must decide.
    pub fn decide(&self) -> Option<Lang> {
        let ko = self.hangul * HANGUL_WEIGHT;
        let en = self.latin;
        if self.hangul * 2 + self.latin < MIN_LETTERS {
            return Some(Lang::Und);
        }
        if en == 0 {
            return Some(if self.hangul > 0 { Lang::Ko } else { Lang::Und });
        }
        if ko == 0 {
            return Some(Lang::En);
        }
        // Clear majorities need no model.
        if ko >= 3 * en {
            return Some(Lang::Ko);
        }
        if en >= 12 * ko {
            return Some(Lang::En);
        }
        None
    }
}

impl std::ops::AddAssign for ScriptCount {
    fn add_assign(&mut self, other: ScriptCount) {
        self.hangul += other.hangul;
        self.latin += other.latin;
        self.other += other.other;
    }
}

impl std::ops::SubAssign for ScriptCount {
    /// Takes away the count of a part of the counted text.
    fn sub_assign(&mut self, part: ScriptCount) {
        self.hangul -= part.hangul;
        self.latin -= part.latin;
        self.other -= part.other;
    }
}

/// Bytes counted together by [`ScriptCount::add`].
const CHUNK: usize = 16;

/// The ASCII letters (per lane), the lead bytes of Hangul syllables told
/// by [`syllable_lead`] (per lane) of the chunk `window[..CHUNK]`
/// (`window[CHUNK]` is the byte after it), and whether it holds a lead byte
/// for [`other_lead`]. Byte compares only, no branch: vector code.
#[inline]
fn count_chunk(window: &[u8; CHUNK + 1]) -> ([u8; CHUNK], [u8; CHUNK], bool) {
    let (mut letters, mut syllables, mut other) = ([0u8; CHUNK], [0u8; CHUNK], false);
    for k in 0..CHUNK {
        let (c, next) = (window[k], window[k + 1]);
        letters[k] = u8::from((c | 0x20).wrapping_sub(b'a') < 26);
        syllables[k] = u8::from(syllable_lead(c, next));
        other |= other_lead(c, next);
    }
    (letters, syllables, other)
}

/// Whether `c`, followed by `next`, is a lead byte that [`syllable_lead`]
/// does not settle: it needs [`ScriptCount::add_lead`].
#[inline]
fn other_lead(c: u8, next: u8) -> bool {
    (c >= 0xC0) & !syllable_lead(c, next)
}

/// Whether the lead byte `c`, followed by `next`, starts a Hangul syllable
/// (U+AC00..=U+D7A3) in valid UTF-8: `EB` and `EC` always (U+B000..=U+CFFF),
/// `EA` from `EA B0` (U+AC00), `ED` below `ED 9E` (U+D780). The few
/// syllables of `ED 9E` are found by decoding (a test checks every one).
#[inline]
fn syllable_lead(c: u8, next: u8) -> bool {
    (c.wrapping_sub(0xEB) < 2) | ((c == 0xEA) & (next >= 0xB0)) | ((c == 0xED) & (next < 0x9E))
}

/// Whether code point `cp` is in a block of punctuation and symbols without
/// letters (general punctuation, arrows, mathematical and technical signs,
/// box drawing, geometric shapes, dingbats): `’ • “ … ▲ ■`. A test checks
/// that none of them is alphabetic.
fn is_symbol(cp: u32) -> bool {
    matches!(cp, 0x2000..=0x206F | 0x2190..=0x23FF | 0x2500..=0x27BF)
}

/// True for Hangul syllables, jamo and compatibility jamo.
pub fn is_hangul(ch: char) -> bool {
    matches!(ch as u32, 0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xD7B0..=0xD7FF)
}

/// Detects the language of a text: script count first, lingua for mixed text.
///
/// ```
/// use newsfacts_record::Lang;
/// use newsfacts_text::lang::detect;
/// assert_eq!(detect("경기도는 RE100 산업단지와 GTX 노선을 추진한다."), Lang::Ko);
/// assert_eq!(detect("The province will create 320,000 jobs."), Lang::En);
/// assert_eq!(detect("2026."), Lang::Und);
/// ```
pub fn detect(text: &str) -> Lang {
    detect_counted(text, ScriptCount::of(text))
}

/// [`detect`] for a text whose letters are already counted.
pub fn detect_counted(text: &str, count: ScriptCount) -> Lang {
    count.decide().unwrap_or_else(|| detect_mixed(text, count))
}

/// The language of `part`, a piece of a text whose letter count `whole`
/// holds no Latin or no Hangul letter, or `None` for a text of both scripts.
///
/// Such a part is `und` or its one script, which a few letters settle: the
/// count stops as soon as it is decided (four Latin letters, two Hangul
/// syllables), and decides as the full count would (the other script counts
/// zero in both, the `other` letters never matter).
pub fn detect_single_script(part: &str, whole: ScriptCount) -> Option<Lang> {
    let enough = match (whole.latin, whole.hangul) {
        (_, 0) => |c: &ScriptCount| c.latin >= MIN_LETTERS,
        (0, _) => |c: &ScriptCount| c.hangul * 2 >= MIN_LETTERS,
        _ => return None,
    };
    let mut count = ScriptCount::default();
    let mut start = 0;
    while start < part.len() && !enough(&count) {
        let mut end = (start + SINGLE_SCRIPT_STEP).min(part.len());
        while !part.is_char_boundary(end) {
            end += 1;
        }
        count.add(&part[start..end]);
        start = end;
    }
    count.decide()
}

/// Bytes [`detect_single_script`] counts before it looks again.
const SINGLE_SCRIPT_STEP: usize = 32;

/// Asks lingua about a text the script count could not settle; falls back to
/// the weighted majority when lingua cannot tell either.
pub fn detect_mixed(text: &str, count: ScriptCount) -> Lang {
    match DETECTOR.detect_language_of(text) {
        Some(Language::Korean) => Lang::Ko,
        Some(Language::English) => Lang::En,
        _ => {
            if count.hangul * HANGUL_WEIGHT >= count.latin {
                Lang::Ko
            } else {
                Lang::En
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_count_decides_the_obvious() {
        for (text, lang) in [
            ("일자리 658개 창출", Lang::Ko),
            ("AI 반도체", Lang::Ko),
            ("RE100 산단 조성", Lang::Ko),
            ("Close", Lang::En),
            ("Gyeonggi Province (경기도) will invest", Lang::En),
            ("12:00", Lang::Und),
            ("", Lang::Und),
            ("▲", Lang::Und),
            ("AB", Lang::Und),
        ] {
            assert_eq!(detect(text), lang, "{text}");
        }
    }

    /// The char-by-char count the byte loop of [`ScriptCount::add`] must equal.
    fn reference_count(text: &str) -> ScriptCount {
        let mut c = ScriptCount::default();
        for ch in text.chars() {
            c.add_char(ch);
        }
        c
    }

    #[test]
    fn byte_loop_counts_like_chars() {
        for text in [
            "",
            "경기도는 RE100 산업단지와 GTX 노선을 추진한다.",
            "Gyeonggi Province (경기도) will invest ₩1.3조 — 😀 Café Ünïcode 가 ㄱ ꥠ ힰ 漢字 かな Кириллица",
            "\u{ac00}\u{d7a3}\u{d7a4}\u{abff}\u{1100}\u{11ff}\u{3130}\u{318f}\u{a960}\u{a97f}\u{d7b0}\u{d7ff}",
            "\u{e000}\u{ffff}\u{10000}\u{10ffff}\u{80}\u{7ff}\u{800}é",
        ] {
            assert_eq!(ScriptCount::of(text), reference_count(text), "{text}");
        }
        // Random strings over the interesting ranges (seeded, deterministic).
        let ranges: [(u32, u32); 9] = [
            (0x20, 0x7F),
            (0x80, 0x24F),
            (0x1100, 0x1200),
            (0x2000, 0x2070),
            (0x3130, 0x3190),
            (0x4E00, 0x4F00),
            (0xA960, 0xA980),
            (0xABF0, 0xD800),
            (0x1F600, 0x1F650),
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..2000 {
            let len = next() % 40;
            let text: String = (0..len)
                .filter_map(|_| {
                    let (lo, hi) = ranges[(next() % ranges.len() as u64) as usize];
                    char::from_u32(lo + (next() % u64::from(hi - lo)) as u32)
                })
                .collect();
            assert_eq!(ScriptCount::of(&text), reference_count(&text), "{text:?}");
        }
    }

    #[test]
    fn syllable_leads_are_syllables() {
        for cp in 0x800..=0xFFFF {
            let Some(ch) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0; 4];
            let b = ch.encode_utf8(&mut buf).as_bytes();
            if syllable_lead(b[0], b[1]) {
                assert!((0xAC00..=0xD7A3).contains(&cp), "{cp:#x}");
            }
        }
        // Every length around the chunk size, with the character anywhere.
        for ch in ['가', '힣', 'A', 'é', '漢', '😀', '’', 'ힰ'] {
            for len in 0..40 {
                for at in 0..=len {
                    let mut text = "a".repeat(len);
                    text.insert(at, ch);
                    assert_eq!(ScriptCount::of(&text), reference_count(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn symbol_blocks_hold_no_letter() {
        for c in (0..=0x10FFFF)
            .filter(|&cp| is_symbol(cp))
            .filter_map(char::from_u32)
        {
            assert!(!c.is_alphabetic() && !is_hangul(c), "{c:?}");
        }
    }

    #[test]
    fn single_script_parts_decide_as_their_full_count() {
        let line = "Close. AB. The province will create 320,000 jobs in 2026. 12:00. Kim said so.";
        let whole = ScriptCount::of(line);
        let ko = "일자리. 가 1. 경기도는 일자리 658개를 만든다고 밝혔다. ▲. 漢字 가나.";
        let ko_whole = ScriptCount::of(ko);
        for (text, whole) in [
            (line, whole),
            (ko, ko_whole),
            ("12:00 ▲", ScriptCount::of("12:00 ▲")),
        ] {
            for (a, _) in text.char_indices() {
                for (b, _) in text[a..].char_indices() {
                    let part = &text[a..a + b];
                    assert_eq!(
                        detect_single_script(part, whole),
                        Some(detect(part)),
                        "{part:?}"
                    );
                }
            }
        }
        let mixed = ScriptCount::of("AI 반도체");
        assert_eq!(detect_single_script("AI", mixed), None);
    }

    #[test]
    fn mixed_text_goes_to_lingua() {
        let text = "Samsung Electronics 삼성전자 announced Galaxy 갤럭시 plans";
        assert_eq!(ScriptCount::of(text).decide(), None);
        assert_ne!(detect(text), Lang::Und);
    }
}
