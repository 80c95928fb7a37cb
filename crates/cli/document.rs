//! One document through the pipeline: decode, clean, language, sentences,
//! mentions, and its output rows serialized, ready for the ordered writer.

use newsfacts_extract::{extract_into, Context, Mention};
use newsfacts_record::{DocumentRow, Kind, Lang, MentionRowRef, SentenceRowRef, Status};
use sha2::{Digest, Sha256};
use std::sync::Mutex;

use crate::date::Date;

/// A document's serialized rows and counts.
#[derive(Default)]
pub struct Output {
    /// The `documents.jsonl` line(s).
    pub documents: Vec<u8>,
    /// The `sentences.jsonl` lines.
    pub sentences: Vec<u8>,
    /// The `mentions.jsonl` lines.
    pub mentions: Vec<u8>,
    /// Number of documents (rows in `documents`).
    pub docs: usize,
    /// Error rows among them.
    pub errors: usize,
    /// Sentences written.
    pub sentence_count: usize,
    /// Mentions per kind (money, jobs, year).
    pub kinds: [usize; 3],
    /// Input bytes consumed.
    pub bytes: u64,
    /// For an error row: `source: cause`, to report on standard error.
    pub notice: Option<String>,
    /// The row serialized into `documents`, kept so that the writer can check
    /// its doc_id without parsing the JSON back.
    pub row: Option<DocumentRow>,
}

/// Output buffers handed back once written, for the workers to fill again:
/// without them every document grew fresh buffers, and they were freed by
/// whichever thread wrote them (often a free into another thread's heap). At most
/// [`SPARE_BYTES`] of capacity is kept, and no buffer over
/// [`SPARE_BUFFER_MAX`] (a few typical documents' rows), so that the spare
/// capacity does not creep up to the largest documents of a long run.
static SPARE: Mutex<Spare> = Mutex::new(Spare {
    lists: [Vec::new(), Vec::new(), Vec::new()],
    bytes: 0,
});

/// Most bytes of buffer capacity kept for reuse.
const SPARE_BYTES: usize = 4 << 20;

/// The largest buffer kept for reuse.
const SPARE_BUFFER_MAX: usize = 64 << 10;

/// Spare buffers for `documents`, `sentences` and `mentions`, and their
/// total capacity.
struct Spare {
    lists: [Vec<Vec<u8>>; 3],
    bytes: usize,
}

impl Output {
    /// An empty output, with buffers the writer handed back when it has some.
    pub fn recycled() -> Output {
        let mut spare = SPARE.lock().unwrap_or_else(|e| e.into_inner());
        let Spare { lists, bytes } = &mut *spare;
        let [documents, sentences, mentions] = lists.each_mut().map(|list| {
            let buf = list.pop().unwrap_or_default();
            *bytes -= buf.capacity();
            buf
        });
        Output {
            documents,
            sentences,
            mentions,
            ..Output::default()
        }
    }

    /// Hands the buffers of written outputs back for reuse (emptied).
    pub fn recycle(outs: Vec<Output>) {
        let mut spare = SPARE.lock().unwrap_or_else(|e| e.into_inner());
        let Spare { lists, bytes } = &mut *spare;
        for out in outs {
            for (list, mut buf) in
                lists
                    .iter_mut()
                    .zip([out.documents, out.sentences, out.mentions])
            {
                let cap = buf.capacity();
                if cap == 0 || cap > SPARE_BUFFER_MAX || *bytes + cap > SPARE_BYTES {
                    continue;
                }
                buf.clear();
                *bytes += cap;
                list.push(buf);
            }
        }
    }
}

/// What a document needs besides its bytes.
pub struct Meta {
    /// The document id.
    pub doc_id: String,
    /// Where it came from.
    pub source: String,
    /// Its date, when known.
    pub date: Option<Date>,
    /// Whether to write sentence rows.
    pub sentences: bool,
}

/// SHA-256 in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0'));
        s.push(char::from_digit((b & 15) as u32, 16).unwrap_or('0'));
    }
    s
}

/// An error row: the document is recorded with the cause and nothing else.
pub fn error_row(meta: &Meta, sha256: String, encoding: Option<&str>, error: String) -> Output {
    let row = DocumentRow {
        doc_id: meta.doc_id.clone(),
        source: meta.source.clone(),
        sha256,
        encoding: encoding.map(str::to_string),
        lang: Lang::Und,
        chars: 0,
        sentences: 0,
        boilerplate_lines: 0,
        duplicate_lines: 0,
        mentions: 0,
        date: meta.date.map(|d| d.to_string()),
        status: Status::Error,
        error: Some(error),
    };
    let mut out = Output {
        docs: 1,
        errors: 1,
        notice: Some(format!(
            "{}: {}",
            meta.source,
            row.error.as_deref().unwrap_or("")
        )),
        ..Output::default()
    };
    push_row(&mut out.documents, &row);
    out.row = Some(row);
    out
}

