//! Clean: split a document into lines and classify each one as content,
//! blank, boilerplate (with its reason) or a verbatim repeat of an earlier line.
//!
//! Boilerplate is judged per whole line by rules kept per language in data:
//! `ko.rs` and `en.rs` each hold a table of exact phrases and a table of
//! patterns, every entry tagged with its [`Reason`]. Every line is checked
//! against every language's rules, because a page in one language carries
//! navigation in another (an English page of a Korean site starts with
//! `본문 바로가기`); the first language with a rule that fires decides.
//!
//! Speed: all rules are compiled once, into two [`regex::RegexSet`]s (one
//! forward from the line's start, one backward from its end) and a few
//! rules searched alone (see `Rules`). The `gate` module reads every pattern once
//! and skips, for a line, what its first and last characters and its bytes
//! rule out: most prose lines cost a table lookup and one regex call or
//! none. Boilerplate lines are short, so a long line only meets the rules
//! that can fire on a long line (credits at the end of a photo caption,
//! copyright tails), and only on its last bytes. The duplicate set borrows
//! the document text.
//!
//! [`clean`] keeps one piece of document state: after a related-articles
//! header (`관련기사`, `Related Articles`), the headline list that follows is
//! related-articles too.

mod en;
mod gate;
mod ko;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use std::sync::LazyLock;

use newsfacts_local::Copies;

use regex::{Regex, RegexSet};

/// Why a line is boilerplate (the `reason` of tests/gold/boilerplate.jsonl).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Site navigation (`본문 바로가기`).
    Navigation,
    /// Page widgets (`bar_progress`, `Text Size`, `Close`).
    Widget,
    /// Share buttons (`카카오톡 공유`).
    Share,
    /// Copyright lines.
    Copyright,
    /// Market tickers.
    Ticker,
    /// Photo captions carrying a credit.
    PhotoCaption,
    /// Related-article lists.
    RelatedArticles,
    /// Reporter lines.
    Byline,
    /// AI-translation notices.
    AiNotice,
    /// Publication timestamps.
    Dateline,
}

impl Reason {
    /// The reason as written in the gold (`photo-caption`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::Widget => "widget",
            Reason::Share => "share",
            Reason::Copyright => "copyright",
            Reason::Ticker => "ticker",
            Reason::PhotoCaption => "photo-caption",
            Reason::RelatedArticles => "related-articles",
            Reason::Byline => "byline",
            Reason::AiNotice => "ai-notice",
            Reason::Dateline => "dateline",
        }
    }

    /// Parses a gold reason (`photo-caption`, …); `None` for anything else
    /// (`duplicate` is a [`LineClass`], not a reason).
    pub fn from_name(name: &str) -> Option<Reason> {
        Some(match name {
            "navigation" => Reason::Navigation,
            "widget" => Reason::Widget,
            "share" => Reason::Share,
            "copyright" => Reason::Copyright,
            "ticker" => Reason::Ticker,
            "photo-caption" => Reason::PhotoCaption,
            "related-articles" => Reason::RelatedArticles,
            "byline" => Reason::Byline,
            "ai-notice" => Reason::AiNotice,
            "dateline" => Reason::Dateline,
            _ => return None,
        })
    }
}

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineClass {
    /// Empty or whitespace only (NBSP included).
    Blank,
    /// Text to segment.
    Content,
    /// Boilerplate, skipped.
    Boilerplate(Reason),
    /// Repeats an earlier non-blank line verbatim (trimmed), skipped.
    Duplicate,
}

/// One line of a document: byte offsets into the decoded text, the line
/// terminator excluded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number.
    pub number: usize,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character, before `\r\n`, `\n` or `\r`.
    pub end: usize,
    /// The classification.
    pub class: LineClass,
}

/// Byte ranges of the lines of `text`. A line ends at `\n`, `\r\n` or a lone
/// `\r`; the terminator belongs to no line. A final line without terminator counts.
pub fn line_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    // Without `\r` in the text, lines end at `\n` only, found with memchr.
    let lf_only = !bytes.contains(&b'\r');
    let mut pos = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let start = pos;
        if lf_only {
            return Some(match text[start..].find('\n') {
                Some(n) => {
                    pos = start + n + 1;
                    (start, start + n)
                }
                None => {
                    done = true;
                    (start, text.len())
                }
            });
        }
        while pos < bytes.len() {
            match bytes[pos] {
                b'\n' => {
                    pos += 1;
                    return Some((start, pos - 1));
                }
                b'\r' => {
                    let end = pos;
                    pos += if bytes.get(pos + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    return Some((start, end));
                }
                _ => pos += 1,
            }
        }
        done = true;
        Some((start, pos))
    })
}

