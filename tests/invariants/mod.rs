//! The invariants every document's output keeps, whatever the input: shared
//! by the property tests (tests/properties.rs) and the `pipeline` fuzz target
//! (fuzz/fuzz_targets/pipeline.rs), which include this file by path.
//!
//! For one document, given its raw bytes and its three serialized outputs:
//! exactly one `documents.jsonl` row; an `ok` row's text decodes and has the
//! row's `chars`; every sentence and mention span is in range and
//! `text[start..end] == surface` in code points; sentences are numbered
//! 0, 1, 2, …, never overlap and never hold a line break; every mention lies
//! inside its sentence; an `error` row has a message and no other rows.

use serde_json::Value;

/// Code-point offsets of a text mapped to byte offsets (one past the end too).
pub struct CodePoints<'a> {
    text: &'a str,
    bytes: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> CodePoints<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CodePoints { text, bytes }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// `text[start..end]` in code points, `None` when out of range.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let (a, b) = (*self.bytes.get(start)?, *self.bytes.get(end)?);
        self.text.get(a..b)
    }
}

fn rows(jsonl: &[u8], file: &str) -> Result<Vec<Value>, String> {
    let text = std::str::from_utf8(jsonl).map_err(|e| format!("{file}: not UTF-8: {e}"))?;
    text.lines()
        .map(|l| serde_json::from_str(l).map_err(|e| format!("{file}: bad JSON {l:?}: {e}")))
        .collect()
}

fn num(row: &Value, key: &str) -> Result<usize, String> {
    row[key]
        .as_u64()
        .map(|n| n as usize)
        .ok_or_else(|| format!("{key} missing or not a count in {row}"))
}

/// Checks one document's outputs against its decoded text (`None` when the
/// document did not decode). `sentences` is empty when sentence rows were
/// not asked for; `with_sentences` says whether they were.
pub fn check_document(
    text: Option<&str>,
    documents: &[u8],
    sentences: &[u8],
    mentions: &[u8],
    with_sentences: bool,
) -> Result<(), String> {
    let docs = rows(documents, "documents")?;
    let [doc] = docs.as_slice() else {
        return Err(format!("{} document rows, want 1", docs.len()));
    };
    let sents = rows(sentences, "sentences")?;
    let ments = rows(mentions, "mentions")?;
    let doc_id = &doc["doc_id"];
    match doc["status"].as_str() {
        Some("error") => {
            let msg = doc["error"].as_str().unwrap_or("");
            if msg.is_empty() {
                return Err(format!("error row without a message: {doc}"));
            }
            if !sents.is_empty() || !ments.is_empty() {
                return Err(format!("error row with sentences or mentions: {doc}"));
            }
            return Ok(());
        }
        Some("ok") => {}
        _ => return Err(format!("bad status: {doc}")),
    }
    let text = text.ok_or_else(|| format!("ok row for text that does not decode: {doc}"))?;
    let cps = CodePoints::new(text);
    if num(doc, "chars")? != cps.len() {
        return Err(format!("chars {} != {}", doc["chars"], cps.len()));
    }
    if num(doc, "mentions")? != ments.len() {
        return Err(format!(
            "mentions {} != {} rows",
            doc["mentions"],
            ments.len()
        ));
    }
    if with_sentences && num(doc, "sentences")? != sents.len() {
        return Err(format!(
            "sentences {} != {} rows",
            doc["sentences"],
            sents.len()
        ));
    }
    let mut spans = Vec::new();
    let mut prev_end = 0;
    for (i, s) in sents.iter().enumerate() {
        let (start, end) = (num(s, "start")?, num(s, "end")?);
        let surface = s["text"].as_str().unwrap_or("");
        if &s["doc_id"] != doc_id || num(s, "index")? != i {
            return Err(format!("sentence {i}: wrong doc_id or index: {s}"));
        }
        if start >= end || start < prev_end {
            return Err(format!("sentence {i}: empty or overlapping span: {s}"));
        }
        if cps.slice(start, end) != Some(surface) {
            return Err(format!("sentence {i}: span is not its text: {s}"));
        }
        if surface.contains(['\n', '\r']) {
            return Err(format!("sentence {i} crosses a line: {s}"));
        }
        prev_end = end;
        spans.push((start, end));
    }
    let mut last = (0, 0);
    for m in &ments {
        let (start, end, si) = (num(m, "start")?, num(m, "end")?, num(m, "sentence")?);
        let surface = m["text"].as_str().unwrap_or("");
        if &m["doc_id"] != doc_id || start >= end {
            return Err(format!("mention: wrong doc_id or empty span: {m}"));
        }
        if cps.slice(start, end) != Some(surface) {
            return Err(format!("mention span is not its text: {m}"));
        }
        if (si, start) < last {
            return Err(format!("mentions out of order: {m}"));
        }
        last = (si, start);
        if with_sentences {
            let &(a, b) = spans
                .get(si)
                .ok_or_else(|| format!("mention of a missing sentence: {m}"))?;
            if start < a || end > b {
                return Err(format!("mention outside its sentence {a}..{b}: {m}"));
            }
        }
    }
    Ok(())
}
