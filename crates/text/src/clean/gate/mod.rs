//! The prefilter of the boilerplate rules, derived from their patterns: a
//! line reaches a rule only if its ends and its bytes allow it.
//!
//! Most lines are prose, and prose starts and ends like no rule does: a
//! start-anchored rule (`^[가-힣]{2,4}\s?기자`, `^By\s+[A-Z]`) fixes the
//! first characters of the line, an end-anchored one (`…금지\s*[.>\])]*\s*$`)
//! its last ones, and many rules need a character the line lacks (`@`,
//! `=`, `/`). A regex call costs tens of ns even when it fails at once, so
//! each pattern is parsed once at start-up by `regex-syntax` and its `Hir`
//! read ([`pattern::Shape`]) into:
//!
//! - per depth `d < DEPTH` from each anchored end, the characters a match
//!   can have there: [`Gate::candidates`] looks the line's first and last
//!   characters up in tables of rule masks;
//! - a few small sets of which every match holds a member, as byte masks:
//!   [`Gate::bytes_met`] tests them against the bytes of the line
//!   ([`Gate::present`], one pass);
//! - for a rule searched alone (one whose search may read far into prose,
//!   `^[^\n]+…`, `…[^/=]{1,40}$`), a regex for the literals every match
//!   holds one of ([`Gate::literal_met`]).
//!
//! Safe by construction: every set is a superset of what the regex can
//! match (see [`pattern`]), so a rule the gate rules out cannot match; a
//! test checks it on every table row and on corpora. A pattern whose `Hir`
//! the walks cannot read is never ruled out.

mod pattern;

use std::collections::HashMap;

use newsfacts_local::Copies;

#[cfg(test)]
pub(in crate::clean) use pattern::testing;

use pattern::{any, CharSet, Lit, Shape};

/// How many characters at each end of the line the gate looks at.
const DEPTH: usize = 3;

/// One bit per rule, in the order given to [`Gate::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Bits([u64; 4]);

impl Bits {
    /// The most rules a gate handles.
    pub(super) const CAPACITY: usize = 256;

    pub(super) const NONE: Bits = Bits([0; 4]);

    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// The bits of `rules`.
    pub(super) fn of(rules: &[usize]) -> Bits {
        let mut b = Bits::NONE;
        for &r in rules {
            b.set(r);
        }
        b
    }

    /// Whether bit `i` is set.
    pub(super) fn has(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 == 1
    }

    /// The bits set in both.
    pub(super) fn and(self, other: &Bits) -> Bits {
        let mut out = self;
        for (a, b) in out.0.iter_mut().zip(other.0) {
            *a &= b;
        }
        out
    }

    /// The set bits, in increasing order.
    pub(super) fn iter(self) -> impl Iterator<Item = usize> {
        self.0.into_iter().enumerate().flat_map(|(w, mut word)| {
            std::iter::from_fn(move || {
                (word != 0).then(|| {
                    let bit = word.trailing_zeros() as usize;
                    word &= word - 1;
                    w * 64 + bit
                })
            })
        })
    }
}

/// Code points per page of a [`Lookup`]'s table of the BMP.
const PAGE: u32 = 64;

/// For one depth at one end of the line: the rules each character allows,
/// as a sorted list of code point intervals with one mask each, and for the
/// BMP a two-level table of interval numbers (pages of [`PAGE`] code points,
/// equal pages stored once) that saves the binary search.
struct Lookup {
    /// Starts of the intervals (the first is 0).
    starts: Vec<u32>,
    masks: Vec<Bits>,
    /// Per BMP page, the offset of its block in `blocks`.
    pages: Vec<u32>,
    /// Interval numbers, [`PAGE`] per block.
    blocks: Vec<u16>,
}

impl Lookup {
    /// `allowed[r]`: the characters rule `r` allows here.
    fn new(allowed: &[CharSet]) -> Lookup {
        let mut starts: Vec<u32> = vec![0];
        for s in allowed {
            for r in s.ranges() {
                starts.extend([r.start() as u32, r.end() as u32 + 1]);
            }
        }
        starts.retain(|&b| b <= char::MAX as u32);
        starts.sort_unstable();
        starts.dedup();
        let mut masks = vec![Bits::NONE; starts.len()];
        for (rule, s) in allowed.iter().enumerate() {
            for r in s.ranges() {
                let i = starts.partition_point(|&x| x < r.start() as u32);
                let j = starts.partition_point(|&x| x <= r.end() as u32);
                for m in &mut masks[i..j] {
                    m.set(rule);
                }
            }
        }
        let mut lookup = Lookup {
            starts,
            masks,
            pages: Vec::new(),
            blocks: Vec::new(),
        };
        lookup.index_bmp();
        lookup
    }

