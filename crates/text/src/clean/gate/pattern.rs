//! Reading a rule's pattern for the gate: `regex-syntax` (the parser the
//! `regex` crate compiles the rules with) turns it into a [`Hir`], with
//! `(?i)` and negated classes already resolved into plain character
//! classes; this module walks the `Hir` for what it tells about every
//! match: the characters at each depth from either end ([`Ends`]), the
//! character sets and literals every match holds one of, and whether a
//! search may read far into prose.
//!
//! Every answer is a superset of the truth: alternatives are merged
//! position by position and assertions (`\b`, an inner `^` or `$`) read as
//! matching the empty string. A pattern `regex-syntax` rejects, or whose
//! `Hir` holds a class of non-ASCII bytes, makes [`Shape::of`] allow
//! anything.

use std::borrow::Cow;

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

use super::DEPTH;

/// A set of characters.
pub(super) type CharSet = ClassUnicode;

/// Required sets with more members than this are not worth a check.
const NEED_MAX_CHARS: usize = 6;

/// At most this many required sets per rule, the most selective first.
const NEEDS_PER_RULE: usize = 8;

/// Every character.
pub(super) fn any() -> CharSet {
    CharSet::new([ClassUnicodeRange::new('\0', char::MAX)])
}

fn one(c: char) -> CharSet {
    CharSet::new([ClassUnicodeRange::new(c, c)])
}

/// The characters of `s`.
fn members(s: &CharSet) -> impl Iterator<Item = char> + '_ {
    s.ranges().iter().flat_map(|r| r.start()..=r.end())
}

/// How many code points `s` spans.
fn size(s: &CharSet) -> usize {
    let span = |r: &ClassUnicodeRange| (r.end() as usize) - (r.start() as usize) + 1;
    s.ranges().iter().map(span).sum()
}

/// Whether every character in `a..=b` is in `s`.
fn covers(s: &CharSet, a: char, b: char) -> bool {
    s.ranges().iter().any(|r| r.start() <= a && b <= r.end())
}

/// The characters `(?i)` lets `c` match.
fn fold(c: char) -> CharSet {
    let mut s = one(c);
    s.case_fold_simple();
    s
}

/// A set borrowed from the `Hir` where it can be.
type Set<'a> = Cow<'a, CharSet>;

/// A class as characters: a byte class only when all ASCII (`(?-u:…)` in a
/// UTF-8 regex), else `None`.
fn class(c: &Class) -> Option<Set<'_>> {
    match c {
        Class::Unicode(s) => Some(Cow::Borrowed(s)),
        Class::Bytes(b) => b.to_unicode_class().map(Cow::Owned),
    }
}

/// A literal's text (`None` for bytes that are not UTF-8).
fn text(h: &Hir) -> Option<&str> {
    match h.kind() {
        HirKind::Literal(l) => std::str::from_utf8(&l.0).ok(),
        _ => None,
    }
}

/// Whether the walks below can read every node of `h` as characters.
fn readable(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(Class::Unicode(_)) => true,
        HirKind::Class(Class::Bytes(b)) => b.is_ascii(),
        HirKind::Literal(_) => text(h).is_some(),
        HirKind::Capture(c) => readable(&c.sub),
        HirKind::Repetition(r) => readable(&r.sub),
        HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().all(readable),
    }
}

/// Adds the members of `other` to `set` (a no-op, without sorting, when
/// it holds them already).
fn add<'a>(set: &mut Set<'a>, other: &Set<'a>) {
    if set.ranges().is_empty() {
        set.clone_from(other);
        return;
    }
    let holds = |r: &ClassUnicodeRange| {
        let i = set.ranges().partition_point(|x| x.end() < r.start());
        set.ranges()
            .get(i)
            .is_some_and(|x| x.start() <= r.start() && r.end() <= x.end())
    };
    if !other.ranges().iter().all(holds) {
        set.to_mut().union(other);
    }
}

/// The items of a concatenation in reading order.
fn ordered(items: &[Hir], rev: bool) -> Box<dyn Iterator<Item = &Hir> + '_> {
    if rev {
        Box::new(items.iter().rev())
    } else {
        Box::new(items.iter())
    }
}

/// The bit of a match length in [`Ends::lens`] (`DEPTH` for longer ones).
fn len_bit(len: usize) -> u8 {
    1 << len.min(DEPTH)
}

