//! Reading a rule's pattern for the gate: a parser for the regex syntax
//! the tables use, and what it tells about every match: the characters at
//! each depth from either end ([`Heads`]), the character sets and literals
//! every match holds one of, and whether a search may read far into prose.
//!
//! Every answer is a superset of the truth: alternatives are merged
//! position by position, assertions (`\b`, an inner `^` or `$`) read as
//! matching anything, `(?i)` letters keep every case variant (and a cased
//! non-ASCII character allows anything). Syntax the parser does not know
//! makes [`Shape::of`] allow anything.

use std::sync::LazyLock;

use super::DEPTH;

/// The largest code point.
pub(super) const MAX_CHAR: u32 = 0x10_FFFF;

/// Required sets with more members than this are not worth a check.
const NEED_MAX_CHARS: usize = 6;

/// At most this many required sets per rule, the most selective first.
const NEEDS_PER_RULE: usize = 8;

/// A set of characters: sorted, disjoint, non-adjacent inclusive ranges of
/// code points.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct CharSet(pub(super) Vec<(u32, u32)>);

impl CharSet {
    pub(super) fn any() -> CharSet {
        CharSet(vec![(0, MAX_CHAR)])
    }

    fn one(c: char) -> CharSet {
        CharSet(vec![(c as u32, c as u32)])
    }

    fn from_ranges(mut ranges: Vec<(u32, u32)>) -> CharSet {
        ranges.sort_unstable();
        let mut out: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (a, b) in ranges {
            match out.last_mut() {
                Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                _ => out.push((a, b)),
            }
        }
        CharSet(out)
    }

    fn union(&self, other: &CharSet) -> CharSet {
        let mut out = self.clone();
        out.add(other);
        out
    }

    /// Adds the members of `other`: a merge of the two sorted range lists.
    fn add(&mut self, other: &CharSet) {
        if other.0.iter().all(|&(a, b)| self.covers(a, b)) {
            return;
        }
        if let [range] = other.0[..] {
            self.insert(range);
            return;
        }
        let (a, b) = (&self.0, &other.0);
        let mut out: Vec<(u32, u32)> = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            let next = if j == b.len() || (i < a.len() && a[i].0 <= b[j].0) {
                i += 1;
                a[i - 1]
            } else {
                j += 1;
                b[j - 1]
            };
            match out.last_mut() {
                Some(last) if next.0 <= last.1.saturating_add(1) => last.1 = last.1.max(next.1),
                _ => out.push(next),
            }
        }
        self.0 = out;
    }

    /// Adds one range in place.
    fn insert(&mut self, (a, b): (u32, u32)) {
        // The ranges that touch or overlap `a..=b` are merged with it.
        let i = self.0.partition_point(|&(_, hi)| hi.saturating_add(1) < a);
        let j = self.0.partition_point(|&(lo, _)| lo <= b.saturating_add(1));
        let merged = match self.0.get(i..j) {
            Some([first, .., last]) => (first.0.min(a), last.1.max(b)),
            Some([only]) => (only.0.min(a), only.1.max(b)),
            _ => (a, b),
        };
        self.0.splice(i..j, [merged]);
    }

    fn negate(&self) -> CharSet {
        let mut out = Vec::new();
        let mut next = 0u32;
        for &(a, b) in &self.0 {
            if a > next {
                out.push((next, a - 1));
            }
            next = b + 1;
        }
        if next <= MAX_CHAR {
            out.push((next, MAX_CHAR));
        }
        CharSet(out)
    }

    /// Whether every code point in `a..=b` is a member.
    fn covers(&self, a: u32, b: u32) -> bool {
        let i = self.0.partition_point(|&(_, hi)| hi < a);
        self.0.get(i).is_some_and(|&(lo, hi)| lo <= a && b <= hi)
    }

    fn len(&self) -> usize {
        self.0.iter().map(|&(a, b)| (b - a + 1) as usize).sum()
    }

    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.0
            .iter()
            .flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32))
    }

    /// `\s`: Unicode White_Space, as the regex crate and `char::is_whitespace` define it.
    fn space() -> CharSet {
        static SPACE: LazyLock<CharSet> = LazyLock::new(|| {
            let ranges = (0..=0x3000u32)
                .filter_map(char::from_u32)
                .filter(|c| c.is_whitespace())
                .map(|c| (c as u32, c as u32))
                .collect();
            CharSet::from_ranges(ranges)
        });
        SPACE.clone()
    }

    /// Every character `(?i)` lets a member match. Exact for ASCII and for
    /// characters without case; a cased non-ASCII member gives up and
    /// allows anything.
    fn fold(&self) -> CharSet {
        let mut ranges = self.0.clone();
        for &(a, b) in &self.0 {
            for c in (a..=b.min(0x7F)).map(|cp| cp as u8) {
                if c.is_ascii_alphabetic() {
                    ranges.extend(ascii_case_variants(c).map(|v| (v as u32, v as u32)));
                }
            }
            if b >= 0x80 && (a.max(0x80)..=b).filter_map(char::from_u32).any(is_cased) {
                return CharSet::any();
            }
        }
        CharSet::from_ranges(ranges)
    }

    /// Whether `(?i)` can change the set: it holds a letter with case.
    fn has_cased(&self) -> bool {
        self.chars().any(|c| c.is_ascii_alphabetic() || is_cased(c))
    }
}