/// Trims Unicode whitespace (NBSP, ideographic space, …) from both ends.
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
}

/// Lines longer than this (bytes, after trimming) are never navigation,
/// widgets, bylines or datelines: only the [`Scope::Tail`] rules run on them.
const SHORT_MAX: usize = 320;

/// How many trailing bytes of a line the end-anchored rules see.
const TAIL_BYTES: usize = 200;

/// Where a pattern rule may fire, and how it is searched.
///
/// The start-anchored rules run forward from the first byte, the
/// end-anchored ones backward from the last byte (the regex crate's
/// reverse-anchored search), so that both die early on content: a long
/// paragraph costs a few bytes, not a scan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Anchored at the start (`^`), only on lines of at most [`SHORT_MAX`] bytes.
    Short,
    /// Anchored at the end (`$`, no `^`), only on lines of at most
    /// [`SHORT_MAX`] bytes.
    End,
    /// Anchored at the end (`$`, no `^`), on any line: a credit closing a
    /// long photo caption, a copyright tail.
    Tail,
}

/// One pattern rule of a language table.
pub(crate) struct Pattern {
    /// What the rule detects.
    pub reason: Reason,
    /// Where it may fire.
    pub scope: Scope,
    /// The regex, matched against the trimmed line (bullet stripped).
    pub pattern: &'static str,
    /// A regex that vetoes the rule when it matches the whole line
    /// (a real sentence that merely looks like the rule).
    pub unless: Option<&'static str>,
}

/// A language's rule table: phrase groups and patterns, in priority order.
pub(crate) struct Table {
    /// Whole-line phrases, grouped by reason.
    pub phrases: &'static [(Reason, &'static [&'static str])],
    /// Patterns.
    pub patterns: &'static [Pattern],
}

/// Every language's rules, in the order a line is judged: the first
/// language with a rule that fires decides (`ko` before `en`).
const TABLES: &[&Table] = &[&ko::TABLE, &en::TABLE];

/// Every rule, compiled once.
static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::new(TABLES));

/// One compiled rule.
struct Rule {
    reason: Reason,
    scope: Scope,
    /// The regex, compiled when the rule is searched alone.
    regex: Option<Copies<Regex>>,
    /// A regex that vetoes the rule when it matches the whole line.
    unless: Option<Copies<Regex>>,
}

impl Rule {
    /// Whether the rule may fire on a line of this length.
    fn allowed(&self, short: bool) -> bool {
        short || self.scope == Scope::Tail
    }

    fn vetoed(&self, line: &str) -> bool {
        self.unless.as_ref().is_some_and(|v| v.is_match(line))
    }
}

/// Some rules compiled into one [`RegexSet`]: `rules[i]` is the index (in
/// [`Rules::rules`]) of the set's pattern `i`, in increasing order.
struct Set {
    set: Copies<RegexSet>,
    rules: Vec<usize>,
    /// The same rules as gate bits.
    bits: gate::Bits,
}

impl Set {
    /// The first rule of the set that matches `hay`, may fire on a line of
    /// this length, and is not vetoed.
    fn first(&self, all: &[Rule], hay: &str, line: &str, short: bool) -> Option<usize> {
        if !self.set.is_match(hay) {
            return None;
        }
        self.set
            .matches(hay)
            .iter()
            .map(|i| self.rules[i])
            .find(|&r| all[r].allowed(short) && !all[r].vetoed(line))
    }
}

/// All rules of all languages, language by language, each language's in
/// priority order: a rule's index is its rank, the lowest that fires wins.
///
/// Most rules are searched in two sets, the start-anchored ones over the
/// line, the end-anchored ones backward over its last [`TAIL_BYTES`]; so a
/// line costs at most two regex calls, each dying within a few bytes of
/// prose. A rule whose search would read far into prose (`^[^\n]+…`,
/// `…[^/=]{1,40}$`, see [`gate::Gate::alone`]) is searched alone instead,
/// so as not to slow a set down on every line. The [`gate::Gate`] skips a
/// set when none of its rules can match the line's ends and bytes, and a
/// lone rule when the line lacks what it needs.
struct Rules {
    rules: Vec<Rule>,
    head: Set,
    end: Set,
    /// The rules searched alone, in increasing order.
    alone: Vec<usize>,
    gate: gate::Gate,
}