/// What the matches of a node look like from one end: the characters at
/// each depth, and the lengths.
#[derive(Clone, Debug)]
struct Ends<'a> {
    /// `at[d]`: the characters at depth `d` of the matches longer than `d`.
    at: [Set<'a>; DEPTH],
    /// Bit `l < DEPTH`: a match of `l` characters; bit `DEPTH`: a longer one.
    lens: u8,
}

impl<'a> Ends<'a> {
    /// Matches nothing.
    fn none() -> Ends<'a> {
        Ends {
            at: std::array::from_fn(|_| Cow::Owned(CharSet::empty())),
            lens: 0,
        }
    }

    /// Matches the empty string.
    fn empty() -> Ends<'a> {
        Ends {
            lens: 1,
            ..Ends::none()
        }
    }

    /// Matches `first` (its first characters, read from this end) of a
    /// match `len` characters long.
    fn literal(first: impl Iterator<Item = char>, len: usize) -> Ends<'a> {
        let mut out = Ends::none();
        for (set, c) in out.at.iter_mut().zip(first) {
            *set = Cow::Owned(one(c));
        }
        out.lens = len_bit(len);
        out
    }

    /// Adds the matches of `other`.
    fn or(&mut self, other: &Ends<'a>) {
        for (a, b) in self.at.iter_mut().zip(&other.at) {
            add(a, b);
        }
        self.lens |= other.lens;
    }

    /// `self` followed by `next`.
    fn then(self, next: &Ends<'a>) -> Ends<'a> {
        let lens = self.lens;
        let mut out = Ends { lens: 0, ..self };
        for k in (0..DEPTH).filter(|&k| lens & len_bit(k) != 0) {
            // A match of `k` characters: `next` goes on from depth `k`.
            for d in k..DEPTH {
                add(&mut out.at[d], &next.at[d - k]);
            }
            for j in (0..=DEPTH).filter(|&j| next.lens & len_bit(j) != 0) {
                out.lens |= len_bit(k + j);
            }
        }
        if lens & len_bit(DEPTH) != 0 && next.lens != 0 {
            out.lens |= len_bit(DEPTH);
        }
        out
    }

    /// The characters allowed at each depth of a hay whose match is anchored
    /// at this end; `whole`: the match is the whole hay (anchored at both
    /// ends), so a match shorter than the depth means a hay that short.
    fn per_depth(&self, whole: bool) -> Vec<CharSet> {
        (0..DEPTH)
            .map(|d| {
                let shorter = self.lens & ((len_bit(d) << 1) - 1) != 0;
                if shorter && !whole {
                    // The match may end before depth d, and the hay go on.
                    any()
                } else {
                    self.at[d].clone().into_owned()
                }
            })
            .collect()
    }
}

/// What the matches of `h` look like from its start (`rev`: its end).
fn ends(h: &Hir, rev: bool) -> Ends<'_> {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Ends::empty(),
        HirKind::Literal(_) => {
            let t = text(h).unwrap_or_default();
            let len = t.chars().count();
            if rev {
                Ends::literal(t.chars().rev(), len)
            } else {
                Ends::literal(t.chars(), len)
            }
        }
        HirKind::Class(c) => {
            let mut out = Ends::none();
            out.at[0] = class(c).unwrap_or_else(|| Cow::Owned(any()));
            out.lens = len_bit(1);
            out
        }
        HirKind::Capture(c) => ends(&c.sub, rev),
        HirKind::Concat(items) => {
            let mut out = Ends::empty();
            for item in ordered(items, rev) {
                if out.lens == len_bit(DEPTH) {
                    break; // every match is DEPTH long already
                }
                out = out.then(&ends(item, rev));
            }
            out
        }
        HirKind::Alternation(branches) => {
            let mut out = Ends::none();
            for b in branches {
                out.or(&ends(b, rev));
            }
            out
        }
        HirKind::Repetition(r) => {
            // `j` copies for `j >= DEPTH` begin like `DEPTH` copies: the
            // first DEPTH characters span at most DEPTH non-empty copies.
            let inner = ends(&r.sub, rev);
            let lo = (r.min as usize).min(DEPTH);
            let hi = r.max.map_or(DEPTH, |m| (m as usize).min(DEPTH));
            let mut out = Ends::none();
            let mut power = Ends::empty();
            for j in 0..=hi {
                if j >= lo {
                    out.or(&power);
                }
                if j < hi {
                    power = power.then(&inner);
                }
            }
            out
        }
    }
}

