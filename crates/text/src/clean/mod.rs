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

/// How many trailing bytes of a long line the [`Scope::Tail`] rules see.
const TAIL_BYTES: usize = 200;

/// Where a pattern rule may fire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Only on lines of at most [`SHORT_MAX`] bytes.
    Short,
    /// On any line; on a long line the pattern sees only the last
    /// [`TAIL_BYTES`] bytes, so it must be anchored at the end (`$`) and
    /// must not use `^`.
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

/// A language's rules compiled once: exact phrases (case-insensitive, any
/// whitespace between words) and patterns, in priority order.
pub(crate) struct RuleSet {
    short: RegexSet,
    tail: RegexSet,
    /// For each regex of `short`: its reason and optional veto.
    short_rules: Vec<(Reason, Option<Regex>)>,
    /// For each regex of `tail`: its reason and optional veto.
    tail_rules: Vec<(Reason, Option<Regex>)>,
}

impl RuleSet {
    /// Compiles phrase groups and patterns. Panics on a bad pattern: the
    /// tables are constants, and the table tests compile them.
    pub(crate) fn new(phrases: &[(Reason, &[&str])], patterns: &[Pattern]) -> RuleSet {
        let mut short = Vec::new();
        let mut short_rules = Vec::new();
        let mut tail = Vec::new();
        let mut tail_rules = Vec::new();
        for (reason, group) in phrases {
            short.push(phrase_pattern(group));
            short_rules.push((*reason, None));
        }
        for p in patterns {
            let unless = p
                .unless
                .map(|u| Regex::new(u).unwrap_or_else(|e| panic!("bad veto {u:?}: {e}")));
            short.push(p.pattern.to_string());
            short_rules.push((p.reason, unless.clone()));
            if p.scope == Scope::Tail {
                tail.push(p.pattern.to_string());
                tail_rules.push((p.reason, unless));
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
            short: build(&short),
            tail: build(&tail),
            short_rules,
            tail_rules,
        }
    }

    /// The reason of the first (highest-priority) rule that fires on `line`
    /// (trimmed, bullet stripped).
    pub(crate) fn classify(&self, line: &str) -> Option<Reason> {
        let (set, rules, hay) = if line.len() <= SHORT_MAX {
            (&self.short, &self.short_rules, line)
        } else {
            let mut cut = line.len() - TAIL_BYTES;
            while !line.is_char_boundary(cut) {
                cut += 1;
            }
            (&self.tail, &self.tail_rules, &line[cut..])
        };
        if !set.is_match(hay) {
            return None;
        }
        set.matches(hay)
            .iter()
            .find(|&i| match &rules[i].1 {
                Some(veto) => !veto.is_match(line),
                None => true,
            })
            .map(|i| rules[i].0)
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
    ko::is_related_header(line) || en::is_related_header(line)
}

/// Whether a line after a related-articles header reads as one more
/// headline of the list: short, and not ending like a sentence (headlines
/// carry no final period; `…만든다` without one is a headline).
fn is_listed_headline(line: &str) -> bool {
    let line = strip_bullet(line);
    line.chars().count() <= 80 && !line.ends_with(['.', '?', '!', '。', ':', '：'])
}

/// Splits and classifies every line of a document.
pub fn clean(text: &str) -> Vec<Line> {
    let mut seen: HashSet<&str> = HashSet::new();
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