impl Rules {
    /// Compiles the tables. Panics on a bad pattern: the tables are
    /// constants, and the table tests compile them.
    fn new(tables: &[&Table]) -> Rules {
        let mut specs = Vec::new();
        for table in tables {
            for (reason, group) in table.phrases {
                specs.push((phrase_pattern(group), *reason, Scope::Short, None));
            }
            for p in table.patterns {
                assert!(
                    p.scope == Scope::Short || p.pattern.ends_with('$'),
                    "end-anchored rule without `$`: {:?}",
                    p.pattern
                );
                specs.push((p.pattern.to_string(), p.reason, p.scope, p.unless));
            }
        }
        let gate = gate::Gate::new(
            &specs
                .iter()
                .map(|(pattern, _, scope, _)| gate::GateRule {
                    pattern,
                    whole_line: *scope == Scope::Short,
                })
                .collect::<Vec<_>>(),
        );
        let alone: Vec<usize> = (0..specs.len()).filter(|&i| gate.alone(i)).collect();
        let set_of = |pick: &dyn Fn(usize) -> bool| {
            let rules: Vec<usize> = (0..specs.len())
                .filter(|&i| !alone.contains(&i) && pick(i))
                .collect();
            let set = regex::RegexSetBuilder::new(rules.iter().map(|&i| &specs[i].0))
                .size_limit(64 << 20)
                .dfa_size_limit(32 << 20)
                .build()
                .unwrap_or_else(|e| panic!("bad boilerplate rule: {e}"));
            Set {
                set: Copies::new(set),
                bits: gate::Bits::of(&rules),
                rules,
            }
        };
        // The two sets are compiled at once, on this thread and another: this
        // is most of the start-up of a run, which every worker waits for.
        let (head, end) = std::thread::scope(|scope| {
            let end = scope.spawn(|| set_of(&|i| specs[i].2 != Scope::Short));
            let head = set_of(&|i| specs[i].2 == Scope::Short);
            (
                head,
                end.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            )
        });
        let compile = |p: &str| {
            Copies::new(
                regex::RegexBuilder::new(p)
                    .size_limit(64 << 20)
                    .build()
                    .unwrap_or_else(|e| panic!("bad boilerplate rule {p:?}: {e}")),
            )
        };
        let rules = specs
            .iter()
            .enumerate()
            .map(|(i, (pattern, reason, scope, unless))| Rule {
                reason: *reason,
                scope: *scope,
                regex: alone.contains(&i).then(|| compile(pattern)),
                unless: unless.map(compile),
            })
            .collect();
        Rules {
            rules,
            head,
            end,
            alone,
            gate,
        }
    }

    /// The reason of the first rule that fires on `line` (trimmed, bullet
    /// stripped): the first language with one, its highest-priority rule.
    fn classify(&self, line: &str) -> Option<Reason> {
        let short = line.len() <= SHORT_MAX;
        let mut cut = line.len().saturating_sub(TAIL_BYTES);
        while !line.is_char_boundary(cut) {
            cut += 1;
        }
        let tail = &line[cut..];
        let cand = self.gate.candidates(line);
        // A long line only meets rules that run on its tail: only the tail's
        // bytes matter.
        let present = self.gate.present(if short { line } else { tail });
        let possible = |set: &Set| {
            cand.and(&set.bits)
                .iter()
                .any(|r| self.rules[r].allowed(short) && self.gate.bytes_met(r, present))
        };
        let mut best = None;
        if short && possible(&self.head) {
            best = self.head.first(&self.rules, line, line, short);
        }
        if possible(&self.end) {
            if let Some(r) = self.end.first(&self.rules, tail, line, short) {
                best = Some(best.map_or(r, |b: usize| b.min(r)));
            }
        }
        for &r in &self.alone {
            if best.is_some_and(|b| b < r) {
                break;
            }
            let rule = &self.rules[r];
            let hay = if rule.scope == Scope::Short {
                line
            } else {
                tail
            };
            if !cand.has(r)
                || !rule.allowed(short)
                || !self.gate.bytes_met(r, present)
                || !self.gate.literal_met(r, hay)
            {
                continue;
            }
            if rule.regex.as_ref().is_some_and(|re| re.is_match(hay)) && !rule.vetoed(line) {
                best = Some(r);
                break;
            }
        }
        best.map(|r| self.rules[r].reason)
    }
}

