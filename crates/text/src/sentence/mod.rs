//! Sentences: split one content line into trimmed sentence spans.
//!
//! Every line break ends a sentence, so the splitter only ever sees one line.

use newsfacts_record::Lang;

/// Appends the byte ranges (within `line`) of the sentences of one line,
/// each trimmed of Unicode whitespace and non-empty. `lang` is the document
/// language, a hint: Korean rules also fire on Hangul in an English document.
///
/// ```
/// use newsfacts_record::Lang;
/// use newsfacts_text::sentence::split_line;
/// let line = "It grew 5.38%. Then it fell.";
/// let mut out = Vec::new();
/// split_line(line, Lang::En, &mut out);
/// let s: Vec<&str> = out.iter().map(|&(a, b)| &line[a..b]).collect();
/// assert_eq!(s, ["It grew 5.38%.", "Then it fell."]);
/// ```
pub fn split_line(line: &str, lang: Lang, out: &mut Vec<(usize, usize)>) {
    let _ = lang;
    let trimmed = crate::clean::trim(line);
    if trimmed.is_empty() {
        return;
    }
    let start = trimmed.as_ptr() as usize - line.as_ptr() as usize;
    let mut pos = start;
    for (i, s) in unicode_segmentation::UnicodeSegmentation::split_sentence_bound_indices(trimmed) {
        let t = crate::clean::trim(s);
        if !t.is_empty() {
            let a = start + i + (t.as_ptr() as usize - s.as_ptr() as usize);
            out.push((a, a + t.len()));
        }
        pos = start + i + s.len();
    }
    let _ = pos;
}
