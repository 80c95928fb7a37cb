//! Property tests (proptest) over the whole pipeline and each stage alone.
//!
//! Inputs are arbitrary bytes, and arbitrary Unicode built from the pieces
//! that break text code: combining marks, zero-width and bidi controls, emoji
//! sequences, NBSP and other spaces, lone `\r`, digits glued to 조/억/만/천 and
//! English scale words, quotes and sentence marks. Properties: nothing
//! panics; every sentence and mention span is in range and
//! `text[start..end] == surface` (tests/invariants); sentences never overlap
//! and never cross a line; a document's rows do not depend on `--jobs`, on
//! the order the files are named in, or on the other documents of the run.
//!
//! The whole pipeline is the binary's own per-document code
//! (crates/cli/document.rs, included by path), so what is tested here is
//! what `newsfacts extract` runs. Case counts are in docs/RELIABILITY.md;
//! `PROPTEST_CASES=N` runs N cases of every property instead.

#[allow(dead_code)]
#[path = "../crates/cli/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "../crates/cli/document.rs"]
mod document;
#[allow(dead_code)]
mod invariants;

use std::path::Path;
use std::process::Command;

use newsfacts_extract::numeral::{parse_en, parse_ko, scan_en, scan_ko};
use newsfacts_extract::{extract, Context};
use newsfacts_record::Lang;
use newsfacts_text::{clean, decode, lang, sentence};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Pieces that break text code, glued together at random.
const PIECES: &[&str] = &[
    // combining marks, conjoining jamo
    "\u{301}",
    "\u{302}",
    "e\u{301}",
    "\u{1100}\u{1161}",
    "한\u{302}",
    "\u{20DD}",
    // zero-width and bidi controls
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{061C}",
    // emoji, with ZWJ, skin tone, flags and keycaps
    "😀",
    "👨\u{200D}👩\u{200D}👧",
    "🇰🇷",
    "👍🏽",
    "1\u{FE0F}\u{20E3}",
    "ㅋㅋ",
    // spaces and line breaks
    " ",
    " ",
    " ",
    "\u{A0}",
    "\u{3000}",
    "\t",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\r",
    "\n",
    "\r\n",
    "\n\n",
    // digits, odd digits, numbers
    "0",
    "1",
    "2",
    "3",
    "5",
    "9",
    "1,000",
    "3.5",
    "0.000000000001",
    "999999999999999999999",
    "０",
    "٣",
    "²",
    "2026",
    "2023",
    "12,515",
    // Korean units and words
    "조",
    "억",
    "만",
    "천",
    "백",
    "십",
    "경",
    "원",
    "달러",
    "엔",
    "여",
    "개",
    "명",
    "년",
    "까지",
    "부터",
    "일자리",
    "약",
    "이상",
    "삼",
    "일",
    "오",
    "구조조정",
    "경기도는",
    "밝혔다",
    "했다",
    "다.",
    "올해",
    "지난해",
    "고용",
    "창출",
    // English scale words and cues
    "trillion",
    "billion",
    "million",
    "thousand",
    "lakh",
    "crore",
    "won",
    "dollars",
    "$",
    "US$",
    "₩",
    "KRW",
    "jobs",
    "hire",
    "people",
    "by",
    "in",
    "since",
    "about",
    "more than",
    "two",
    "a",
    "The city",
    "Mr.",
    "U.S.",
    "next year",
    "July 3, ",
    "bn",
    "-T",
    // marks
    ".",
    ".",
    "!",
    "?",
    "…",
    "。",
    "“",
    "”",
    "\"",
    "'",
    "(",
    ")",
    "~",
    "-",
    "–",
    "?",
    ",",
    "%",
    "▲",
    "•",
    ":",
    "/",
    "©",
    "[",
    "]",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Arbitrary Unicode made of [`PIECES`] and any characters.
fn tricky_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..max).prop_map(|v| v.concat())
}

/// Raw bytes: arbitrary, or tricky text as UTF-8, UTF-8 with a BOM, UTF-16
/// (maybe truncated) or CP949.
fn raw_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600),
        tricky_text(60).prop_map(String::into_bytes),
        tricky_text(40).prop_map(|t| [b"\xEF\xBB\xBF".as_slice(), t.as_bytes()].concat()),
        (tricky_text(40), any::<bool>(), any::<bool>()).prop_map(|(t, le, cut)| {
            let mut v = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in t.encode_utf16() {
                v.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            if cut {
                v.pop();
            }
            v
        }),
        tricky_text(40).prop_map(|t| encoding_rs::EUC_KR.encode(&t).0.into_owned()),
    ]
}