/// A whole-line, case-insensitive regex matching any of `phrases`, with any
/// (or no) whitespace where a phrase has a space.
pub(crate) fn phrase_pattern(phrases: &[&str]) -> String {
    let alts: Vec<String> = phrases
        .iter()
        .map(|p| {
            p.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s*")
        })
        .collect();
    format!("(?i)^(?:{})$", alts.join("|"))
}

/// Strips one list bullet (`•`, `·`, `-`, `*`, `▪`, `◦`, `●`, `○`) and the
/// space after it, for matching only.
fn strip_bullet(line: &str) -> &str {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '·' | '-' | '*' | '▪' | '◦' | '●' | '○' | '‣' | '∙') => {
            trim(chars.as_str())
        }
        _ => line,
    }
}

/// The boilerplate reason of one line judged alone, or `None` for content.
///
/// ```
/// use newsfacts_text::clean::{classify_line, Reason};
/// assert_eq!(classify_line("본문 바로가기"), Some(Reason::Navigation));
/// assert_eq!(classify_line("  • 카카오톡 공유"), Some(Reason::Share));
/// assert_eq!(classify_line("By Jane Doe"), Some(Reason::Byline));
/// assert_eq!(classify_line("경기도는 4일 밝혔다."), None);
/// ```
pub fn classify_line(line: &str) -> Option<Reason> {
    classify_trimmed(trim(line))
}

/// [`classify_line`] for a line already trimmed.
fn classify_trimmed(line: &str) -> Option<Reason> {
    let line = strip_bullet(line);
    if line.is_empty() {
        return None;
    }
    if line.len() > MEMO_MAX_BYTES {
        return RULES.classify(line);
    }
    MEMO.with_borrow_mut(|memo| {
        if let Some(&reason) = memo.get(line) {
            return reason;
        }
        let reason = RULES.classify(line);
        if memo.len() >= MEMO_MAX_LINES {
            memo.clear();
        }
        memo.insert(line.into(), reason);
        reason
    })
}

/// Forgets the lines this thread has judged. For benchmarks: a pass over
/// documents already seen then costs what a first pass does.
#[doc(hidden)]
pub fn clear_memo() {
    MEMO.with_borrow_mut(HashMap::clear);
}

/// Lines up to this long (bytes) are remembered with their class.
const MEMO_MAX_BYTES: usize = 96;

/// How many lines a thread remembers; past that it starts over.
const MEMO_MAX_LINES: usize = 1 << 14;

thread_local! {
    /// The class of the short lines this thread has judged: navigation,
    /// share bars, bylines and copyright lines repeat on every page of a
    /// site. [`classify_line`] is a function of the line alone, so the
    /// memo changes nothing but the time.
    static MEMO: std::cell::RefCell<HashMap<Box<str>, Option<Reason>, BuildHasherDefault<LineHasher>>> =
        std::cell::RefCell::new(HashMap::default());
}

/// A related-articles header that announces a headline list
/// (`관련기사`, `Related Articles`, `Read more`).
fn is_related_header(line: &str) -> bool {
    // `[관련기사]`, `【관련기사】`, `◆ 관련기사`, `▶ Related articles:` are headers too.
    let line = line.trim_matches(|c: char| {
        c.is_whitespace() || "[]【】<>〈〉《》()■□◆◇▶▷►●○•·*:：-".contains(c)
    });
    ko::is_related_header(line) || en::is_related_header(line)
}

/// Whether a line after a related-articles header reads as one more
/// headline of the list: short, and not ending like a sentence (headlines
/// carry no final period; `…만든다` without one is a headline).
fn is_listed_headline(line: &str) -> bool {
    let line = strip_bullet(line);
    line.chars().count() <= 80 && !line.ends_with(['.', '?', '!', '。', ':', '：'])
}

/// A fast non-cryptographic hasher for the duplicate set (FxHash-style,
/// 8 bytes at a time): a document's lines are not adversarial keys worth
/// SipHash, and hashing every line is on the hot path.
#[derive(Default)]
struct LineHasher(u64);

