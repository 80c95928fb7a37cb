//! Money against the dev gold: every gold money mention is found in its gold
//! sentence with every value right, and no other money mention is found in
//! the sentences of the gold documents (F1 = 1.0 on gold money).
//!
//! Sentences come from `tests/gold/sentences.jsonl`, mentions from
//! `tests/gold/mentions.jsonl`; a prediction matches a gold mention of the
//! same sentence when the spans overlap (SPEC §5). Optional gold rows are
//! neither misses nor false alarms.

use std::collections::HashMap;

use newsfacts_extract::{extract, Context, Mention};
use newsfacts_record::{Approx, Kind, Lang, MentionValue};
use serde_json::Value;

fn read(path: &str) -> Vec<Value> {
    let path = newsfacts_tables::workspace_root().join(path);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold rows are JSON"))
        .collect()
}

fn approx_str(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::About => "about",
        Approx::Over => "over",
        Approx::Under => "under",
    }
}

/// The gold fields of a predicted money mention, as the gold writes them.
fn fields(m: &Mention) -> Value {
    let MentionValue::Money {
        amount,
        amount_max,
        currency,
        currency_inferred,
        approx,
        conversion,
    } = &m.value
    else {
        unreachable!()
    };
    let mut map = serde_json::Map::new();
    map.insert("amount".into(), amount.clone().into());
    if let Some(x) = amount_max {
        map.insert("amount_max".into(), x.clone().into());
    }
    map.insert("currency".into(), currency.clone().into());
    if *currency_inferred {
        map.insert("currency_inferred".into(), true.into());
    }
    map.insert("approx".into(), approx_str(*approx).into());
    if *conversion {
        map.insert("conversion".into(), true.into());
    }
    Value::Object(map)
}

fn gold_fields(g: &Value) -> Value {
    let mut map = serde_json::Map::new();
    for k in [
        "amount",
        "amount_max",
        "currency",
        "currency_inferred",
        "approx",
        "conversion",
    ] {
        if let Some(v) = g.get(k) {
            map.insert(k.into(), v.clone());
        }
    }
    Value::Object(map)
}

#[test]
fn gold_money_f1_is_one_with_every_value_right() {
    let sentences = read("tests/gold/sentences.jsonl");
    let mentions = read("tests/gold/mentions.jsonl");
    let mut gold: HashMap<(String, u64), Vec<&Value>> = HashMap::new();
    for m in mentions.iter().filter(|m| m["kind"] == "money") {
        gold.entry((
            m["doc_id"].as_str().unwrap().to_string(),
            m["sentence"].as_u64().unwrap(),
        ))
        .or_default()
        .push(m);
    }
    let (mut tp, mut fp, mut fn_, mut value_ok) = (0, 0, 0, 0);
    let mut problems = Vec::new();
    for s in &sentences {
        let doc = s["doc_id"].as_str().unwrap();
        let lang = if doc.starts_with("en") || doc.starts_with("synthetic/en") {
            Lang::En
        } else {
            Lang::Ko
        };
        let text = s["text"].as_str().unwrap();
        let offset = s["start"].as_u64().unwrap() as usize;
        let key = (doc.to_string(), s["index"].as_u64().unwrap());
        let golds = gold.get(&key).cloned().unwrap_or_default();
        let found: Vec<Mention> = extract(text, lang, &Context::default())
            .into_iter()
            .filter(|m| m.kind() == Kind::Money)
            .collect();
        // Code point spans of the predictions, relative to the document.
        let span = |m: &Mention| {
            let a = text[..m.start].chars().count() + offset;
            (a, a + text[m.start..m.end].chars().count())
        };
        let mut used = vec![false; found.len()];
        for g in &golds {
            let (gs, ge) = (
                g["start"].as_u64().unwrap() as usize,
                g["end"].as_u64().unwrap() as usize,
            );
            let optional = g.get("optional").and_then(Value::as_bool).unwrap_or(false);
            let hit = found.iter().enumerate().find(|(i, m)| {
                let (ps, pe) = span(m);
                !used[*i] && ps < ge && gs < pe
            });
            match hit {
                Some((i, m)) => {
                    used[i] = true;
                    if optional {
                        continue;
                    }
                    tp += 1;
                    let surface = &text[m.start..m.end];
                    if fields(m) == gold_fields(g) {
                        value_ok += 1;
                    } else {
                        problems.push(format!(
                            "VALUE {doc}#{}: {:?} gold {} got {:?} {}",
                            key.1,
                            g["text"],
                            gold_fields(g),
                            surface,
                            fields(m)
                        ));
                    }
                    if surface != g["text"].as_str().unwrap() {
                        problems.push(format!(
                            "SURFACE {doc}#{}: gold {:?} got {surface:?}",
                            key.1, g["text"]
                        ));
                    }
                }
                None if optional => {}
                None => {
                    fn_ += 1;
                    problems.push(format!("MISS {doc}#{}: {:?} in {text}", key.1, g["text"]));
                }
            }
        }
        for (i, m) in found.iter().enumerate() {
            if !used[i] {
                fp += 1;
                problems.push(format!(
                    "EXTRA {doc}#{}: {:?} {} in {text}",
                    key.1,
                    &text[m.start..m.end],
                    fields(m)
                ));
            }
        }
    }
    let f1 = if tp == 0 {
        0.0
    } else {
        2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
    };
    eprintln!("gold money: tp {tp} fp {fp} fn {fn_} f1 {f1:.4} values right {value_ok}/{tp}");
    let surfaces_only = problems.iter().all(|p| p.starts_with("SURFACE"));
    assert!(
        fp == 0 && fn_ == 0 && value_ok == tp && (problems.is_empty() || surfaces_only),
        "gold money: tp {tp} fp {fp} fn {fn_} values right {value_ok}/{tp}\n{}",
        problems.join("\n")
    );
    for p in &problems {
        eprintln!("{p}");
    }
}