/// How little a required set filters, and the set.
type Need<'a> = ((u8, usize), Set<'a>);

fn need(set: Set<'_>) -> Need<'_> {
    (need_rank(&set), set)
}

/// Character sets of which every match of `h` holds a member (all of them).
fn needs<'a>(h: &'a Hir, out: &mut Vec<Need<'a>>) {
    match h.kind() {
        HirKind::Literal(_) => {
            let chars = text(h).unwrap_or_default().chars();
            out.extend(chars.map(|c| need(Cow::Owned(one(c)))));
        }
        HirKind::Class(c) => out.extend(class(c).map(need)),
        HirKind::Capture(c) => needs(&c.sub, out),
        HirKind::Concat(items) => items.iter().for_each(|item| needs(item, out)),
        HirKind::Alternation(_) => out.extend(best_need(h)),
        HirKind::Repetition(r) if r.min > 0 => needs(&r.sub, out),
        _ => {}
    }
}

/// The most selective of the [`needs`] of `h` (the first of equal ones).
fn best_need(h: &Hir) -> Option<Need<'_>> {
    match h.kind() {
        HirKind::Literal(_) => {
            let chars = text(h).unwrap_or_default().chars();
            // The first character of the lowest rank (rank, then size 1).
            let c = chars.min_by_key(|&c| char_rank(c))?;
            Some(need(Cow::Owned(one(c))))
        }
        HirKind::Class(c) => class(c).map(need),
        HirKind::Capture(c) => best_need(&c.sub),
        HirKind::Concat(items) => {
            items
                .iter()
                .filter_map(best_need)
                .reduce(|a, b| if b.0 < a.0 { b } else { a })
        }
        HirKind::Alternation(branches) => {
            // Each branch contributes its best set; a branch without one
            // (it may match without any) leaves nothing required.
            let mut union = Cow::Owned(CharSet::empty());
            for b in branches {
                add(&mut union, &best_need(b)?.1);
            }
            Some(need(union))
        }
        HirKind::Repetition(r) if r.min > 0 => best_need(&r.sub),
        _ => None,
    }
}

/// How common a character is in prose: whitespace most, then letters,
/// digits, other characters, and ASCII punctuation least.
fn char_rank(c: char) -> u8 {
    match c {
        c if c.is_whitespace() => 9,
        c if c.is_ascii_alphabetic() => 6,
        c if c.is_ascii_digit() => 4,
        c if c.is_ascii() => 1,
        c if c.is_alphabetic() => 5,
        _ => 2,
    }
}

/// How little a required set filters: rare punctuation first, letters and
/// big sets last (prose has them all).
fn need_rank(set: &CharSet) -> (u8, usize) {
    let len = size(set);
    if len > NEED_MAX_CHARS {
        return (9, len);
    }
    (members(set).map(char_rank).max().unwrap_or(9), len)
}

/// The few most selective sets every match of `h` holds a member of, each
/// as its characters.
fn needs_of(h: &Hir) -> Vec<Vec<String>> {
    let mut ranked = Vec::new();
    needs(h, &mut ranked);
    ranked.retain(|(rank, _)| rank.0 < 9);
    ranked.sort_by(|(ra, a), (rb, b)| (ra, a.ranges()).cmp(&(rb, b.ranges())));
    ranked.dedup_by(|(_, a), (_, b)| a == b);
    ranked
        .into_iter()
        .take(NEEDS_PER_RULE)
        .map(|(_, s)| members(&s).map(String::from).collect())
        .collect()
}

/// A literal a match must contain; `ci`: matched case-insensitively.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Lit {
    pub(super) text: String,
    pub(super) ci: bool,
}

/// Literal sets bigger than this are not kept.
const LITS_MAX: usize = 32;

/// Literal sets whose shortest literal is shorter than this (bytes) are
/// too common to filter.
const LIT_MIN_BYTES: usize = 2;

/// What a node says about literals: `exact`, every string it matches (when
/// few); `inner`, a set of which every match contains one (when known).
#[derive(Clone, Debug, Default)]
struct Lits {
    exact: Option<Vec<Lit>>,
    inner: Option<Vec<Lit>>,
}