/// Whether a non-ASCII character has another case.
fn is_cased(c: char) -> bool {
    // CJK punctuation, kana, Han (U+3000..U+9FFF) and Hangul syllables
    // have no case (a test checks): a fast answer for the text this crate
    // mostly reads.
    !c.is_ascii()
        && !matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}')
        && (c.to_lowercase().ne([c]) || c.to_uppercase().ne([c]))
}

/// The characters `(?i)` matches for an ASCII letter: both cases, and the
/// non-ASCII characters that fold to ASCII letters (KELVIN SIGN for `k`,
/// LONG S for `s`; a test checks the list against the regex crate).
fn ascii_case_variants(c: u8) -> impl Iterator<Item = char> {
    let lower = c.to_ascii_lowercase();
    let extra = match lower {
        b'k' => Some('\u{212A}'),
        b's' => Some('\u{17F}'),
        _ => None,
    };
    [lower as char, lower.to_ascii_uppercase() as char]
        .into_iter()
        .chain(extra)
}

/// A parsed pattern, reduced to what the gate needs.
#[derive(Clone, Debug)]
enum Node {
    /// The empty string, and assertions that consume nothing (`\b`).
    Empty,
    /// `^`.
    Start,
    /// `$`.
    End,
    /// One character from the set.
    Set(CharSet),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    /// `node{min,max}`, `max` `None` for no bound.
    Repeat(Box<Node>, u32, Option<u32>),
}

/// A recursive-descent parser for the regex syntax the rule tables use;
/// `None` for anything else.
struct Parser {
    chars: Vec<char>,
    pos: usize,
    /// Whether `(?i)` is in force.
    fold: bool,
}

impl Parser {
    fn parse(pattern: &str) -> Option<Node> {
        let mut p = Parser {
            chars: pattern.chars().collect(),
            pos: 0,
            fold: false,
        };
        let node = p.alternation()?;
        (p.pos == p.chars.len()).then_some(node)
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        self.pos += usize::from(hit);
        hit
    }

    fn alternation(&mut self) -> Option<Node> {
        let mut branches = vec![self.concat()?];
        while self.eat('|') {
            branches.push(self.concat()?);
        }
        Some(if branches.len() == 1 {
            branches.pop()?
        } else {
            Node::Alt(branches)
        })
    }

    fn concat(&mut self) -> Option<Node> {
        let mut items = Vec::new();
        while !matches!(self.peek(), None | Some('|' | ')')) {
            if let Some(atom) = self.atom()? {
                items.push(self.quantified(atom)?);
            }
        }
        Some(Node::Concat(items))
    }

