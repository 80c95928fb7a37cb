//! Checks the splitter against the dev gold (`tests/gold/sentences.jsonl`):
//! every kept line of every gold document is split with `split_line`, and the
//! spans (code points into the file) must match the gold with F1 >= 0.99.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;

use newsfacts_record::Lang;
use newsfacts_text::sentence::split_line;

fn root() -> PathBuf {
    newsfacts_tables::workspace_root()
}

fn read_jsonl(path: &str) -> Vec<serde_json::Value> {
    let path = root().join(path);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
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

/// (start, end, text) in code points.
type Span = (usize, usize, String);

fn predict(doc_id: &str, skipped: &HashSet<usize>) -> BTreeSet<Span> {
    let path = doc_path(doc_id);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let name = doc_id.rsplit('/').next().unwrap_or(doc_id);
    let lang = if name.starts_with("ko") {
        Lang::Ko
    } else {
        Lang::En
    };
    let mut spans = BTreeSet::new();
    let mut out = Vec::new();
    let mut cp = 0;
    for (n, line) in text.split('\n').enumerate() {
        if !skipped.contains(&(n + 1)) && !newsfacts_text::clean::trim(line).is_empty() {
            out.clear();
            split_line(line, lang, &mut out);
            for &(a, b) in &out {
                let start = cp + line[..a].chars().count();
                let end = start + line[a..b].chars().count();
                spans.insert((start, end, line[a..b].to_string()));
            }
        }
        cp += line.chars().count() + 1;
    }
    spans
}

#[test]
fn gold_sentence_f1() {
    let mut skipped: BTreeMap<String, HashSet<usize>> = BTreeMap::new();
    for row in read_jsonl("tests/gold/boilerplate.jsonl") {
        let doc = row["doc_id"].as_str().unwrap_or_default().to_string();
        let line = row["line"].as_u64().unwrap_or(0) as usize;
        skipped.entry(doc).or_default().insert(line);
    }
    let mut gold: BTreeMap<String, BTreeSet<Span>> = BTreeMap::new();
    for row in read_jsonl("tests/gold/sentences.jsonl") {
        let doc = row["doc_id"].as_str().unwrap_or_default().to_string();
        let start = row["start"].as_u64().unwrap_or(0) as usize;
        let end = row["end"].as_u64().unwrap_or(0) as usize;
        let text = row["text"].as_str().unwrap_or_default().to_string();
        gold.entry(doc).or_default().insert((start, end, text));
    }
    let empty = HashSet::new();
    let (mut tp, mut n_gold, mut n_pred) = (0usize, 0usize, 0usize);
    let mut report = String::new();
    for (doc, want) in &gold {
        let got = predict(doc, skipped.get(doc).unwrap_or(&empty));
        n_gold += want.len();
        n_pred += got.len();
        tp += want.intersection(&got).count();
        for s in want.difference(&got) {
            report.push_str(&format!("MISSED {doc} {}..{} {:?}\n", s.0, s.1, s.2));
        }
        for s in got.difference(want) {
            report.push_str(&format!("EXTRA  {doc} {}..{} {:?}\n", s.0, s.1, s.2));
        }
    }
    let p = tp as f64 / n_pred.max(1) as f64;
    let r = tp as f64 / n_gold.max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "gold sentences: P={p:.4} R={r:.4} F1={f1:.4} (tp {tp}, gold {n_gold}, pred {n_pred})"
    );
    print!("{report}");
    assert!(f1 >= 0.99, "sentence F1 {f1:.4} < 0.99\n{report}");
}