impl Lits {
    fn exact(lits: Vec<Lit>) -> Lits {
        if lits.len() > LITS_MAX {
            return Lits::default();
        }
        Lits {
            inner: Some(lits.clone()),
            exact: Some(lits),
        }
    }

    /// Matches the empty string only.
    fn empty() -> Lits {
        Lits::exact(vec![Lit {
            text: String::new(),
            ci: false,
        }])
    }

    /// The best set every match holds one of: `exact` or `inner`.
    fn best(&self) -> Option<&Vec<Lit>> {
        [&self.exact, &self.inner]
            .into_iter()
            .flatten()
            .max_by_key(|l| lits_score(l))
    }
}

/// How well a literal set filters: its shortest literal (bytes), then few literals.
fn lits_score(lits: &[Lit]) -> (usize, std::cmp::Reverse<usize>) {
    let shortest = lits.iter().map(|l| l.text.len()).min().unwrap_or(0);
    (shortest, std::cmp::Reverse(lits.len()))
}

/// Every concatenation of a string of `a` with one of `b`, if not too many.
fn product(a: &[Lit], b: &[Lit]) -> Option<Vec<Lit>> {
    if a.len() * b.len() > LITS_MAX {
        return None;
    }
    let mut out: Vec<Lit> = a
        .iter()
        .flat_map(|x| {
            b.iter().map(move |y| Lit {
                text: format!("{}{}", x.text, y.text),
                ci: x.ci || y.ci,
            })
        })
        .collect();
    out.sort();
    out.dedup();
    Some(out)
}

/// The strings of one character a class matches: one case-insensitive
/// letter when the class is exactly an ASCII letter's `(?i)` fold, else its
/// members if few.
fn class_lits(s: &CharSet) -> Option<Vec<Lit>> {
    let first = members(s).next()?;
    if first.is_ascii_alphabetic() && *s == fold(first) {
        return Some(vec![Lit {
            text: first.to_ascii_lowercase().to_string(),
            ci: true,
        }]);
    }
    (size(s) <= 4).then(|| {
        members(s)
            .map(|c| Lit {
                text: c.to_string(),
                ci: false,
            })
            .collect()
    })
}

/// Literals every match of `h` contains.
fn lits(h: &Hir) -> Lits {
    match h.kind() {
        HirKind::Literal(_) => Lits::exact(vec![Lit {
            text: text(h).unwrap_or_default().to_string(),
            ci: false,
        }]),
        HirKind::Class(c) => class(c)
            .and_then(|s| class_lits(&s))
            .map(Lits::exact)
            .unwrap_or_default(),
        HirKind::Capture(c) => lits(&c.sub),
        HirKind::Concat(items) => concat_lits(items),
        HirKind::Alternation(branches) => alternation_lits(branches),
        HirKind::Repetition(r) => {
            let l = lits(&r.sub);
            match (r.min, r.max) {
                (0, Some(1)) => match l.exact {
                    Some(mut e) => {
                        e.extend(Lits::empty().exact.unwrap_or_default());
                        Lits::exact(e)
                    }
                    None => Lits::default(),
                },
                (1, Some(1)) => l,
                (0, _) => Lits::default(),
                _ => Lits {
                    exact: None,
                    inner: l.best().cloned(),
                },
            }
        }
        HirKind::Empty | HirKind::Look(_) => Lits::empty(),
    }
}

/// Literals of a concatenation: runs of exact items multiply out; every
/// run and every item's own inner set is a candidate, the best one wins.
fn concat_lits(items: &[Hir]) -> Lits {
    let mut best: Option<Vec<Lit>> = None;
    let mut consider = |cand: &Vec<Lit>| {
        if best
            .as_ref()
            .is_none_or(|b| lits_score(cand) > lits_score(b))
        {
            best = Some(cand.clone());
        }
    };
    let mut run: Option<Vec<Lit>> = Lits::empty().exact;
    let mut all_exact = true;
    for item in items {
        let l = lits(item);
        if let Some(inner) = l.best() {
            consider(inner);
        }
        run = match (run, &l.exact) {
            (Some(r), Some(e)) => match product(&r, e) {
                Some(p) => Some(p),
                None => {
                    all_exact = false;
                    consider(&r);
                    Some(e.clone())
                }
            },
            (r, e) => {
                all_exact = false;
                if let Some(r) = &r {
                    consider(r);
                }
                e.clone()
            }
        };
    }
    if let Some(r) = &run {
        consider(r);
    }
    match run.filter(|_| all_exact) {
        Some(exact) => Lits::exact(exact),
        None => Lits {
            exact: None,
            inner: best,
        },
    }
}

