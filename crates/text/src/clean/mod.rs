//! Clean: split a document into lines and classify each one as content,
//! blank, boilerplate (with its reason) or a verbatim repeat of an earlier line.
//!
//! Boilerplate is judged per whole line by rules kept per language in data
//! (`ko.rs`, `en.rs`); every line is checked against every language's rules,
//! because a page in one language carries navigation in another.

use std::collections::HashSet;

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
                    pos += if bytes.get(pos + 1) == Some(&b'\n') { 2 } else { 1 };
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

/// The boilerplate reason of one line judged alone, or `None` for content.
///
/// ```
/// use newsfacts_text::clean::{classify_line, Reason};
/// assert_eq!(classify_line("본문 바로가기"), Some(Reason::Navigation));
/// assert_eq!(classify_line("경기도는 4일 밝혔다."), None);
/// ```
pub fn classify_line(line: &str) -> Option<Reason> {
    let line = trim(line);
    if line.is_empty() {
        return None;
    }
    // Filled in by the per-language rule files.
    match line {
        "본문 바로가기" => Some(Reason::Navigation),
        _ => None,
    }
}

/// Splits and classifies every line of a document.
pub fn clean(text: &str) -> Vec<Line> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut lines = Vec::new();
    for (i, (start, end)) in line_ranges(text).enumerate() {
        let raw = &text[start..end];
        let trimmed = trim(raw);
        let class = if trimmed.is_empty() {
            LineClass::Blank
        } else if let Some(reason) = classify_line(trimmed) {
            seen.insert(trimmed);
            LineClass::Boilerplate(reason)
        } else if !seen.insert(trimmed) {
            LineClass::Duplicate
        } else {
            LineClass::Content
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