    /// Fills `pages` and `blocks` (unless the intervals are too many to
    /// number in 16 bits).
    fn index_bmp(&mut self) {
        if self.starts.len() > usize::from(u16::MAX) {
            return;
        }
        let mut offsets: HashMap<Vec<u16>, u32> = HashMap::new();
        let mut interval = 0;
        let mut block = [0u16; PAGE as usize];
        for base in (0..0x10000).step_by(PAGE as usize) {
            // Run by run: interval `i` spans `starts[i]..starts[i + 1]`.
            let mut cp = base;
            while cp < base + PAGE {
                while self.starts.get(interval + 1).is_some_and(|&s| s <= cp) {
                    interval += 1;
                }
                let next = self.starts.get(interval + 1).copied();
                let end = next.map_or(base + PAGE, |s| s.min(base + PAGE));
                block[(cp - base) as usize..(end - base) as usize].fill(interval as u16);
                cp = end;
            }
            // Most pages repeat the one before (a script's block of letters):
            // that compare saves hashing the block.
            let last = (self.pages.last().copied())
                .filter(|&o| self.blocks[o as usize..][..PAGE as usize] == block);
            let offset = match last.or_else(|| offsets.get(&block[..]).copied()) {
                Some(offset) => offset,
                None => {
                    let offset = self.blocks.len() as u32;
                    self.blocks.extend_from_slice(&block);
                    offsets.insert(block.to_vec(), offset);
                    offset
                }
            };
            self.pages.push(offset);
        }
    }

    fn get(&self, c: char) -> &Bits {
        let cp = c as u32;
        let interval = match self.pages.get((cp / PAGE) as usize) {
            Some(&offset) => usize::from(self.blocks[(offset + cp % PAGE) as usize]),
            None => self.starts.partition_point(|&s| s <= cp) - 1,
        };
        &self.masks[interval]
    }
}

/// The bytes of a line the needs look at, one bit each (an ASCII letter
/// shares its bit with its other case; bytes past 64 share bits, which only
/// lets more lines through).
#[derive(Clone, Copy, Debug)]
pub(super) struct Present(u64);

/// What a rule needs beyond its ends: every bit of `all`, one mask of each
/// entry of `any` (all its bits), and for a rule searched alone a match of
/// `literal`.
#[derive(Default)]
struct Checks {
    all: u64,
    any: Vec<Vec<u64>>,
    literal: Option<Copies<regex::Regex>>,
}

/// A rule as the gate sees it.
pub(super) struct GateRule<'a> {
    /// The pattern.
    pub pattern: &'a str,
    /// Whether it runs on the whole line (else on a suffix: only its end counts).
    pub whole_line: bool,
}

/// The prefilter of a list of rules.
pub(super) struct Gate {
    head: Vec<Lookup>,
    tail: Vec<Lookup>,
    /// The bit of each byte in [`Present`].
    byte_bits: Vec<u64>,
    checks: Vec<Checks>,
    /// Per rule, whether it is searched alone.
    alone: Vec<bool>,
}