/// Literals of an alternation: all branches' strings when every branch
/// has few, else the union of each branch's best set.
fn alternation_lits(branches: &[Hir]) -> Lits {
    let parts: Vec<Lits> = branches.iter().map(lits).collect();
    if parts.iter().all(|p| p.exact.is_some()) {
        let mut all: Vec<Lit> = parts
            .iter()
            .flat_map(|p| p.exact.clone())
            .flatten()
            .collect();
        all.sort();
        all.dedup();
        if all.len() <= LITS_MAX {
            return Lits::exact(all);
        }
    }
    let mut inner = Vec::new();
    for p in &parts {
        match p.best() {
            Some(b) => inner.extend(b.iter().cloned()),
            None => return Lits::default(),
        }
    }
    inner.sort();
    inner.dedup();
    Lits {
        exact: None,
        inner: (inner.len() <= LITS_MAX).then_some(inner),
    }
}

/// What a search meets first, reading a node from its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// A long run of a class spanning words.
    Wide,
    /// A required narrower item, where prose fails soon.
    Stop,
    /// Nothing required: the search reads on past the node.
    Through,
}

/// Runs longer than this many characters count as long.
const WIDE_RUN: u32 = 12;

/// What a search reading `h` from its start (`rev`: from its end) meets
/// first.
fn reach(h: &Hir, rev: bool) -> Reach {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Reach::Through,
        HirKind::Literal(_) | HirKind::Class(_) => Reach::Stop,
        HirKind::Capture(c) => reach(&c.sub, rev),
        HirKind::Concat(items) => ordered(items, rev)
            .map(|item| reach(item, rev))
            .find(|&r| r != Reach::Through)
            .unwrap_or(Reach::Through),
        HirKind::Alternation(branches) => {
            let all: Vec<Reach> = branches.iter().map(|b| reach(b, rev)).collect();
            [Reach::Wide, Reach::Through]
                .into_iter()
                .find(|r| all.contains(r))
                .unwrap_or(Reach::Stop)
        }
        HirKind::Repetition(r) => {
            if let HirKind::Class(c) = r.sub.kind() {
                let s = class(c).unwrap_or_else(|| Cow::Owned(any()));
                let long = r.max.is_none_or(|m| m >= WIDE_RUN);
                let spans_words = covers(&s, ' ', ' ')
                    && (covers(&s, 'a', 'z') || covers(&s, '\u{AC00}', '\u{D7A3}'));
                if long && spans_words {
                    return Reach::Wide;
                }
            }
            match reach(&r.sub, rev) {
                Reach::Wide => Reach::Wide,
                _ if r.min == 0 => Reach::Through,
                other => other,
            }
        }
    }
}

/// What the gate knows of one pattern.
pub(super) struct Shape {
    /// Per depth from the start, the characters a match may have there
    /// (anything where the pattern is not anchored at its start).
    pub(super) head: Vec<CharSet>,
    /// Per depth from the end, likewise.
    pub(super) tail: Vec<CharSet>,
    /// Sets of strings of which every match holds one: the most selective
    /// required character sets (a string per character), and for a rule
    /// searched alone, its literals.
    pub(super) needs: Vec<Vec<String>>,
    /// Whether a search may read far into a line of prose: from its anchor,
    /// past optional parts, it meets a long or unbounded run of a class that
    /// spans words (holds a space and letters), as `^[^\n]+…` or
    /// `…[^/=]{1,40}$` do. The rule is then searched alone.
    pub(super) alone: bool,
    /// For a rule searched alone, literals of which every match holds one.
    pub(super) lits: Option<Vec<Lit>>,
}

/// The `Hir` of `pattern`, parsed as the rules are compiled (the `regex`
/// crate's defaults: Unicode, UTF-8, flags inline); `None` if it does not
/// parse or the walks cannot read it.
pub(super) fn parse(pattern: &str) -> Option<Hir> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    readable(&hir).then_some(hir)
}

