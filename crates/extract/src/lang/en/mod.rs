//! English rules: [`money`], [`jobs`] and [`year`], one file per kind.

pub mod jobs;
pub mod money;
pub mod year;

use std::sync::{Arc, OnceLock};

use newsfacts_record::Kind;
use regex::Regex;

use crate::numeral::{scan_en, Numeral};
use crate::{Context, Mention};

/// The position of the first ASCII digit of `b` at or after `from`. Whole
/// 16-byte chunks are tested without an early exit, which the compiler
/// turns into vector code; most of a sentence has no digit.
pub(crate) fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 16;
    let mut i = from.min(b.len());
    while let Some(chunk) = b.get(i..i + CHUNK) {
        let chunk: &[u8; CHUNK] = chunk.try_into().expect("a chunk");
        if chunk.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
            break;
        }
        i += CHUNK;
    }
    b[i..].iter().position(u8::is_ascii_digit).map(|k| i + k)
}

/// The maximal runs of ASCII digits of `s`, left to right, as byte ranges
/// (what the regex `[0-9]+` finds, without a regex call per run).
pub(crate) fn digit_runs(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let b = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = next_digit(b, from)?;
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        from = end;
        Some(start..end)
    })
}

/// A regex that ends where a number starts (`…\s+$`) with `\b` only at
/// the start of its match (of every alternative). The fast engine cannot
/// read `\b` next to a non-ASCII character: it gives up, even one byte past
/// a match, and a backtracker reads the whole text instead (3.8 µs for 80
/// bytes). A `loose` copy without `\b` never gives up and matches wherever
/// the regex does, so its leftmost match starts where the regex's match
/// starts at the earliest: when `\b` holds there (told from the two ASCII
/// characters around), that is the match; else the regex runs from there
/// (the text before still counts for `\b`). The regex itself is only
/// needed next to a non-ASCII character: it is compiled on first use, which
/// saves about half the compile time of these rules in most runs.
pub(crate) struct EndRegex {
    pattern: String,
    /// The regex as written, compiled once for all copies of this value.
    compiled: Arc<OnceLock<Regex>>,
    /// This copy's clone of `compiled` (its own search cache).
    strict: OnceLock<Regex>,
    loose: Regex,
}

/// A copy shares the compiled strict regex, not its search cache.
impl Clone for EndRegex {
    fn clone(&self) -> EndRegex {
        EndRegex {
            pattern: self.pattern.clone(),
            compiled: Arc::clone(&self.compiled),
            strict: OnceLock::new(),
            loose: self.loose.clone(),
        }
    }
}

impl EndRegex {
    /// Compiles `pattern` (see the type: anchored with `$`, `\b` only first).
    pub(crate) fn new(pattern: &str) -> EndRegex {
        EndRegex {
            pattern: pattern.to_owned(),
            compiled: Arc::new(OnceLock::new()),
            strict: OnceLock::new(),
            loose: Regex::new(&pattern.replace(r"\b", "")).expect("valid regex"),
        }
    }

    /// The regex as written, compiled the first time any copy needs it.
    fn strict(&self) -> &Regex {
        self.strict.get_or_init(|| {
            self.compiled
                .get_or_init(|| Regex::new(&self.pattern).expect("valid regex"))
                .clone()
        })
    }

    /// The leftmost match in `hay`, as [`Regex::find`] gives it.
    pub(crate) fn find<'h>(&self, hay: &'h str) -> Option<regex::Match<'h>> {
        let m = self.loose.find(hay)?;
        match ascii_boundary(hay, m.start()) {
            Some(true) => Some(m),
            _ => self.strict().find_at(hay, m.start()),
        }
    }

    /// Whether the regex matches `hay`, as [`Regex::is_match`] tells.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        self.loose.find(hay).is_some_and(|m| {
            ascii_boundary(hay, m.start())
                .unwrap_or_else(|| self.strict().is_match_at(hay, m.start()))
        })
    }
}

/// The last words of the alternatives of a cue regex `\b(?:…)\s+$` whose
/// alternatives end with a plain word (`close\s+to` → `to`), lowercased:
/// a cheap test before the regex. When the regex matches, the text before
/// its final white space ends with one of these words, and the ASCII
/// letters there are exactly that word (before it come white space or a
/// `\b`), so a text whose last letters are none of them cannot match.
/// A non-ASCII character before those letters might be a letter of the
/// word in another case (`ſ` is `s` to `(?i)`): then the regex decides.
pub(crate) struct LastWords(Vec<String>);

impl LastWords {
    /// The last words of `alternatives` (`a|b\s+c`); panics when one does
    /// not end with a word of ASCII letters (the test would be unsafe).
    pub(crate) fn of(alternatives: &str) -> LastWords {
        let mut words: Vec<String> = alternatives
            .split('|')
            .map(|alt| {
                let last = alt.rsplit(r"\s+").next().unwrap_or(alt);
                assert!(
                    !last.is_empty() && last.bytes().all(|c| c.is_ascii_alphabetic()),
                    "no plain last word: {alt}"
                );
                last.to_ascii_lowercase()
            })
            .collect();
        words.sort_unstable();
        words.dedup();
        LastWords(words)
    }

