//! newsfacts-text: the stages of the pipeline before mentions, one module per
//! stage in pipeline order: [`decode`], [`clean`], [`lang`], [`sentence`].
//! [`analyze`] runs clean, language and sentences over a decoded document.
//!
//! ```
//! use newsfacts_record::Lang;
//! let text = "본문 바로가기\n경기도는 일자리 658개를 만든다고 밝혔다.도는 2026년까지 추진한다.\n";
//! let doc = newsfacts_text::analyze(text);
//! assert_eq!(doc.lang, Lang::Ko);
//! assert_eq!(doc.boilerplate_lines, 1);
//! let s: Vec<&str> = doc.sentences.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(s, ["경기도는 일자리 658개를 만든다고 밝혔다.", "도는 2026년까지 추진한다."]);
//! ```
#![deny(missing_docs)]

pub mod clean;
pub mod decode;
pub mod lang;
pub mod sentence;

use newsfacts_record::Lang;

use clean::{Line, LineClass};

/// One sentence: byte offsets into the document text and its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The sentence language (`und` when too short to tell).
    pub lang: Lang,
}

/// A document after cleaning, language detection and sentence splitting.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Every line with its class.
    pub lines: Vec<Line>,
    /// The sentences of the content lines, in order.
    pub sentences: Vec<Sentence>,
    /// The document language, from its content lines.
    pub lang: Lang,
    /// Number of boilerplate lines.
    pub boilerplate_lines: usize,
    /// Number of verbatim repeated lines.
    pub duplicate_lines: usize,
}

/// How much content text (bytes) the document-language check looks at when
/// the script count cannot decide.
const LANG_SAMPLE: usize = 4096;

/// Cleans a decoded document, detects its language and splits its content
/// lines into sentences.
pub fn analyze(text: &str) -> Analysis {
    let lines = clean::clean(text);
    let mut count = lang::ScriptCount::default();
    let mut boilerplate_lines = 0;
    let mut duplicate_lines = 0;
    // The letters of each content line, counted once: they sum to the
    // document's count, and a line's sentences share them out.
    let mut line_counts = Vec::with_capacity(lines.len());
    for line in &lines {
        match line.class {
            LineClass::Content => {
                let c = lang::ScriptCount::of(&text[line.start..line.end]);
                count += c;
                line_counts.push(c);
            }
            LineClass::Boilerplate(_) => boilerplate_lines += 1,
            LineClass::Duplicate => duplicate_lines += 1,
            LineClass::Blank => {}
        }
    }
    let doc_lang = count
        .decide()
        .unwrap_or_else(|| lang::detect_mixed(&content_sample(text, &lines), count));
    let mut spans = Vec::new();
    // About one sentence per 100 bytes of text: one allocation, mostly.
    let mut sentences = Vec::with_capacity(text.len() / 100 + 4);
    let content = lines.iter().filter(|l| l.class == LineClass::Content);
    for (line, &line_count) in content.zip(&line_counts) {
        spans.clear();
        sentence::split_line(&text[line.start..line.end], doc_lang, &mut spans);
        // The sentences cover every letter of the line (only spaces fall
        // between them): the last one's count is what the others leave.
        let mut left = line_count;
        for (k, &(a, b)) in spans.iter().enumerate() {
            let (start, end) = (line.start + a, line.start + b);
            let sentence = &text[start..end];
            // A line of one script and several sentences: a few letters of
            // each sentence decide, none is counted in full.
            let single = (spans.len() > 1)
                .then(|| lang::detect_single_script(sentence, line_count))
                .flatten();
            let lang = single.unwrap_or_else(|| {
                let c = if k + 1 == spans.len() {
                    left
                } else {
                    let c = lang::ScriptCount::of(sentence);
                    left -= c;
                    c
                };
                lang::detect_counted(sentence, c)
            });
            sentences.push(Sentence { start, end, lang });
        }
    }
    Analysis {
        lines,
        sentences,
        lang: doc_lang,
        boilerplate_lines,
        duplicate_lines,
    }
}

/// The first few KB of content lines, joined by newlines, for lingua.
fn content_sample(text: &str, lines: &[Line]) -> String {
    let mut sample = String::new();
    for line in lines.iter().filter(|l| l.class == LineClass::Content) {
        if sample.len() >= LANG_SAMPLE {
            break;
        }
        let line = &text[line.start..line.end];
        let mut cut = line.len().min(LANG_SAMPLE);
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        sample.push_str(&line[..cut]);
        sample.push('\n');
    }
    sample
}