    /// One atom; `Some(None)` for a flag group like `(?i)`, which sets the
    /// flags for the rest of the enclosing group.
    fn atom(&mut self) -> Option<Option<Node>> {
        Some(Some(match self.next()? {
            '(' => return self.group(),
            '[' => Node::Set(self.class()?),
            '\\' => self.escape()?,
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Set(CharSet::one('\n').negate()),
            '*' | '+' | '?' | '{' | ')' | ']' => return None,
            c => Node::Set(self.literal(c)),
        }))
    }

    fn literal(&self, c: char) -> CharSet {
        let set = CharSet::one(c);
        if self.fold {
            set.fold()
        } else {
            set
        }
    }

    /// After `(`: a group or a flag group.
    fn group(&mut self) -> Option<Option<Node>> {
        let outer = self.fold;
        if self.eat('?') {
            let mut on = true;
            loop {
                match self.next()? {
                    'i' => self.fold = on,
                    // Without Unicode, `\b` and `\s` only match less.
                    'u' => {}
                    '-' => on = false,
                    ')' => return Some(None),
                    ':' => break,
                    _ => return None,
                }
            }
        }
        let inner = self.alternation()?;
        self.fold = outer;
        self.eat(')').then_some(Some(inner))
    }

    fn escape(&mut self) -> Option<Node> {
        Some(match self.next()? {
            'b' | 'B' => Node::Empty,
            'A' => Node::Start,
            'z' => Node::End,
            's' => Node::Set(CharSet::space()),
            'S' => Node::Set(CharSet::space().negate()),
            c => Node::Set(self.literal(unescape(c)?)),
        })
    }

    /// After `[`: a bracketed class without nesting or set operations.
    fn class(&mut self) -> Option<CharSet> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self.next()?;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = match c {
                '[' => return None,
                '&' | '~' | '-' if self.peek() == Some(c) => return None,
                '\\' => match self.next()? {
                    's' => {
                        ranges.extend(CharSet::space().0);
                        continue;
                    }
                    'S' => {
                        ranges.extend(CharSet::space().negate().0);
                        continue;
                    }
                    e => unescape(e)?,
                },
                c => c,
            };
            let range = self.peek() == Some('-') && self.chars.get(self.pos + 1) != Some(&']');
            let hi = if range {
                self.pos += 1;
                match self.next()? {
                    '\\' => unescape(self.next()?)?,
                    '[' => return None,
                    c => c,
                }
            } else {
                lo
            };
            if hi < lo {
                return None;
            }
            ranges.push((lo as u32, hi as u32));
        }
        let set = CharSet::from_ranges(ranges);
        Some(match (self.fold, negated) {
            (false, false) => set,
            (false, true) => set.negate(),
            (true, false) => set.fold(),
            (true, true) if !set.has_cased() => set.negate(),
            // Folding before negating is not worth modelling: allow anything.
            (true, true) => CharSet::any(),
        })
    }

    /// An optional quantifier after `atom`; a lazy `?` changes nothing here.
    fn quantified(&mut self, atom: Node) -> Option<Node> {
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                self.pos += 1;
                let min = self.number()?;
                let max = if self.eat(',') {
                    match self.peek() {
                        Some('}') => None,
                        _ => Some(self.number()?),
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') || max.is_some_and(|m| m < min) {
                    return None;
                }
                (min, max)
            }
            _ => return Some(atom),
        };
        self.pos += 1;
        self.eat('?');
        if matches!(self.peek(), Some('?' | '*' | '+' | '{')) {
            return None;
        }
        Some(Node::Repeat(Box::new(atom), min, max))
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }
}

/// The character of an escape that stands for one character (`\.`, `\n`).
fn unescape(e: char) -> Option<char> {
    match e {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        c if c.is_ascii_punctuation() => Some(c),
        _ => None,
    }
}