/// `cases` per run; proptest's own `PROPTEST_CASES` overrides it for every
/// property when set.
fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// One document through the binary's pipeline, checked against the invariants.
fn pipeline(bytes: &[u8]) -> Result<(), String> {
    let meta = document::Meta {
        doc_id: "p".into(),
        source: "p.txt".into(),
        date: date::Date::parse("2024-06-30").ok(),
        sentences: true,
    };
    let out = document::process_bytes(&meta, bytes);
    let decoded = decode::decode(bytes).ok();
    let text = decoded.as_ref().map(|d| d.text.as_ref());
    invariants::check_document(text, &out.documents, &out.sentences, &out.mentions, true)
}

/// Every stage alone on one text: clean, sentences per line and language,
/// language detection, mentions and numerals.
fn stages(text: &str) -> Result<(), String> {
    let lines = clean::clean(text);
    let ranges: Vec<(usize, usize)> = clean::line_ranges(text).collect();
    if lines.len() != ranges.len() {
        return Err(format!("{} lines, {} ranges", lines.len(), ranges.len()));
    }
    let mut prev = 0;
    for (line, &(a, b)) in lines.iter().zip(&ranges) {
        let raw = text
            .get(line.start..line.end)
            .ok_or_else(|| format!("line {}..{} off boundaries", line.start, line.end))?;
        if (line.start, line.end) != (a, b) || line.start < prev || raw.contains(['\n', '\r']) {
            return Err(format!("bad line {line:?}"));
        }
        prev = line.end;
        for lang in [Lang::Ko, Lang::En, Lang::Und] {
            let mut spans = Vec::new();
            sentence::split_line(raw, lang, &mut spans);
            let mut end = 0;
            for &(s, e) in &spans {
                let sent = raw
                    .get(s..e)
                    .ok_or_else(|| format!("{lang:?}: sentence {s}..{e} off boundaries"))?;
                if s < end || sent.is_empty() || sent != clean::trim(sent) {
                    return Err(format!("{lang:?}: bad sentence {s}..{e} {sent:?}"));
                }
                end = e;
                let _ = lang::detect(sent);
                mentions(sent, lang)?;
            }
        }
    }
    // The rules and numeral readers must also take a text with line breaks.
    mentions(text, Lang::Ko)?;
    mentions(text, Lang::En)?;
    numerals(text)
}

fn mentions(sentence: &str, lang: Lang) -> Result<(), String> {
    let ctx = Context {
        reference_year: Some(2024),
    };
    for m in extract(sentence, lang, &ctx) {
        if m.start >= m.end || sentence.get(m.start..m.end).is_none() {
            return Err(format!(
                "{lang:?}: mention {}..{} off boundaries",
                m.start, m.end
            ));
        }
    }
    Ok(())
}