    /// Whether the ASCII letters that end `hay` before its final white
    /// space may be one of the words (false only when they cannot).
    pub(crate) fn end(&self, hay: &str) -> bool {
        let t = hay.trim_end().as_bytes();
        let n = t
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let (head, word) = t.split_at(t.len() - n);
        head.last().is_some_and(|c| !c.is_ascii())
            || self
                .0
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
    }
}

/// Whether `\b` holds at byte `p` of `s` (between a word character and
/// another), when the characters on both sides are ASCII; `None` otherwise.
fn ascii_boundary(s: &str, p: usize) -> Option<bool> {
    let b = s.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let after = *b.get(p).filter(|c| c.is_ascii())?;
    let before = match p.checked_sub(1) {
        Some(q) => Some(b[q]).filter(u8::is_ascii).map(word)?,
        None => false,
    };
    Some(before != word(after))
}

/// The English rule set.
pub struct English;

impl super::Rules for English {
    fn find(&self, kind: Kind, sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
        match kind {
            Kind::Money => money::find(sentence, ctx, out),
            Kind::Jobs => jobs::find(sentence, ctx, out),
            Kind::Year => year::find(sentence, ctx, out),
        }
    }

    /// Money and jobs read the same numbers: they are scanned once, and a
    /// sentence without any skips both rules' word searches.
    fn find_all(&self, sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
        thread_local! {
            static NUMS: std::cell::RefCell<Vec<Numeral>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        NUMS.with_borrow_mut(|nums| {
            nums.clear();
            nums.extend(scan_en(sentence));
            if !nums.is_empty() {
                money::find_scanned(sentence, nums, out);
                jobs::find_scanned(sentence, nums, out);
            }
        });
        year::find(sentence, ctx, out);
    }

    fn samples(&self) -> &'static [&'static str] {
        &[
            "Samsung Electronics will invest $17 billion (about 20 trillion won) in Texas and hire 1,800 workers by 2026, adding about 3,000 jobs.",
            "The company employs more than 12,000 people and plans to recruit 400 engineers next year, up from 250 in 2023.",
            "Payrolls rose by 250,000 last month, while between 1,000 and 2,000 positions were cut in fiscal 2024-25.",
            "Hyundai's workforce of 70,000 grew by 5 percent this year; the W1.2 trillion plan runs through 2030.",
            "The won closed at 1,400 per dollar, and deals worth €3.5 million and £200 million were signed in the first half of 2025.",
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Rules;

    /// Pieces of real-news money, jobs and year text, glued at random: the
    /// rules must never panic and every span must sit on char boundaries.
    const PIECES: &[&str] = &[
        "$",
        "US $",
        "U.S. $",
        "US$",
        "W",
        "Rs",
        "₩",
        "€",
        "£",
        "¥",
        "p",
        "p.",
        "won",
        "Won",
        "the won ",
        "local currency",
        "-plus",
        "-won",
        "-job",
        "-strong workforce",
        " ",
        ",",
        ".",
        "-",
        "–",
        "/",
        "?",
        "(",
        ")",
        "1",
        "20",
        "310",
        "2,400.50",
        "1.2750",
        "2024",
        "2023/24",
        "2024-25",
        "FY",
        "post-",
        "pre-",
        "half a ",
        "billion",
        "bn",
        "tr",
        "trln",
        "jobs",
        "payrolls rose by ",
        "employment is projected to increase by ",
        "workforce of ",
        "hire ",
        "employs ",
        "from ",
        "up ",
        "down ",
        "per ",
        "Room ",
        " Main Street",
        " GMT",
        "é",
        "한",
        "😀",
        "\u{a0}",
        "0",
        "99999999999999999999999",
        " Job Fair",
        "Vision ",
        "beyond ",
        "last year",
        "this year",
        "a year",
        "rose 5 percent ",
        ", up ",
    ];

    #[test]
    fn last_words_never_rule_out_a_match() {
        let alts = r"about|some|close\s+to|an?\s+maximum\s+of|in";
        let re = EndRegex::new(&format!(r"(?i)\b(?:{alts})\s+$"));
        let last = LastWords::of(alts);
        for hay in [
            "about ",
            "ABOUT  ",
            "some\u{a0}",
            "ſome ",
            "x ſome ",
            "close to ",
            "close\u{a0}TO ",
            "a maximum of ",
            "an Maximum OF\t",
            "in ",
            "within ",
            "5about ",
            "éabout ",
            "about",
            "",
            " ",
            "to ",
            "the ",
            "é ",
        ] {
            if re.is_match(hay) {
                assert!(last.end(hay), "{hay:?}");
            }
        }
        assert!(!last.end("the "));
        assert!(!last.end("within "));
    }

    #[test]
    fn english_rules_never_panic_on_glued_pieces() {
        let ctx = Context {
            reference_year: Some(2025),
        };
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut out = Vec::new();
        for _ in 0..4000 {
            let len = 1 + next() % 24;
            let s: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let mut each = Vec::new();
            for kind in [Kind::Money, Kind::Jobs, Kind::Year] {
                out.clear();
                English.find(kind, &s, &ctx, &mut out);
                for m in &out {
                    assert!(m.start < m.end && s.get(m.start..m.end).is_some(), "{s:?}");
                }
                each.append(&mut out);
            }
            // The shared-scan path finds exactly what the rules find one by one.
            English.find_all(&s, &ctx, &mut out);
            assert_eq!(out, each, "{s:?}");
            out.clear();
        }
    }
}