impl Node {
    /// The same language read backwards.
    fn reversed(&self) -> Node {
        match self {
            Node::Concat(items) => Node::Concat(items.iter().rev().map(Node::reversed).collect()),
            Node::Alt(branches) => Node::Alt(branches.iter().map(Node::reversed).collect()),
            Node::Repeat(n, min, max) => Node::Repeat(Box::new(n.reversed()), *min, *max),
            other => other.clone(),
        }
    }

    /// Whether the pattern starts with `^` and ends with `$` at its top level.
    fn anchors(&self) -> (bool, bool) {
        match self {
            Node::Concat(items) => (
                matches!(items.first(), Some(Node::Start)),
                matches!(items.last(), Some(Node::End)),
            ),
            _ => (false, false),
        }
    }

    /// The first [`DEPTH`] characters of the matches.
    fn heads(&self) -> Heads {
        match self {
            Node::Empty | Node::Start | Node::End => Heads::empty(),
            Node::Set(s) => Heads::set(s),
            Node::Concat(items) => {
                let mut h = Heads::empty();
                for item in items {
                    if h.short.iter().all(Option::is_none) {
                        break; // every match is DEPTH long already
                    }
                    h = h.then(&item.heads());
                }
                h
            }
            Node::Alt(branches) => {
                let mut h = Heads::none();
                for b in branches {
                    h.or_assign(&b.heads());
                }
                h
            }
            Node::Repeat(n, min, max) => {
                // `j` copies for `j >= DEPTH` begin like `DEPTH` copies: the
                // first DEPTH characters span at most DEPTH non-empty copies.
                let inner = n.heads();
                let lo = (*min as usize).min(DEPTH);
                let hi = max.map_or(DEPTH, |m| (m as usize).min(DEPTH));
                let mut h = Heads::none();
                let mut power = Heads::empty();
                for j in 0..=hi {
                    if j >= lo {
                        h.or_assign(&power);
                    }
                    if j < hi {
                        power = power.then(&inner);
                    }
                }
                h
            }
        }
    }

    /// Character sets of which every match holds a member (all of them).
    fn needs(&self) -> Vec<CharSet> {
        match self {
            Node::Empty | Node::Start | Node::End => Vec::new(),
            Node::Set(s) => vec![s.clone()],
            Node::Concat(items) => items.iter().flat_map(Node::needs).collect(),
            Node::Alt(branches) => {
                // Each branch contributes its best set; a branch without
                // one (it may match without any) leaves nothing required.
                let mut union = CharSet::default();
                for b in branches {
                    match b.needs().into_iter().min_by_key(need_rank) {
                        Some(best) => union = union.union(&best),
                        None => return Vec::new(),
                    }
                }
                vec![union]
            }
            Node::Repeat(n, min, _) if *min > 0 => n.needs(),
            Node::Repeat(..) => Vec::new(),
        }
    }
}

/// How little a required set filters: rare punctuation first, letters and
/// big sets last (prose has them all).
fn need_rank(set: &CharSet) -> (u8, usize) {
    let worst = set
        .chars()
        .take(NEED_MAX_CHARS + 1)
        .map(|c| match c {
            c if c.is_whitespace() => 9,
            c if c.is_ascii_alphabetic() => 6,
            c if c.is_ascii_digit() => 4,
            c if c.is_ascii() => 1,
            c if c.is_alphabetic() => 5,
            _ => 2,
        })
        .max()
        .unwrap_or(9);
    let len = set.len();
    (if len > NEED_MAX_CHARS { 9 } else { worst }, len)
}

/// A literal a match must contain; `ci`: matched case-insensitively.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Lit {
    pub(super) text: String,
    pub(super) ci: bool,
}

/// Literal sets bigger than this are not kept.
const LITS_MAX: usize = 32;

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