impl Hasher for LineHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Splits and classifies every line of a document.
pub fn clean(text: &str) -> Vec<Line> {
    // Room for the lines of typical prose, about one per 64 bytes.
    let count = text.len() / 64 + 8;
    let mut seen: HashSet<&str, BuildHasherDefault<LineHasher>> =
        HashSet::with_capacity_and_hasher(count, BuildHasherDefault::default());
    let mut lines = Vec::with_capacity(count);
    let mut in_related_list = false;
    for (i, (start, end)) in line_ranges(text).enumerate() {
        let raw = &text[start..end];
        let trimmed = trim(raw);
        let class = if trimmed.is_empty() {
            LineClass::Blank
        } else if let Some(reason) = classify_trimmed(trimmed) {
            seen.insert(trimmed);
            in_related_list = reason == Reason::RelatedArticles && is_related_header(trimmed);
            LineClass::Boilerplate(reason)
        } else if in_related_list && is_listed_headline(trimmed) {
            seen.insert(trimmed);
            LineClass::Boilerplate(Reason::RelatedArticles)
        } else {
            in_related_list = false;
            if !seen.insert(trimmed) {
                LineClass::Duplicate
            } else {
                LineClass::Content
            }
        };
        lines.push(Line {
            number: i + 1,
            start,
            end,
            class,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_related_header_skips_the_headlines_under_it() {
        let text = "정부는 2030년까지 10조원을 투자한다고 밝혔다.\n[관련기사]\n▶ 삼성전자, 반도체 투자 10조원 돌파 전망\n▶ SK하이닉스 영업이익 3조원\n\n도는 내년에 착공한다.";
        let classes: Vec<LineClass> = clean(text).iter().map(|l| l.class).collect();
        let rel = LineClass::Boilerplate(Reason::RelatedArticles);
        assert_eq!(
            classes,
            [
                LineClass::Content,
                rel,
                rel,
                rel,
                LineClass::Blank,
                LineClass::Content
            ]
        );
        // A bracketed word that is no header leaves the next line alone.
        let text = "[단독]\n▶ 삼성전자, 반도체 투자 10조원 돌파 전망\n";
        assert_eq!(clean(text)[1].class, LineClass::Content);
    }

    #[test]
    fn odd_input_never_panics() {
        let long = "가".repeat(100_000);
        let long_ascii = "x".repeat(1_000_000);
        let inputs = [
            "",
            "\r",
            "\r\r\n\n",
            "\u{a0}\u{a0}",
            "\u{3000}",
            "😀🎉 공유",
            long.as_str(),
            long_ascii.as_str(),
            "•",
            "-",
            "\u{feff}본문 바로가기",
            "ⓒ",
            "© 😀 All rights reserved.",
        ];
        for text in inputs {
            let lines = clean(text);
            for l in &lines {
                assert!(l.start <= l.end && text.is_char_boundary(l.start));
                assert!(text.is_char_boundary(l.end));
            }
        }
    }

    #[test]
    fn rule_tables_compile() {
        assert!(RULES.classify("본문 바로가기").is_some());
        assert!(RULES.classify("Skip to main content").is_some());
    }

    #[derive(serde::Deserialize)]
    struct Row {
        name: String,
        line: Option<String>,
        doc: Option<String>,
    }

    impl newsfacts_tables::Named for Row {
        fn name(&self) -> &str {
            &self.name
        }
    }

    /// Every line of the boilerplate tables, the gold and the corpus
    /// templates.
    fn real_lines() -> Vec<String> {
        let root = newsfacts_tables::workspace_root();
        let mut texts = Vec::new();
        for table in ["boilerplate.ko.toml", "boilerplate.en.toml"] {
            for row in newsfacts_tables::load::<Row>(format!("tests/tables/{table}")) {
                texts.extend(row.line);
                texts.extend(row.doc);
            }
        }
        let gold = std::fs::read_to_string(root.join("tests/gold/boilerplate.jsonl"))
            .expect("gold boilerplate");
        for line in gold.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("gold row");
            texts.extend(v["text"].as_str().map(String::from));
        }
        for dir in ["corpus", "tests/gold/synthetic"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("template folder") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(path).expect("text"));
                }
            }
        }
        texts
            .iter()
            .flat_map(|t| line_ranges(t).map(|(a, b)| strip_bullet(trim(&t[a..b])).to_string()))
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// The gate never rules out a rule that matches a real line, and the
    /// sets and lone rules judge as each rule alone would.
    #[test]
    fn the_gate_and_the_sets_agree_with_each_rule_alone() {
        let rules = &*RULES;
        let mut patterns = vec![String::new(); rules.rules.len()];
        for set in [&rules.head, &rules.end] {
            for (k, &r) in set.rules.iter().enumerate() {
                patterns[r] = set.set.patterns()[k].clone();
            }
        }
        for &r in &rules.alone {
            patterns[r] = rules.rules[r]
                .regex
                .as_ref()
                .expect("lone regex")
                .as_str()
                .into();
        }
        let alone: Vec<Regex> = patterns
            .iter()
            .map(|p| Regex::new(p).expect("rule compiles"))
            .collect();
        let lines = real_lines();
        assert!(lines.len() > 1000, "only {} lines", lines.len());
        for line in &lines {
            let short = line.len() <= SHORT_MAX;
            let mut cut = line.len().saturating_sub(TAIL_BYTES);
            while !line.is_char_boundary(cut) {
                cut += 1;
            }
            let cand = rules.gate.candidates(line);
            let present = rules.gate.present(line);
            let mut expected = None;
            for (r, re) in alone.iter().enumerate() {
                let rule = &rules.rules[r];
                let hay = if rule.scope == Scope::Short {
                    &line[..]
                } else {
                    &line[cut..]
                };
                if re.is_match(hay) {
                    assert!(
                        cand.has(r)
                            && rules.gate.bytes_met(r, present)
                            && rules.gate.literal_met(r, line),
                        "the gate rules out rule {r} ({:?}) on {line:?}",
                        patterns[r]
                    );
                    if expected.is_none() && rule.allowed(short) && !rule.vetoed(line) {
                        expected = Some(rule.reason);
                    }
                }
            }
            assert_eq!(rules.classify(line), expected, "{line:?}");
        }
    }

    /// The gate's promise on the rules as they run (their scopes, the tail
    /// of a long line): random lines each rule's pattern matches (sampled
    /// from its `Hir`, alone or amid prose, short or long) pass the gate
    /// for that rule, and the line is judged boilerplate.
    #[test]
    fn every_rule_passes_the_gate_on_lines_it_matches() {
        use gate::testing::{sample, Rng};
        let rules = &*RULES;
        let mut patterns = Vec::new();
        for table in TABLES {
            patterns.extend(table.phrases.iter().map(|(_, g)| phrase_pattern(g)));
            patterns.extend(table.patterns.iter().map(|p| p.pattern.to_string()));
        }
        assert_eq!(patterns.len(), rules.rules.len());
        let long = format!("{} ", "경기도는 4일 밝혔다".repeat(16));
        let before = ["", "x ", "그는 말했다. ", "He said. ", long.as_str()];
        let after = ["", "", " 홍길동", " x"];
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        for (r, pattern) in patterns.iter().enumerate() {
            let re = Regex::new(pattern).expect("rule compiles");
            let rule = &rules.rules[r];
            let mut matched = 0;
            for _ in 0..300 {
                let core = sample(pattern, &mut rng).expect("the gate reads every rule");
                let (pre, post) = (rng.below(before.len()), rng.below(after.len()));
                let line = format!("{}{core}{}", before[pre], after[post]);
                let line = strip_bullet(trim(&line));
                if line.is_empty() {
                    continue;
                }
                let short = line.len() <= SHORT_MAX;
                let mut cut = line.len().saturating_sub(TAIL_BYTES);
                while !line.is_char_boundary(cut) {
                    cut += 1;
                }
                let hay = if rule.scope == Scope::Short {
                    line
                } else {
                    &line[cut..]
                };
                if !re.is_match(hay) {
                    continue;
                }
                matched += 1;
                let present = rules.gate.present(if short { line } else { hay });
                assert!(
                    rules.gate.candidates(line).has(r)
                        && rules.gate.bytes_met(r, present)
                        && rules.gate.literal_met(r, hay),
                    "the gate rules out rule {r} ({pattern:?}) on {line:?}"
                );
                if rule.allowed(short) && !rule.vetoed(line) {
                    assert!(rules.classify(line).is_some(), "{line:?}");
                }
            }
            assert!(matched > 0, "no sample of rule {r} ({pattern:?}) matched");
        }
    }
}