impl Shape {
    /// Parses and reads `pattern`; a pattern that cannot be read allows
    /// anything.
    pub(super) fn of(pattern: &str) -> Shape {
        let any = || vec![any(); DEPTH];
        let Some(hir) = parse(pattern) else {
            return Shape {
                head: any(),
                tail: any(),
                needs: Vec::new(),
                alone: false,
                lits: None,
            };
        };
        let start = hir.properties().look_set_prefix().contains(Look::Start);
        let end = hir.properties().look_set_suffix().contains(Look::End);
        let head = if start {
            ends(&hir, false).per_depth(end)
        } else {
            any()
        };
        let tail = if end {
            ends(&hir, true).per_depth(start)
        } else {
            any()
        };
        let alone = (start || end) && reach(&hir, !start) == Reach::Wide;
        let lits = alone
            .then(|| lits(&hir).best().cloned())
            .flatten()
            .filter(|l| lits_score(l).0 >= LIT_MIN_BYTES);
        let mut needs = needs_of(&hir);
        if let Some(lits) = &lits {
            // One of the literals occurs, so do all its bytes; but a
            // case-insensitive letter may be matched by a non-ASCII one (a
            // LONG S for `s`, a KELVIN SIGN for `k`): those are left out.
            let ascii_only = |c: char| fold(c).ranges().iter().all(|r| r.end().is_ascii());
            needs.push(
                lits.iter()
                    .map(|l| l.text.chars().filter(|&c| !l.ci || ascii_only(c)).collect())
                    .collect(),
            );
        }
        Shape {
            head,
            tail,
            needs,
            alone,
            lits,
        }
    }
}

/// Test helpers: parsing, and random strings that a pattern matches.
#[cfg(test)]
pub(in crate::clean) mod testing {
    use super::*;

    /// Whether `pattern` can be read (else the gate lets every line
    /// through for it).
    pub(in crate::clean) fn parses(pattern: &str) -> bool {
        parse(pattern).is_some()
    }

    /// A deterministic xorshift generator.
    pub(in crate::clean) struct Rng(pub u64);

    impl Rng {
        pub(in crate::clean) fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// A random string the pattern matches, assertions aside (the caller
    /// checks with the regex); `None` if it cannot be read.
    pub(in crate::clean) fn sample(pattern: &str, rng: &mut Rng) -> Option<String> {
        let hir = parse(pattern)?;
        let mut out = String::new();
        walk(&hir, rng, &mut out);
        Some(out)
    }

    fn walk(h: &Hir, rng: &mut Rng, out: &mut String) {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(_) => out.push_str(text(h).unwrap_or_default()),
            HirKind::Class(c) => {
                out.push(pick(&class(c).unwrap_or_else(|| Cow::Owned(any())), rng))
            }
            HirKind::Capture(c) => walk(&c.sub, rng, out),
            HirKind::Concat(items) => items.iter().for_each(|n| walk(n, rng, out)),
            HirKind::Alternation(bs) => walk(&bs[rng.below(bs.len())], rng, out),
            HirKind::Repetition(r) => {
                let extra = r.max.map_or(3, |m| (m - r.min).min(3)) as usize;
                for _ in 0..r.min as usize + rng.below(extra + 1) {
                    walk(&r.sub, rng, out);
                }
            }
        }
    }

    /// A member of `s`, mostly ASCII or Hangul when it has some.
    fn pick(s: &CharSet, rng: &mut Rng) -> char {
        let ranges: Vec<(u32, u32)> = s
            .ranges()
            .iter()
            .map(|r| (r.start() as u32, r.end() as u32))
            .collect();
        let common: Vec<(u32, u32)> = ranges
            .iter()
            .flat_map(|&(a, b)| [(a, b.min(0x7F)), (a.max(0xAC00), b.min(0xAC10))])
            .filter(|&(a, b)| a <= b)
            .collect();
        let ranges = if !common.is_empty() && rng.below(4) > 0 {
            &common
        } else {
            &ranges
        };
        loop {
            let (a, b) = ranges[rng.below(ranges.len())];
            let span = (b - a) as usize + 1;
            if let Some(c) = char::from_u32(a + rng.below(span) as u32) {
                return c;
            }
        }
    }
}
