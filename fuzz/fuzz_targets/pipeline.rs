//! Fuzz the whole pipeline on one document, exactly as `newsfacts extract`
//! runs it (crates/cli/document.rs, included by path): decode, clean,
//! language, sentences, mentions, rows. Every output must keep the
//! invariants of tests/invariants (spans exact, sentences ordered and
//! within lines, one document row).
#![no_main]

#[allow(dead_code)]
#[path = "../../crates/cli/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "../../crates/cli/document.rs"]
mod document;
#[allow(dead_code)]
#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let meta = document::Meta {
        doc_id: "fuzz".into(),
        source: "fuzz.txt".into(),
        date: date::Date::parse("2024-06-30").ok(),
        sentences: true,
    };
    let out = document::process_bytes(&meta, data);
    let decoded = newsfacts_text::decode::decode(data).ok();
    let text = decoded.as_ref().map(|d| d.text.as_ref());
    if let Err(e) =
        invariants::check_document(text, &out.documents, &out.sentences, &out.mentions, true)
    {
        panic!("invariant broken: {e}");
    }
});