/// The strings of one character a set matches: its members if few, or one
/// case-insensitive letter when the set is exactly that letter's `(?i)` fold.
fn set_lits(s: &CharSet) -> Option<Vec<Lit>> {
    if let Some(c) = s.chars().next().filter(|c| c.is_ascii_alphabetic()) {
        let lower = c.to_ascii_lowercase();
        if *s == CharSet::one(lower).fold() {
            return Some(vec![Lit {
                text: lower.to_string(),
                ci: true,
            }]);
        }
    }
    (s.len() <= 4).then(|| {
        s.chars()
            .map(|c| Lit {
                text: c.to_string(),
                ci: false,
            })
            .collect()
    })
}

impl Node {
    /// Literals every match contains.
    fn lits(&self) -> Lits {
        let empty = || {
            Lits::exact(vec![Lit {
                text: String::new(),
                ci: false,
            }])
        };
        match self {
            Node::Empty | Node::Start | Node::End => empty(),
            Node::Set(s) => set_lits(s).map(Lits::exact).unwrap_or_default(),
            Node::Concat(items) => {
                // Runs of exact items multiply out; every run and every
                // item's own inner set is a candidate, the best one wins.
                let mut best: Option<Vec<Lit>> = None;
                let mut consider = |cand: &Vec<Lit>| {
                    if best
                        .as_ref()
                        .is_none_or(|b| lits_score(cand) > lits_score(b))
                    {
                        best = Some(cand.clone());
                    }
                };
                let mut run: Option<Vec<Lit>> = empty().exact;
                let mut all_exact = true;
                for item in items {
                    let l = item.lits();
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
            Node::Alt(branches) => {
                let parts: Vec<Lits> = branches.iter().map(Node::lits).collect();
                if parts.iter().all(|p| p.exact.is_some()) {
                    let mut all: Vec<Lit> = parts
                        .iter()
                        .flat_map(|p| p.exact.clone().unwrap_or_default())
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
            Node::Repeat(n, min, max) => {
                let l = n.lits();
                match (min, max) {
                    (0, Some(1)) => match l.exact {
                        Some(mut e) => {
                            e.extend(empty().exact.unwrap_or_default());
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
        }
    }
}

/// The first [`DEPTH`] characters of a node's matches, position sets of
/// matches of equal length merged: `short[l]` for matches of `l < DEPTH`
/// characters, `long` for the first `DEPTH` of longer ones.
#[derive(Clone, Debug)]
struct Heads {
    short: Vec<Option<Vec<CharSet>>>,
    long: Option<Vec<CharSet>>,
}

impl Heads {
    /// Matches nothing.
    fn none() -> Heads {
        Heads {
            short: vec![None; DEPTH],
            long: None,
        }
    }

    /// Matches the empty string.
    fn empty() -> Heads {
        let mut h = Heads::none();
        h.short[0] = Some(Vec::new());
        h
    }

    fn set(s: &CharSet) -> Heads {
        let mut h = Heads::none();
        h.add(std::slice::from_ref(s), &[]);
        h
    }

    /// Adds the sequence of position sets `a` then `b`, cut to [`DEPTH`].
    fn add(&mut self, a: &[CharSet], b: &[CharSet]) {
        let len = (a.len() + b.len()).min(DEPTH);
        let slot = if len == DEPTH {
            &mut self.long
        } else {
            &mut self.short[len]
        };
        let seq = a.iter().chain(b).take(len);
        match slot {
            None => *slot = Some(seq.cloned().collect()),
            Some(old) => {
                for (o, n) in old.iter_mut().zip(seq) {
                    o.add(n);
                }
            }
        }
    }

    /// Adds the matches of `other`.
    fn or_assign(&mut self, other: &Heads) {
        for seq in other.short.iter().flatten().chain(&other.long) {
            self.add(seq, &[]);
        }
    }

    /// `self` followed by `next`.
    fn then(&self, next: &Heads) -> Heads {
        let mut h = Heads::none();
        if let Some(long) = &self.long {
            h.add(long, &[]);
        }
        for a in self.short.iter().flatten() {
            for b in next.short.iter().flatten().chain(&next.long) {
                h.add(a, b);
            }
        }
        h
    }

    /// The characters allowed at each depth of a hay whose match is anchored
    /// at this end; `whole`: the match is the whole hay (anchored at both
    /// ends), so a match shorter than the depth means a hay that short.
    fn per_depth(&self, whole: bool) -> Vec<CharSet> {
        (0..DEPTH)
            .map(|d| {
                let mut set = CharSet::default();
                for (len, seq) in self.short.iter().enumerate() {
                    match seq {
                        Some(seq) if len > d => set.add(&seq[d]),
                        // The match may end before depth d, and the hay go on.
                        Some(_) if !whole => return CharSet::any(),
                        _ => {}
                    }
                }
                if let Some(seq) = &self.long {
                    set.add(&seq[d]);
                }
                set
            })
            .collect()
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

impl Node {
    /// Whether a search for the pattern may read far into a line of prose:
    /// from its anchor, past optional parts, it meets a long or unbounded
    /// run of a class that spans words (holds a space and letters), as
    /// `^[^\n]+…` or `…[^/=]{1,40}$` do.
    fn scans_far(&self) -> bool {
        match self.anchors() {
            (true, _) => self.reaches_wide_run() == Reach::Wide,
            (false, true) => self.reversed().reaches_wide_run() == Reach::Wide,
            (false, false) => false,
        }
    }

    /// What a search reading the node from its start meets first.
    fn reaches_wide_run(&self) -> Reach {
        match self {
            Node::Empty | Node::Start | Node::End => Reach::Through,
            Node::Set(_) => Reach::Stop,
            Node::Concat(items) => {
                for item in items {
                    match item.reaches_wide_run() {
                        Reach::Through => {}
                        other => return other,
                    }
                }
                Reach::Through
            }
            Node::Alt(branches) => {
                let reach: Vec<Reach> = branches.iter().map(Node::reaches_wide_run).collect();
                if reach.contains(&Reach::Wide) {
                    Reach::Wide
                } else if reach.contains(&Reach::Through) {
                    Reach::Through
                } else {
                    Reach::Stop
                }
            }
            Node::Repeat(inner, min, max) => {
                if let Node::Set(s) = &**inner {
                    let long = max.is_none_or(|m| m >= WIDE_RUN);
                    let spans_words = s.covers(' ' as u32, ' ' as u32)
                        && (s.covers('a' as u32, 'z' as u32) || s.covers(0xAC00, 0xD7A3));
                    if long && spans_words {
                        return Reach::Wide;
                    }
                }
                match inner.reaches_wide_run() {
                    Reach::Wide => Reach::Wide,
                    _ if *min == 0 => Reach::Through,
                    other => other,
                }
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
    /// Whether a search may read far into prose ([`Node::scans_far`]): the
    /// rule is then searched alone.
    pub(super) alone: bool,
    /// For a rule searched alone, literals of which every match holds one.
    pub(super) lits: Option<Vec<Lit>>,
}

impl Shape {
    /// Parses and reads `pattern`; a pattern the parser does not know
    /// allows anything.
    pub(super) fn of(pattern: &str) -> Shape {
        let any = || vec![CharSet::any(); DEPTH];
        let Some(node) = Parser::parse(pattern) else {
            return Shape {
                head: any(),
                tail: any(),
                needs: Vec::new(),
                alone: false,
                lits: None,
            };
        };
        let alone = node.scans_far();
        let (start, end) = node.anchors();
        let head = if start {
            node.heads().per_depth(end)
        } else {
            any()
        };
        let tail = if end {
            node.reversed().heads().per_depth(start)
        } else {
            any()
        };
        let lits = if alone {
            node.lits()
                .best()
                .filter(|l| lits_score(l).0 >= LIT_MIN_BYTES)
                .cloned()
        } else {
            None
        };
        let mut needs = needs_of(&node);
        if let Some(lits) = &lits {
            // One of the literals occurs, so do all its bytes; but a
            // case-insensitive `s` or `k` may be the non-ASCII LONG S or
            // KELVIN SIGN: those letters are left out.
            needs.push(
                lits.iter()
                    .map(|l| {
                        l.text
                            .chars()
                            .filter(|c| !(l.ci && matches!(c.to_ascii_lowercase(), 's' | 'k')))
                            .collect()
                    })
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

/// Literal sets whose shortest literal is shorter than this (bytes) are
/// too common to filter.
const LIT_MIN_BYTES: usize = 2;

/// The few most selective sets every match of `node` holds a member of,
/// each as its characters.
fn needs_of(node: &Node) -> Vec<Vec<String>> {
    let mut sets = node.needs();
    sets.sort_by_key(need_rank);
    sets.dedup();
    sets.into_iter()
        .filter(|s| need_rank(s).0 < 9)
        .take(NEEDS_PER_RULE)
        .map(|s| s.chars().map(String::from).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_long_s_and_kelvin_fold_to_ascii_letters() {
        let any_letter = regex::Regex::new("(?i)^[a-z]$").expect("compiles");
        let folding: Vec<char> = (0x80..=MAX_CHAR)
            .filter_map(char::from_u32)
            .filter(|c| any_letter.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, ['\u{17F}', '\u{212A}']);
        for letter in b'a'..=b'z' {
            let re = regex::Regex::new(&format!("(?i)^{}$", letter as char)).expect("compiles");
            let mut matched: Vec<char> = ('\0'..='\u{7F}')
                .chain(folding.iter().copied())
                .filter(|c| re.is_match(c.encode_utf8(&mut [0; 4])))
                .collect();
            let mut variants: Vec<char> = ascii_case_variants(letter).collect();
            matched.sort_unstable();
            variants.sort_unstable();
            assert_eq!(matched, variants, "{}", letter as char);
        }
    }

    #[test]
    fn cjk_and_hangul_have_no_case() {
        for c in ('\u{3000}'..='\u{9FFF}').chain('\u{AC00}'..='\u{D7A3}') {
            assert!(
                c.to_lowercase().eq([c]) && c.to_uppercase().eq([c]),
                "{c:?}"
            );
        }
    }
}

/// Test helpers: parsing, and random strings that a pattern matches.
#[cfg(test)]
pub(super) mod testing {
    use super::{CharSet, Node, Parser};

    /// Whether the parser reads `pattern` (else the gate lets every line
    /// through for it).
    pub(in crate::clean) fn parses(pattern: &str) -> bool {
        Parser::parse(pattern).is_some()
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

    /// A random string the parsed pattern matches, assertions aside (the
    /// caller checks with the regex); `None` if the pattern does not parse.
    pub(in crate::clean) fn sample(pattern: &str, rng: &mut Rng) -> Option<String> {
        let node = Parser::parse(pattern)?;
        let mut out = String::new();
        walk(&node, rng, &mut out);
        Some(out)
    }

    fn walk(node: &Node, rng: &mut Rng, out: &mut String) {
        match node {
            Node::Empty | Node::Start | Node::End => {}
            Node::Set(s) => out.push(pick(s, rng)),
            Node::Concat(items) => items.iter().for_each(|n| walk(n, rng, out)),
            Node::Alt(branches) => walk(&branches[rng.below(branches.len())], rng, out),
            Node::Repeat(n, min, max) => {
                let extra = max.map_or(3, |m| (m - min).min(3)) as usize;
                for _ in 0..*min as usize + rng.below(extra + 1) {
                    walk(n, rng, out);
                }
            }
        }
    }

    /// A member of `s`, mostly ASCII or Hangul when it has some.
    fn pick(s: &CharSet, rng: &mut Rng) -> char {
        let common: Vec<(u32, u32)> =
            s.0.iter()
                .flat_map(|&(a, b)| [(a, b.min(0x7F)), (a.max(0xAC00), b.min(0xAC10))])
                .filter(|&(a, b)| a <= b)
                .collect();
        let ranges = if !common.is_empty() && rng.below(4) > 0 {
            &common
        } else {
            &s.0
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
