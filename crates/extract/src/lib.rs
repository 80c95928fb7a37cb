//! newsfacts-extract: mentions of money, jobs and years in one sentence,
//! normalized exactly.
//!
//! The entry point is [`extract`]: it takes a sentence, its language and a
//! [`Context`] (the reference date for relative years) and returns
//! [`Mention`]s with byte offsets into the sentence. Rules live per language
//! in `lang/<code>/<kind>.rs` behind one registry (`lang/mod.rs`); the
//! numbers they read go through one exact decimal core. This crate never
//! touches lingua: the caller says which language a sentence is in.
//!
//! ```
//! use newsfacts_extract::{extract, Context};
//! use newsfacts_record::Lang;
//! let found = extract("경기도는 2026년까지 일자리를 만든다.", Lang::Ko, &Context::default());
//! for m in &found {
//!     assert!(m.start < m.end);
//! }
//! ```
#![deny(missing_docs)]

pub mod decimal;
pub mod lang;
pub mod numeral;

use newsfacts_record::{Kind, Lang, MentionValue};

/// What the rules may know beyond the sentence itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The year relative years resolve against (`올해`, `next year`), from the
    /// document date or `--reference-date`; `None` leaves them `year: null`.
    pub reference_year: Option<i32>,
}

/// One mention found in a sentence: byte offsets into the sentence and the
/// normalized value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the first character of the surface.
    pub start: usize,
    /// Byte offset just past the surface.
    pub end: usize,
    /// The normalized value; its kind is the mention kind.
    pub value: MentionValue,
}

impl Mention {
    /// The kind of the mention.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
}

/// Finds every mention in one sentence, sorted by start offset (then kind).
/// `Lang::Und` finds nothing: the caller passes the document language instead.
pub fn extract(sentence: &str, lang: Lang, ctx: &Context) -> Vec<Mention> {
    let mut out = Vec::new();
    extract_into(sentence, lang, ctx, &mut out);
    out
}

/// Compiles the rules of `lang` now rather than at their first use, by
/// running them over the language's sample sentences. A program may call it
/// for each language on a thread of its own at start-up, so that the
/// compiling is done in parallel instead of by the first worker to need it.
pub fn warm_up(lang: Lang) {
    if let Some(rules) = lang::rules(lang) {
        let mut out = Vec::new();
        let ctx = Context {
            reference_year: Some(2025),
        };
        for s in rules.samples() {
            rules.find_all(s, &ctx, &mut out);
        }
    }
}

/// Like [`extract`], appending to `out` (cleared first) to reuse its allocation.
pub fn extract_into(sentence: &str, lang: Lang, ctx: &Context, out: &mut Vec<Mention>) {
    out.clear();
    if let Some(rules) = lang::rules(lang) {
        rules.find_all(sentence, ctx, out);
    }
    out.sort_by_key(|m| (m.start, m.kind(), m.end));
}