impl Gate {
    /// Builds the gate of `rules`, in order.
    pub(super) fn new(rules: &[GateRule]) -> Gate {
        assert!(
            rules.len() <= Bits::CAPACITY,
            "more than {} boilerplate rules: widen gate::Bits",
            Bits::CAPACITY
        );
        let mut heads = vec![Vec::new(); DEPTH];
        let mut tails = vec![Vec::new(); DEPTH];
        let mut shapes = Vec::new();
        for rule in rules {
            let shape = Shape::of(rule.pattern);
            for d in 0..DEPTH {
                heads[d].push(if rule.whole_line {
                    shape.head[d].clone()
                } else {
                    any()
                });
                tails[d].push(shape.tail[d].clone());
            }
            shapes.push(shape);
        }
        let byte_bits = byte_bits(shapes.iter().flat_map(|s| &s.needs).flatten());
        let mask = |s: &str| s.bytes().fold(0, |m, b| m | byte_bits[usize::from(b)]);
        let alone = shapes.iter().map(|s| s.alone).collect();
        let checks = shapes
            .into_iter()
            .map(|shape| {
                let mut c = Checks {
                    literal: shape.lits.as_deref().map(|l| Copies::new(literal_regex(l))),
                    ..Checks::default()
                };
                for need in &shape.needs {
                    let mut masks: Vec<u64> = need.iter().map(|s| mask(s)).collect();
                    masks.sort_unstable();
                    masks.dedup();
                    match masks.as_slice() {
                        // A need every line meets (no bits) checks nothing.
                        m if m.contains(&0) => {}
                        [one] => c.all |= one,
                        _ => c.any.push(masks),
                    }
                }
                c
            })
            .collect();
        Gate {
            head: heads.iter().map(|a| Lookup::new(a)).collect(),
            tail: tails.iter().map(|a| Lookup::new(a)).collect(),
            byte_bits,
            checks,
            alone,
        }
    }

    /// Whether rule `rule` is searched alone: a search for it may read far
    /// into prose, which would slow a set down on every line.
    pub(super) fn alone(&self, rule: usize) -> bool {
        self.alone[rule]
    }

    /// The bytes of `line` the needs look at.
    pub(super) fn present(&self, line: &str) -> Present {
        let mut acc = [0u64; 4];
        let mut quads = line.as_bytes().chunks_exact(4);
        for q in &mut quads {
            for (a, &b) in acc.iter_mut().zip(q) {
                *a |= self.byte_bits[usize::from(b)];
            }
        }
        for &b in quads.remainder() {
            acc[0] |= self.byte_bits[usize::from(b)];
        }
        Present(acc[0] | acc[1] | acc[2] | acc[3])
    }

    /// The rules the first and last characters of `line` allow.
    pub(super) fn candidates(&self, line: &str) -> Bits {
        let mut m = Bits([u64::MAX; 4]);
        for (lookup, c) in self.head.iter().zip(line.chars()) {
            m = m.and(lookup.get(c));
        }
        for (lookup, c) in self.tail.iter().zip(line.chars().rev()) {
            m = m.and(lookup.get(c));
        }
        m
    }

    /// Whether a line with the bytes `present` holds the bytes of a member
    /// of every set rule `rule` requires.
    pub(super) fn bytes_met(&self, rule: usize, present: Present) -> bool {
        let c = &self.checks[rule];
        let has = |m: u64| present.0 & m == m;
        has(c.all) && c.any.iter().all(|alts| alts.iter().any(|&m| has(m)))
    }

    /// Whether `hay` (the text rule `rule` runs on) holds one of its
    /// literals (for a rule searched alone; the others have no literal
    /// regex and pass).
    pub(super) fn literal_met(&self, rule: usize, hay: &str) -> bool {
        self.checks[rule]
            .literal
            .as_ref()
            .is_none_or(|re| re.is_match(hay))
    }
}

/// A regex matching any of `lits`.
fn literal_regex(lits: &[Lit]) -> regex::Regex {
    let alts: Vec<String> = lits
        .iter()
        .map(|l| {
            let text = regex::escape(&l.text);
            if l.ci {
                format!("(?i:{text})")
            } else {
                text
            }
        })
        .collect();
    regex::Regex::new(&alts.join("|")).expect("literals compile")
}

