//! newsfacts-record: the serde types of every output row and the JSON Schemas
//! that describe them.
//!
//! This crate is a leaf (no lingua, no regex) so that `eval` and the tests can
//! share the row types without compiling the pipeline.
//!
//! ```
//! use newsfacts_record::{Approx, Lang, MentionRow, MentionValue};
//! let row = MentionRow {
//!     doc_id: "d".into(), sentence: 0, lang: Lang::Ko, text: "1.3조원".into(),
//!     start: 0, end: 5,
//!     value: MentionValue::Money {
//!         amount: "1300000000000".into(), amount_max: None, currency: "KRW".into(),
//!         currency_inferred: false, approx: Approx::Exact, conversion: false,
//!     },
//! };
//! let line = serde_json::to_string(&row).unwrap();
//! assert!(line.contains(r#""amount":"1300000000000""#));
//! assert_eq!(serde_json::from_str::<MentionRow>(&line).unwrap(), row);
//! ```
#![deny(missing_docs)]

use serde::{Deserialize, Serialize};

pub mod json;
mod mention;

pub use mention::{MentionRow, MentionRowRef, MentionValue};

/// The JSON Schema of a `documents.jsonl` row.
pub const DOCUMENT_SCHEMA: &str = include_str!("../schemas/document.schema.json");
/// The JSON Schema of a `sentences.jsonl` row.
pub const SENTENCE_SCHEMA: &str = include_str!("../schemas/sentence.schema.json");
/// The JSON Schema of a `mentions.jsonl` row.
pub const MENTION_SCHEMA: &str = include_str!("../schemas/mention.schema.json");

/// A language tag: Korean, English, or undetermined (too little text to tell).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Korean.
    Ko,
    /// English.
    En,
    /// Undetermined.
    Und,
}

impl Lang {
    /// The tag as written in the output (`ko`, `en`, `und`).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
            Lang::Und => "und",
        }
    }
}

/// The kind of a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A monetary amount.
    Money,
    /// A number of jobs or people hired.
    Jobs,
    /// A calendar year.
    Year,
}

impl Kind {
    /// Every kind, in output order.
    pub const ALL: [Kind; 3] = [Kind::Money, Kind::Jobs, Kind::Year];

    /// The kind as written in the output (`money`, `jobs`, `year`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Jobs => "jobs",
            Kind::Year => "year",
        }
    }
}

/// How exact a number is, from its approximation cue (`약` → about, `이상` → over).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Approx {
    /// No cue.
    #[default]
    Exact,
    /// About, nearly, 약, 가량, 안팎.
    About,
    /// More than, 이상, 여.
    Over,
    /// Fewer than, less than, 미만.
    Under,
}

/// How a year relates to what the sentence says (SPEC §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// by, until, 까지.
    By,
    /// in, during, 에, a year alone.
    In,
    /// since, from, 부터, 이후.
    Since,
    /// two years joined into a range.
    Range,
    /// part of a full date.
    Date,
    /// a year inside a name.
    Other,
}

/// Whether a document was processed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Processed.
    Ok,
    /// Not processed; `error` says why.
    Error,
}

/// One row of `documents.jsonl`: every input document gets one, failed ones included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRow {
    /// The document id (SPEC §2).
    pub doc_id: String,
    /// Where the document came from: a path, or `path:line` for JSONL.
    pub source: String,
    /// SHA-256 of the raw bytes, lowercase hex.
    pub sha256: String,
    /// The detected encoding (`utf-8`, `utf-16le`, `utf-16be`, `cp949`), or null when undecodable.
    pub encoding: Option<String>,
    /// The document language.
    pub lang: Lang,
    /// Length of the decoded text in code points.
    pub chars: usize,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of boilerplate lines skipped (verbatim repeats not included).
    pub boilerplate_lines: usize,
    /// Number of lines skipped because they repeat an earlier line.
    pub duplicate_lines: usize,
    /// Number of mentions.
    pub mentions: usize,
    /// The document date (`YYYY-MM-DD`) used for relative years, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `ok` or `error`.
    pub status: Status,
    /// What went wrong, when `status` is `error`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// One row of `sentences.jsonl`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRow {
    /// The document id.
    pub doc_id: String,
    /// The sentence index, from 0 within the document.
    pub index: usize,
    /// Start offset in code points into the decoded document text.
    pub start: usize,
    /// End offset (exclusive) in code points.
    pub end: usize,
    /// The sentence language.
    pub lang: Lang,
    /// The sentence text, `text[start..end]`.
    pub text: String,
}

/// A sentence row that borrows its fields, serialized exactly as
/// [`SentenceRow`]: for writers that would otherwise copy the text.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct SentenceRowRef<'a> {
    /// The document id.
    pub doc_id: &'a str,
    /// The sentence index, from 0 within the document.
    pub index: usize,
    /// Start offset in code points.
    pub start: usize,
    /// End offset (exclusive) in code points.
    pub end: usize,
    /// The sentence language.
    pub lang: Lang,
    /// The sentence text.
    pub text: &'a str,
}
