//! The jobs and year rules against the development gold (`tests/gold`).
//!
//! Every gold sentence of every document is run through [`extract`] with the
//! document language and the reference year of `tests/gold/synthetic/dates.json`
//! (corpus documents have no date). A required gold row must be matched by an
//! overlapping mention of its kind with every normalized field equal; any
//! other jobs or year mention is a false alarm. Optional rows count neither
//! way. All misses are listed at once, then F1 = 1.0 is asserted per kind.

use std::collections::{BTreeMap, HashMap};

use newsfacts_extract::{extract, Context};
use newsfacts_record::{Kind, Lang, MentionRow};
use serde::Deserialize;

#[derive(Deserialize)]
struct Sentence {
    doc_id: String,
    index: usize,
    start: usize,
    text: String,
}

fn read(path: &str) -> String {
    let path = newsfacts_tables::table_path(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn doc_lang(doc_id: &str) -> Lang {
    let name = doc_id.rsplit('/').next().unwrap_or(doc_id);
    if name.starts_with("ko") {
        Lang::Ko
    } else {
        Lang::En
    }
}

/// Byte offset in `text` to code points.
fn chars_at(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    value_ok: usize,
}

#[test]
fn gold_jobs_and_years_are_found_exactly() {
    let dates: HashMap<String, String> =
        serde_json::from_str(&read("tests/gold/synthetic/dates.json")).expect("dates.json parses");
    let sentences: Vec<Sentence> = read("tests/gold/sentences.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("sentence row parses"))
        .collect();
    let mut gold: HashMap<(String, usize), Vec<(MentionRow, bool)>> = HashMap::new();
    for line in read("tests/gold/mentions.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let raw: serde_json::Value = serde_json::from_str(line).expect("gold row parses");
        let optional = raw
            .get("optional")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let row: MentionRow = serde_json::from_value(raw).expect("gold row is a mention row");
        if row.kind() == Kind::Money {
            continue;
        }
        gold.entry((row.doc_id.clone(), row.sentence))
            .or_default()
            .push((row, optional));
    }

    let mut scores: BTreeMap<(&str, &str), Score> = BTreeMap::new();
    let mut problems = Vec::new();
    for s in &sentences {
        let lang = doc_lang(&s.doc_id);
        let ctx = Context {
            reference_year: dates
                .get(&s.doc_id)
                .and_then(|d| d.get(..4))
                .and_then(|y| y.parse().ok()),
        };
        let found: Vec<_> = extract(&s.text, lang, &ctx)
            .into_iter()
            .filter(|m| m.kind() != Kind::Money)
            .collect();
        let rows = gold
            .get(&(s.doc_id.clone(), s.index))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let mut used = vec![false; found.len()];
        for (row, optional) in rows {
            let (gs, ge) = (row.start - s.start, row.end - s.start);
            let hit = found.iter().enumerate().find(|(i, m)| {
                !used[*i]
                    && m.kind() == row.kind()
                    && chars_at(&s.text, m.start) < ge
                    && gs < chars_at(&s.text, m.end)
            });
            let score = scores
                .entry((row.kind().as_str(), lang.as_str()))
                .or_default();
            match hit {
                Some((i, m)) => {
                    used[i] = true;
                    if *optional {
                        continue;
                    }
                    score.tp += 1;
                    let surface = &s.text[m.start..m.end];
                    if m.value == row.value && surface == row.text {
                        score.value_ok += 1;
                    } else {
                        problems.push(format!(
                            "WRONG {} {}#{}: gold {:?} {:?}, got {:?} {:?}\n    {}",
                            row.kind().as_str(),
                            s.doc_id,
                            s.index,
                            row.text,
                            row.value,
                            surface,
                            m.value,
                            s.text
                        ));
                    }
                }
                None if *optional => {}
                None => {
                    score.fn_ += 1;
                    problems.push(format!(
                        "MISS {} {}#{}: {:?} {:?}\n    {}",
                        row.kind().as_str(),
                        s.doc_id,
                        s.index,
                        row.text,
                        row.value,
                        s.text
                    ));
                }
            }
        }
        for (i, m) in found.iter().enumerate() {
            if used[i] {
                continue;
            }
            scores
                .entry((m.kind().as_str(), lang.as_str()))
                .or_default()
                .fp += 1;
            problems.push(format!(
                "EXTRA {} {}#{}: {:?} {:?}\n    {}",
                m.kind().as_str(),
                s.doc_id,
                s.index,
                &s.text[m.start..m.end],
                m.value,
                s.text
            ));
        }
    }
    let mut report = String::new();
    let mut perfect = true;
    for ((kind, lang), sc) in &scores {
        let p = sc.tp as f64 / (sc.tp + sc.fp).max(1) as f64;
        let r = sc.tp as f64 / (sc.tp + sc.fn_).max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        report.push_str(&format!(
            "{kind}/{lang}: tp {} fp {} fn {} f1 {f1:.3} value_ok {}/{}\n",
            sc.tp, sc.fp, sc.fn_, sc.value_ok, sc.tp
        ));
        perfect &= sc.fp == 0 && sc.fn_ == 0 && sc.value_ok == sc.tp;
    }
    eprintln!("{report}");
    assert!(
        perfect && problems.is_empty(),
        "{report}{}",
        problems.join("\n")
    );
}
