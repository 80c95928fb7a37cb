//! The dev gold through the whole text pipeline (clean + sentences, as
//! `analyze` runs them): exact-span sentence F1 >= 0.99, every gold
//! boilerplate line skipped and no content line skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use newsfacts_text::clean::LineClass;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn jsonl(name: &str) -> Vec<Value> {
    std::fs::read_to_string(root().join("tests/gold").join(name))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn doc_text(doc_id: &str) -> String {
    let path = match doc_id.strip_prefix("synthetic/") {
        Some(name) => root()
            .join("tests/gold/synthetic")
            .join(format!("{name}.txt")),
        None => root().join("corpus").join(format!("{doc_id}.txt")),
    };
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn gold_sentences_and_boilerplate_through_analyze() {
    let gold = jsonl("sentences.jsonl");
    let mut want: BTreeSet<(String, usize, usize)> = BTreeSet::new();
    for s in &gold {
        want.insert((
            s["doc_id"].as_str().unwrap().to_string(),
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        ));
    }
    let mut skipped_gold: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for b in jsonl("boilerplate.jsonl") {
        skipped_gold
            .entry(b["doc_id"].as_str().unwrap().to_string())
            .or_default()
            .insert(b["line"].as_u64().unwrap() as usize);
    }
    let docs: BTreeSet<String> = want.iter().map(|w| w.0.clone()).collect();
    let mut got = BTreeSet::new();
    let mut problems = Vec::new();
    for doc in &docs {
        let text = doc_text(doc);
        let a = newsfacts_text::analyze(&text);
        for s in &a.sentences {
            let start = text[..s.start].chars().count();
            let end = start + text[s.start..s.end].chars().count();
            got.insert((doc.clone(), start, end));
        }
        let gold_skips = skipped_gold.get(doc).cloned().unwrap_or_default();
        for line in &a.lines {
            let skipped = matches!(line.class, LineClass::Boilerplate(_) | LineClass::Duplicate);
            let should = gold_skips.contains(&line.number);
            if skipped != should {
                problems.push(format!(
                    "{doc}:{}: {} {:?}",
                    line.number,
                    if should {
                        "not skipped:"
                    } else {
                        "skipped content:"
                    },
                    &text[line.start..line.end]
                ));
            }
        }
    }
    let tp = want.intersection(&got).count() as f64;
    let (p, r) = (tp / got.len() as f64, tp / want.len() as f64);
    let f1 = 2.0 * p * r / (p + r);
    println!(
        "sentences: gold {} predicted {} tp {tp} P {p:.4} R {r:.4} F1 {f1:.4}",
        want.len(),
        got.len()
    );
    for miss in want.difference(&got).take(30) {
        problems.push(format!("missed sentence {miss:?}"));
    }
    for extra in got.difference(&want).take(30) {
        problems.push(format!("extra sentence {extra:?}"));
    }
    assert!(
        f1 >= 0.99,
        "sentence F1 {f1:.4} < 0.99\n{}",
        problems.join("\n")
    );
    let skip_problems: Vec<_> = problems.iter().filter(|p| p.contains("skipped")).collect();
    assert!(skip_problems.is_empty(), "{skip_problems:#?}");
}
