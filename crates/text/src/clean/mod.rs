//! Clean: split a document into lines and classify each one as content,
//! blank, boilerplate (with its reason) or a verbatim repeat of an earlier line.
//!
//! Boilerplate is judged per whole line by rules kept per language in data:
//! `ko.rs` and `en.rs` each hold a table of exact phrases and a table of
//! patterns, every entry tagged with its [`Reason`]. Each table is compiled
//! once into a [`regex::RegexSet`]. Every line is checked against every
//! language's rules, because a page in one language carries navigation in
//! another (an English page of a Korean site starts with `본문 바로가기`).
//!
//! Speed: boilerplate lines are short, so a long line only meets the rules
//! that can fire on a long line (credits at the end of a photo caption,
//! copyright tails), and only on its last bytes. The duplicate set borrows
//! the document text.
//!
//! [`clean`] keeps one piece of document state: after a related-articles
//! header (`관련기사`, `Related Articles`), the headline list that follows is
//! related-articles too.

mod en;
mod ko;

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

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
    let mut pos = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let start = pos;
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
/// Rules are split in two sets so that both die early on content: the
/// start-anchored set runs forward from the first byte, the end-anchored set
/// runs backward from the last byte (the regex crate's reverse-anchored
/// search), so a long paragraph costs a few bytes, not a scan.
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

/// One compiled rule: its priority (table order), reason, scope and veto.
struct Compiled {
    priority: usize,
    reason: Reason,
    scope: Scope,
    unless: Option<Regex>,
}

/// A language's rules compiled once: exact phrases (case-insensitive, any
/// whitespace between words) and patterns, in priority order.
pub(crate) struct RuleSet {
    /// Phrases and start-anchored patterns.
    head: RegexSet,
    head_rules: Vec<Compiled>,
    /// End-anchored patterns.
    end: RegexSet,
    end_rules: Vec<Compiled>,
}

impl RuleSet {
    /// Compiles phrase groups and patterns. Panics on a bad pattern: the
    /// tables are constants, and the table tests compile them.
    pub(crate) fn new(phrases: &[(Reason, &[&str])], patterns: &[Pattern]) -> RuleSet {
        let mut head = Vec::new();
        let mut head_rules = Vec::new();
        let mut end = Vec::new();
        let mut end_rules = Vec::new();
        for (priority, (reason, group)) in phrases.iter().enumerate() {
            head.push(phrase_pattern(group));
            head_rules.push(Compiled {
                priority,
                reason: *reason,
                scope: Scope::Short,
                unless: None,
            });
        }
        for (i, p) in patterns.iter().enumerate() {
            let unless = p
                .unless
                .map(|u| Regex::new(u).unwrap_or_else(|e| panic!("bad veto {u:?}: {e}")));
            let rule = Compiled {
                priority: phrases.len() + i,
                reason: p.reason,
                scope: p.scope,
                unless,
            };
            if p.scope == Scope::Short {
                head.push(p.pattern.to_string());
                head_rules.push(rule);
            } else {
                assert!(
                    p.pattern.ends_with('$'),
                    "end-anchored rule without `$`: {:?}",
                    p.pattern
                );
                end.push(p.pattern.to_string());
                end_rules.push(rule);
            }
        }
        let build = |pats: &[String]| {
            regex::RegexSetBuilder::new(pats)
                .size_limit(64 << 20)
                .dfa_size_limit(32 << 20)
                .build()
                .unwrap_or_else(|e| panic!("bad boilerplate rule: {e}"))
        };
        RuleSet {
            head: build(&head),
            end: build(&end),
            head_rules,
            end_rules,
        }
    }

    /// The reason of the first (highest-priority) rule that fires on `line`
    /// (trimmed, bullet stripped).
    pub(crate) fn classify(&self, line: &str) -> Option<Reason> {
        let short = line.len() <= SHORT_MAX;
        let mut best: Option<&Compiled> = None;
        if short && self.head.is_match(line) {
            best = first_rule(&self.head, &self.head_rules, line, line, true);
        }
        let mut cut = line.len().saturating_sub(TAIL_BYTES);
        while !line.is_char_boundary(cut) {
            cut += 1;
        }
        let tail = &line[cut..];
        if self.end.is_match(tail) {
            if let Some(rule) = first_rule(&self.end, &self.end_rules, tail, line, short) {
                let earlier = match best {
                    Some(b) => rule.priority < b.priority,
                    None => true,
                };
                if earlier {
                    best = Some(rule);
                }
            }
        }
        best.map(|r| r.reason)
    }
}

/// The highest-priority rule of `set` that matches `hay` (a suffix of
/// `line`), is allowed on a line of this length, and is not vetoed.
fn first_rule<'a>(
    set: &RegexSet,
    rules: &'a [Compiled],
    hay: &str,
    line: &str,
    short: bool,
) -> Option<&'a Compiled> {
    set.matches(hay).iter().map(|i| &rules[i]).find(|r| {
        (short || r.scope == Scope::Tail)
            && match &r.unless {
                Some(veto) => !veto.is_match(line),
                None => true,
            }
    })
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
    let line = strip_bullet(trim(line));
    if line.is_empty() {
        return None;
    }
    ko::RULES
        .classify(line)
        .or_else(|| en::RULES.classify(line))
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
    let mut seen: HashSet<&str, BuildHasherDefault<LineHasher>> = HashSet::default();
    let mut lines = Vec::new();
    let mut in_related_list = false;
    for (i, (start, end)) in line_ranges(text).enumerate() {
        let raw = &text[start..end];
        let trimmed = trim(raw);
        let class = if trimmed.is_empty() {
            LineClass::Blank
        } else if let Some(reason) = classify_line(trimmed) {
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
        assert!(ko::RULES.classify("본문 바로가기").is_some());
        assert!(en::RULES.classify("Skip to main content").is_some());
    }
}
