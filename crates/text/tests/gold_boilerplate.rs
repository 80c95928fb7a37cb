//! Checks `clean()` against the gold boilerplate rows: every row of
//! tests/gold/boilerplate.jsonl must be skipped with its reason (`duplicate`
//! ↔ `LineClass::Duplicate`), and no other non-blank line of a gold document
//! may be skipped. Every mismatch is reported at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

use newsfacts_text::clean::{clean, LineClass};

fn root() -> PathBuf {
    newsfacts_tables::workspace_root()
}

fn read_jsonl(path: &str) -> Vec<serde_json::Value> {
    let path = root().join(path);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn doc_path(doc_id: &str) -> PathBuf {
    match doc_id.strip_prefix("synthetic/") {
        Some(name) => root()
            .join("tests/gold/synthetic")
            .join(format!("{name}.txt")),
        None => root().join("corpus").join(format!("{doc_id}.txt")),
    }
}

fn class_name(class: LineClass) -> &'static str {
    match class {
        LineClass::Blank => "blank",
        LineClass::Content => "content",
        LineClass::Duplicate => "duplicate",
        LineClass::Boilerplate(r) => r.as_str(),
    }
}

#[test]
fn gold_boilerplate_lines() {
    let docs: BTreeSet<String> = read_jsonl("tests/gold/sentences.jsonl")
        .iter()
        .map(|r| r["doc_id"].as_str().expect("doc_id").to_string())
        .collect();
    let mut gold: BTreeMap<(String, usize), String> = BTreeMap::new();
    for r in read_jsonl("tests/gold/boilerplate.jsonl") {
        let doc = r["doc_id"].as_str().expect("doc_id").to_string();
        let line = r["line"].as_u64().expect("line") as usize;
        let reason = r["reason"].as_str().expect("reason").to_string();
        gold.insert((doc, line), reason);
    }
    let mut failures = String::new();
    let mut failed = 0;
    let mut checked = 0;
    for doc in &docs {
        let path = doc_path(doc);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for line in clean(&text) {
            let raw = &text[line.start..line.end];
            let want = gold
                .get(&(doc.clone(), line.number))
                .map(String::as_str)
                .unwrap_or(if line.class == LineClass::Blank {
                    "blank"
                } else {
                    "content"
                });
            let got = class_name(line.class);
            if line.class != LineClass::Blank {
                checked += 1;
            }
            if want != got {
                failed += 1;
                let _ = writeln!(
                    failures,
                    "{doc}:{}: expected {want}, got {got}: {raw:?}",
                    line.number
                );
            }
        }
    }
    for (doc, _) in gold.keys() {
        assert!(
            docs.contains(doc),
            "gold boilerplate row for unknown doc {doc}"
        );
    }
    assert!(
        failed == 0,
        "{failed} of {checked} non-blank lines misclassified:\n{failures}"
    );
}

/// Throughput of `clean()` over the gold documents repeated to ~32 MB.
/// Run with `cargo test --release -p newsfacts-text --test gold_boilerplate
/// -- --ignored --nocapture clean_throughput`.
#[test]
#[ignore]
fn clean_throughput() {
    let mut one = String::new();
    for entry in std::fs::read_dir(root().join("corpus")).expect("corpus") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            one.push_str(&std::fs::read_to_string(&path).expect("doc"));
        }
    }
    for entry in std::fs::read_dir(root().join("tests/gold/synthetic")).expect("synthetic") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            one.push_str(&std::fs::read_to_string(&path).expect("doc"));
        }
    }
    let docs: Vec<String> = (0..(32 << 20) / one.len().max(1))
        .map(|i| format!("{i}\n{one}"))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let _ = clean(&docs[0]);
    let t = std::time::Instant::now();
    let mut skipped = 0;
    for d in &docs {
        skipped += clean(d)
            .iter()
            .filter(|l| !matches!(l.class, LineClass::Content | LineClass::Blank))
            .count();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "clean: {:.1} MB in {secs:.2}s = {:.0} MB/s ({skipped} lines skipped)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}