fn push_row<T: serde::Serialize>(buf: &mut Vec<u8>, row: &T) {
    // A document row is 300 to 500 bytes: one allocation, not a doubling series.
    buf.reserve(512);
    // Serializing our own row types into memory cannot fail.
    if serde_json::to_writer(&mut *buf, row).is_ok() {
        buf.push(b'\n');
    }
}

/// Processes a raw file: decode, then the text pipeline.
pub fn process_bytes(meta: &Meta, bytes: &[u8]) -> Output {
    let sha = sha256_hex(bytes);
    let mut out = match newsfacts_text::decode::decode(bytes) {
        Ok(d) => process_text(meta, sha, d.encoding.as_str(), &d.text),
        Err(e) => error_row(meta, sha, None, e.to_string()),
    };
    out.bytes = bytes.len() as u64;
    out
}

/// Processes decoded text (a file after decoding, or a JSONL `text`).
pub fn process_text(meta: &Meta, sha256: String, encoding: &str, text: &str) -> Output {
    if let Err(e) = newsfacts_text::decode::check_text(text) {
        return error_row(meta, sha256, Some(encoding), e.to_string());
    }
    let analysis = newsfacts_text::analyze(text);
    let ctx = Context {
        reference_year: meta.date.map(|d| d.year),
    };
    let mut out = Output {
        docs: 1,
        ..Output::recycled()
    };
    if meta.sentences {
        // Each row is its text plus ~100 bytes of fields: one allocation, not a doubling series.
        out.sentences
            .reserve(text.len() + 112 * analysis.sentences.len());
    }
    let mut found: Vec<Mention> = Vec::new();
    let mut mention_count = 0;
    // Code-point cursor: sentences come in order, so offsets are counted
    // incrementally, never from the start of the text.
    let (mut byte_pos, mut cp_pos) = (0usize, 0usize);
    for (index, s) in analysis.sentences.iter().enumerate() {
        cp_pos += text[byte_pos..s.start].chars().count();
        let sentence = &text[s.start..s.end];
        let sentence_cps = sentence.chars().count();
        if meta.sentences {
            SentenceRowRef {
                doc_id: &meta.doc_id,
                index,
                start: cp_pos,
                end: cp_pos + sentence_cps,
                lang: s.lang,
                text: sentence,
            }
            .write_line(&mut out.sentences);
        }
        out.sentence_count += 1;
        let rules_lang = if s.lang == Lang::Und {
            analysis.lang
        } else {
            s.lang
        };
        extract_into(sentence, rules_lang, &ctx, &mut found);
        let mention_lang = if analysis.lang == Lang::Und {
            rules_lang
        } else {
            analysis.lang
        };
        let (mut mb, mut mc) = (0usize, 0usize);
        for m in &found {
            let Some(surface) = sentence.get(m.start..m.end) else {
                continue; // a rule returned a span off char boundaries: never emit it
            };
            match sentence.get(mb..m.start) {
                Some(pre) if m.start >= mb => mc += pre.chars().count(),
                _ => mc = sentence[..m.start].chars().count(),
            }
            mb = m.start;
            let start = cp_pos + mc;
            let row = MentionRowRef {
                doc_id: &meta.doc_id,
                sentence: index,
                lang: mention_lang,
                text: surface,
                start,
                end: start + surface.chars().count(),
                value: &m.value,
            };
            if out.mentions.capacity() == 0 {
                // About 250 bytes a row and a few mentions a document.
                out.mentions.reserve(2048);
            }
            row.write_line(&mut out.mentions);
            out.kinds[kind_index(m.kind())] += 1;
            mention_count += 1;
        }
        cp_pos += sentence_cps;
        byte_pos = s.end;
    }
    let chars = cp_pos + text[byte_pos..].chars().count();
    let row = DocumentRow {
        doc_id: meta.doc_id.clone(),
        source: meta.source.clone(),
        sha256,
        encoding: Some(encoding.to_string()),
        lang: analysis.lang,
        chars,
        sentences: analysis.sentences.len(),
        boilerplate_lines: analysis.boilerplate_lines,
        duplicate_lines: analysis.duplicate_lines,
        mentions: mention_count,
        date: meta.date.map(|d| d.to_string()),
        status: Status::Ok,
        error: None,
    };
    push_row(&mut out.documents, &row);
    out.row = Some(row);
    out
}

fn kind_index(kind: Kind) -> usize {
    match kind {
        Kind::Money => 0,
        Kind::Jobs => 1,
        Kind::Year => 2,
    }
}