fn numerals(s: &str) -> Result<(), String> {
    for pos in 0..=s.len() {
        for n in [parse_ko(s, pos), parse_en(s, pos)].into_iter().flatten() {
            if n.start != pos || n.end <= pos || s.get(pos..n.end).is_none() {
                return Err(format!("numeral at {pos}: {n:?}"));
            }
        }
    }
    for n in scan_ko(s).chain(scan_en(s)) {
        if s.get(n.start..n.end).is_none() || n.start >= n.end {
            return Err(format!("scanned numeral {n:?}"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(2000))]
    #[test]
    fn pipeline_keeps_its_invariants_on_any_bytes(bytes in raw_bytes()) {
        if let Err(e) = pipeline(&bytes) {
            prop_assert!(false, "{e}");
        }
    }
}

proptest! {
    #![proptest_config(config(2000))]
    #[test]
    fn pipeline_keeps_its_invariants_on_tricky_unicode(text in tricky_text(120)) {
        if let Err(e) = pipeline(text.as_bytes()) {
            prop_assert!(false, "{e}");
        }
    }
}

proptest! {
    #![proptest_config(config(1000))]
    #[test]
    fn each_stage_alone_keeps_its_spans(text in tricky_text(80)) {
        if let Err(e) = stages(&text) {
            prop_assert!(false, "{e}");
        }
        let _ = decode::decode(text.as_bytes());
    }
}

// ---------------------------------------------------------------------------
// The real binary: --jobs, file order and the other documents of the run.

fn run(dir: &Path, inputs: &[&Path], out: &Path, jobs: &str) -> Result<(), String> {
    let o = Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .arg("extract")
        .args(inputs)
        .args([
            "-o",
            out.to_str().unwrap_or(""),
            "--sentences",
            "--jobs",
            jobs,
        ])
        .arg("--reference-date=2024-06-30")
        .current_dir(dir)
        .output()
        .map_err(|e| e.to_string())?;
    match o.status.code() {
        Some(0 | 1) => Ok(()),
        _ => Err(format!(
            "exit {:?}: {}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        )),
    }
}

fn read(dir: &Path) -> Vec<Vec<u8>> {
    ["documents.jsonl", "sentences.jsonl", "mentions.jsonl"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap_or_default())
        .collect()
}

/// The lines of `jsonl` whose doc_id is `id`.
fn rows_of(jsonl: &[u8], id: &str) -> Vec<String> {
    let needle = format!("{{\"doc_id\":{}", serde_json::Value::from(id));
    String::from_utf8_lossy(jsonl)
        .lines()
        .filter(|l| l.starts_with(&needle) && l[needle.len()..].starts_with(','))
        .map(str::to_string)
        .collect()
}

fn independence(docs: &[Vec<u8>], alone: usize) -> Result<(), String> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let f = input.join(format!("d{i}.txt"));
        std::fs::write(&f, d).map_err(|e| e.to_string())?;
        files.push(f);
    }
    let (all1, all3, one) = (
        tmp.path().join("j1"),
        tmp.path().join("j3"),
        tmp.path().join("one"),
    );
    run(tmp.path(), &[&input], &all1, "1")?;
    // The same files named one by one in reverse order, on three threads.
    let reversed: Vec<&Path> = files.iter().rev().map(|p| p.as_path()).collect();
    run(tmp.path(), &reversed, &all3, "3")?;
    let (a, b) = (read(&all1), read(&all3));
    // A file named directly has its bare path as `source`; compare the rest.
    let strip = |v: &[u8]| -> String {
        String::from_utf8_lossy(v)
            .replace(&format!("{}/", input.display()), "")
            .replace("\"source\":\"in/", "\"source\":\"")
    };
    if a[1..] != b[1..] || strip(&a[0]) != strip(&b[0]) {
        return Err("--jobs 1 on the folder and --jobs 3 on the reversed files differ".into());
    }
    let alone_file = files.get(alone).ok_or("no document")?;
    run(tmp.path(), &[alone_file.as_path()], &one, "2")?;
    let c = read(&one);
    let id = format!("d{alone}");
    for k in 0..3 {
        let (with_others, by_itself) = (rows_of(&a[k], &id), rows_of(&c[k], &id));
        let by_itself = by_itself
            .iter()
            .map(|l| strip(l.as_bytes()))
            .collect::<Vec<_>>();
        let with_others = with_others
            .iter()
            .map(|l| strip(l.as_bytes()))
            .collect::<Vec<_>>();
        if with_others != by_itself {
            return Err(format!("{id}: rows change with the other documents of the run:\n{with_others:#?}\n{by_itself:#?}"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(16))]
    #[test]
    fn a_document_does_not_depend_on_jobs_order_or_the_other_documents(
        docs in proptest::collection::vec(raw_bytes(), 1..10),
        alone in any::<prop::sample::Index>(),
    ) {
        let i = alone.index(docs.len());
        if let Err(e) = independence(&docs, i) {
            prop_assert!(false, "{e}");
        }
    }
}

// ---------------------------------------------------------------------------
// Named regressions from fuzzing (docs/RELIABILITY.md).

/// fuzz `decode`, crash-f15b028d (minimized by hand): a UTF-16 document with
/// a control character. The harness assumed the `binary content … at byte N`
/// offset was a file offset; for UTF-16 and CP949 input it counts bytes of
/// the decoded UTF-8 text, so it can pass the file length. Pinned here.
#[test]
fn fuzz_decode_f15b028d_binary_offset_counts_decoded_text() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "한한한한한\u{1}".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    assert_eq!(bytes.len(), 14);
    assert_eq!(
        decode::decode(&bytes).map(|d| d.encoding),
        Err(decode::DecodeError::Binary { offset: 15 })
    );
    assert_eq!(pipeline(&bytes), Ok(()));
}