/// A bit for each byte of the `needs` strings: an ASCII letter shares its
/// bit with its other case (so a `(?i)` letter needs one bit; a
/// case-sensitive one is then met by either case, which only lets more
/// lines through); past 64 bytes, bits are shared.
fn byte_bits<'a>(needs: impl Iterator<Item = &'a String>) -> Vec<u64> {
    let mut used: Vec<u8> = needs
        .flat_map(|s| s.bytes())
        .map(|b| b.to_ascii_lowercase())
        .collect();
    used.sort_unstable_by_key(|&b| (b >= 0x80, b));
    used.dedup();
    let mut bits = vec![0u64; 256];
    for (i, &b) in used.iter().enumerate() {
        bits[usize::from(b)] = 1 << (i % 64);
        bits[usize::from(b.to_ascii_uppercase())] = 1 << (i % 64);
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::pattern::testing::{parses, sample, Rng};
    use super::*;
    use crate::clean::{phrase_pattern, TABLES};

    /// Patterns with the corners of the syntax: empty branches, nested and
    /// counted repeats, inner anchors, `\b`, case folding (`k` and `s` fold
    /// to non-ASCII characters), negated classes.
    const TRICKY: &[&str] = &[
        r"^ab|cd$",
        r"^(?:a|)b$",
        r"^a?b?c?d?e$",
        r"^(?:ab)*c$",
        r"^x(?:y|z\s*w)+$",
        r"(?i)^ks$",
        r"(?i)^[^a-z]b",
        r"(?i)^[^.]x$",
        r"(?i)^[a-c]{2}$",
        r"^\bfoo(?-u:\b)",
        r"(?:^|\s)a$",
        r"^$",
        r"^a{2,3}$",
        r"^[가-힣]{1,2}\s?=$",
        r"^\S+@\S+$",
        r"(?i)^(?:k|s|ſ)$",
        r"^.{0,5}x$",
        r"^(?:(?:a|b)\s*){2,}$",
        r"^(?i:ab)c$",
        r"x(?:y$|z)",
        r"(?i)may\s+not[^.]{0,60}$",
        r"[/|ㅣ]\s*(?:사진|자료)\s*[=:]\s*[^/=]{1,40}$",
        r"^[^\n]+\(으\)로\s?기사$",
    ];

    fn table_patterns() -> Vec<String> {
        let mut out = Vec::new();
        for table in TABLES {
            out.extend(table.phrases.iter().map(|(_, g)| phrase_pattern(g)));
            out.extend(table.patterns.iter().map(|p| p.pattern.to_string()));
        }
        out
    }

    #[test]
    fn every_table_pattern_is_understood() {
        for p in table_patterns() {
            assert!(parses(&p), "the gate cannot read {p:?}");
        }
    }

    /// The gate's whole promise: a line a rule matches is never ruled out.
    /// Random strings sampled from each pattern (with random text around
    /// them, and cut at random), checked against the regex crate.
    #[test]
    fn the_gate_never_rules_out_a_match() {
        let patterns: Vec<String> = TRICKY
            .iter()
            .map(|p| p.to_string())
            .chain(table_patterns())
            .collect();
        for chunk in patterns.chunks(Bits::CAPACITY) {
            let rules: Vec<GateRule> = chunk
                .iter()
                .map(|pattern| GateRule {
                    pattern,
                    whole_line: true,
                })
                .collect();
            let gate = Gate::new(&rules);
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
            let junk = ["", " ", "x", "가", ".", "\u{a0}", "a b.", "ſ", "K", "=/:"];
            for (r, pattern) in chunk.iter().enumerate() {
                let re = regex::Regex::new(pattern).expect("pattern compiles");
                let mut matched = 0;
                for _ in 0..400 {
                    let core = sample(pattern, &mut rng).expect("parses");
                    let pre = junk[rng.below(junk.len())];
                    let post = junk[rng.below(junk.len())];
                    // Letters in another case: what `(?i)` lets through.
                    let mangled: String = core
                        .chars()
                        .map(|c| match (c, rng.below(3)) {
                            ('k' | 'K', 0) => '\u{212A}',
                            ('s' | 'S', 0) => '\u{17F}',
                            (c, 1) if c.is_ascii_lowercase() => c.to_ascii_uppercase(),
                            (c, 1) => c.to_ascii_lowercase(),
                            (c, _) => c,
                        })
                        .collect();
                    for line in [core.clone(), format!("{pre}{core}{post}"), mangled] {
                        if !re.is_match(&line) {
                            continue;
                        }
                        matched += 1;
                        let present = gate.present(&line);
                        assert!(
                            gate.candidates(&line).has(r)
                                && gate.bytes_met(r, present)
                                && gate.literal_met(r, &line),
                            "the gate rules out {line:?}, which {pattern:?} matches"
                        );
                    }
                }
                assert!(matched > 0, "no sample of {pattern:?} matched");
            }
        }
    }
}
