//! English rules: [`money`], [`jobs`] and [`year`], one file per kind.

pub mod jobs;
pub mod money;
pub mod year;

use newsfacts_record::Kind;

use crate::{Context, Mention};

/// The position of the first ASCII digit of `b` at or after `from`. Whole
/// chunks are tested without an early exit, which the compiler turns into
/// vector code; most of a sentence has no digit.
pub(crate) fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 32;
    let mut i = from.min(b.len());
    while i + CHUNK <= b.len() {
        let chunk = &b[i..i + CHUNK];
        if chunk.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
            break;
        }
        i += CHUNK;
    }
    b[i..].iter().position(u8::is_ascii_digit).map(|k| i + k)
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
            for kind in [Kind::Money, Kind::Jobs, Kind::Year] {
                out.clear();
                English.find(kind, &s, &ctx, &mut out);
                for m in &out {
                    assert!(m.start < m.end && s.get(m.start..m.end).is_some(), "{s:?}");
                }
            }
        }
    }
}
