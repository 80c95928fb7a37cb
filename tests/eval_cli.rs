//! End-to-end tests of `newsfacts eval`: the real binary on the development
//! gold set (tests/gold/mentions.jsonl) and on perturbed copies of it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn gold_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/mentions.jsonl")
}

fn gold_lines() -> Vec<String> {
    std::fs::read_to_string(gold_file())
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Writes `lines` as DIR/mentions.jsonl of a fresh temporary directory.
fn pred_dir(lines: &[String]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mentions.jsonl"), lines.join("\n") + "\n").unwrap();
    dir
}

fn eval(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .arg("eval")
        .args(args)
        .output()
        .unwrap()
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn count(v: &Value, key: &str, field: &str) -> u64 {
    v[key][field]
        .as_u64()
        .unwrap_or_else(|| panic!("{key}.{field} in {v}"))
}

#[test]
fn the_gold_against_itself_scores_one_everywhere() {
    let pred = pred_dir(&gold_lines());
    let gold_dir = gold_file().parent().unwrap().to_path_buf();
    for gold in [gold_file(), gold_dir] {
        let out = eval(&["--gold", path(&gold), "--pred", path(pred.path()), "--json"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v = json_of(&out);
        let cells = v.as_object().unwrap();
        assert_eq!(cells.len(), 12);
        for kind in ["money", "jobs", "year", "all"] {
            for lang in ["ko", "en", "all"] {
                let key = format!("{kind}/{lang}");
                let cell = &cells[&key];
                for ratio in ["precision", "recall", "f1", "value_share", "core_share"] {
                    assert_eq!(cell[ratio].as_f64(), Some(1.0), "{key} {ratio}");
                }
                assert_eq!(count(&v, &key, "fp"), 0, "{key}");
                assert_eq!(count(&v, &key, "fn"), 0, "{key}");
                assert_eq!(count(&v, &key, "tp"), count(&v, &key, "value_ok"), "{key}");
            }
        }
        // 355 rows, one of them optional (SPEC §5, tests/gold/README.md).
        assert_eq!(count(&v, "all/all", "tp"), 354);
        assert_eq!(count(&v, "all/all", "optional_matched"), 1);
        assert_eq!(count(&v, "money/ko", "tp"), 91);
        assert_eq!(count(&v, "jobs/en", "tp"), 36);
    }
    // The table, and a gate at 1.0, pass as well.
    let out = eval(&[
        "--gold",
        path(&gold_file()),
        "--pred",
        path(pred.path()),
        "--min-f1",
        "1.0",
        "--errors",
        "5",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("precision"), "{table}");
    assert!(table.contains("misses (0):"), "{table}");
}

/// Misses, false alarms, shifted spans and wrong values, counted by hand.
#[test]
fn perturbed_predictions_count_and_gate() {
    let mut lines = Vec::new();
    let mut dropped_money = 0;
    let mut changed_year = 0;
    let mut moved_jobs = 0;
    for line in gold_lines() {
        let mut row: Value = serde_json::from_str(&line).unwrap();
        let kind = row["kind"].as_str().unwrap().to_string();
        let optional = row["optional"].as_bool() == Some(true);
        match kind.as_str() {
            // Every fifth money row is missed.
            "money" if !optional && dropped_money * 5 < 145 && lines.len() % 5 == 0 => {
                dropped_money += 1;
                continue;
            }
            // Three year rows get a wrong year_end.
            "year" if changed_year < 3 => {
                row["year_end"] = Value::from(1999);
                changed_year += 1;
            }
            // Two jobs rows move far away: a miss and a false alarm each.
            "jobs" if !optional && moved_jobs < 2 => {
                row["start"] = Value::from(1_000_000);
                row["end"] = Value::from(1_000_004);
                moved_jobs += 1;
            }
            _ => {}
        }
        lines.push(row.to_string());
    }
    // One pure false alarm in an unknown document.
    lines.push(
        r#"{"doc_id":"nowhere","sentence":0,"kind":"year","lang":"en","text":"2020","start":0,"end":4,"year":2020,"relation":"in"}"#
            .to_string(),
    );
    assert!(dropped_money > 0);
    let pred = pred_dir(&lines);
    let gold = gold_file();
    let run = |extra: &[&str]| {
        let mut args = vec!["--gold", path(&gold), "--pred", path(pred.path()), "--json"];
        args.extend_from_slice(extra);
        eval(&args)
    };

    let out = run(&[]);
    assert_eq!(out.status.code(), Some(0));
    let v = json_of(&out);
    let m = dropped_money as u64;
    assert_eq!(
        (
            count(&v, "money/all", "tp"),
            count(&v, "money/all", "fp"),
            count(&v, "money/all", "fn")
        ),
        (145 - m, 0, m)
    );
    assert_eq!(
        (
            count(&v, "jobs/all", "tp"),
            count(&v, "jobs/all", "fp"),
            count(&v, "jobs/all", "fn")
        ),
        (72 - 2, 2, 2)
    );
    assert_eq!(
        (
            count(&v, "year/all", "tp"),
            count(&v, "year/all", "fp"),
            count(&v, "year/all", "fn")
        ),
        (137, 1, 0)
    );
    assert_eq!(count(&v, "year/all", "value_ok"), 137 - 3);
    assert_eq!(count(&v, "year/all", "core_ok"), 137 - 3);
    assert_eq!(count(&v, "year/en", "fp"), 1);
    let money_f1 = v["money/all"]["f1"].as_f64().unwrap();
    assert_eq!(
        money_f1,
        (2 * (145 - m)) as f64 / (2 * (145 - m) + m) as f64
    );
    let jobs_f1 = v["jobs/all"]["f1"].as_f64().unwrap();
    assert_eq!(jobs_f1, 140.0 / 144.0);
    assert!(money_f1 < 0.95 && jobs_f1 > 0.95, "{money_f1} {jobs_f1}");

    // Below the bar: 1; at or above it: 0; per-kind bars override a plain one.
    assert_eq!(run(&["--min-f1", "0.99"]).status.code(), Some(1));
    assert_eq!(run(&["--min-f1", "0.5"]).status.code(), Some(0));
    assert_eq!(run(&["--min-f1", "money=0.95"]).status.code(), Some(1));
    assert_eq!(
        run(&["--min-f1", "jobs=0.95", "--min-f1", "year=1.0"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["--min-f1", "jobs=0.95", "--min-f1", "year=0.99"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&[
            "--min-f1",
            "0.99",
            "--min-f1",
            "money=0.5",
            "--min-f1",
            "jobs=0.9"
        ])
        .status
        .code(),
        Some(0)
    );
    let out = run(&["--min-f1", "money=0.95"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("money F1"));

    // The error listing names doc ids and surfaces.
    let out = eval(&[
        "--gold",
        path(&gold),
        "--pred",
        path(pred.path()),
        "--errors",
        "2",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(&format!("misses ({}):", m + 2)), "{text}");
    assert!(text.contains("false alarms (3):"), "{text}");
    assert!(text.contains("wrong values (3):"), "{text}");
    assert!(text.contains("year_end: gold"), "{text}");
}

#[test]
fn unusable_input_exits_2_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let good = pred_dir(&gold_lines());

    // A malformed gold row, named by file and line.
    let mut lines = gold_lines();
    lines.insert(
        3,
        r#"{"doc_id":"x","kind":"money","start":0,"end":1}"#.to_string(),
    );
    let bad_gold = tmp.path().join("gold.jsonl");
    std::fs::write(&bad_gold, lines.join("\n") + "\n").unwrap();
    let out = eval(&["--gold", path(&bad_gold), "--pred", path(good.path())]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gold.jsonl:4:"), "{err}");
    assert!(out.stdout.is_empty());

    // A malformed prediction, named the same way.
    let mut lines = gold_lines();
    lines.insert(9, "{oops".to_string());
    let bad_pred = pred_dir(&lines);
    let out = eval(&[
        "--gold",
        path(&gold_file()),
        "--pred",
        path(bad_pred.path()),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mentions.jsonl:10:"));

    // Missing files and directories.
    let missing = tmp.path().join("missing.jsonl");
    let out = eval(&["--gold", path(&missing), "--pred", path(good.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.jsonl"));
    let out = eval(&[
        "--gold",
        path(&gold_file()),
        "--pred",
        path(&tmp.path().join("nothing")),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let empty = tempfile::tempdir().unwrap();
    let out = eval(&["--gold", path(empty.path()), "--pred", path(good.path())]);
    assert_eq!(out.status.code(), Some(2));

    // Usage errors.
    for bad in [
        vec!["--pred", path(good.path())],
        vec![
            "--gold",
            path(&gold_file()),
            "--pred",
            path(good.path()),
            "--min-f1",
            "1.5",
        ],
        vec![
            "--gold",
            path(&gold_file()),
            "--pred",
            path(good.path()),
            "--min-f1",
            "euro=0.5",
        ],
        vec![
            "--gold",
            path(&gold_file()),
            "--pred",
            path(good.path()),
            "--errors",
            "-3",
        ],
    ] {
        assert_eq!(eval(&bad).status.code(), Some(2), "{bad:?}");
    }
}

/// Gold rows without `lang` take the document language from the prediction
/// directory's documents.jsonl; `--pred` also takes a file.
#[test]
fn languages_come_from_documents_when_gold_rows_have_none() {
    let lines = gold_lines();
    let mut docs = std::collections::BTreeMap::new();
    let mut no_lang = Vec::new();
    for line in &lines {
        let mut row: Value = serde_json::from_str(line).unwrap();
        let doc = row["doc_id"].as_str().unwrap().to_string();
        docs.insert(doc, row["lang"].clone());
        row.as_object_mut().unwrap().remove("lang");
        no_lang.push(row.to_string());
    }
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("gold.jsonl");
    std::fs::write(&gold, no_lang.join("\n") + "\n").unwrap();
    let pred = pred_dir(&lines);
    let documents: Vec<String> = docs
        .iter()
        .map(|(doc, lang)| serde_json::json!({"doc_id": doc, "lang": lang}).to_string())
        .collect();
    std::fs::write(
        pred.path().join("documents.jsonl"),
        documents.join("\n") + "\n",
    )
    .unwrap();
    let file = pred.path().join("mentions.jsonl");
    for p in [pred.path(), file.as_path()] {
        let out = eval(&["--gold", path(&gold), "--pred", path(p), "--json"]);
        assert_eq!(out.status.code(), Some(0));
        let v = json_of(&out);
        assert_eq!(count(&v, "money/ko", "tp"), 91);
        assert_eq!(count(&v, "year/en", "tp"), 57);
        assert_eq!(count(&v, "all/all", "fp"), 0);
    }
    // Without documents.jsonl they count in the all column only.
    std::fs::remove_file(pred.path().join("documents.jsonl")).unwrap();
    let out = eval(&["--gold", path(&gold), "--pred", path(pred.path()), "--json"]);
    let v = json_of(&out);
    assert_eq!(count(&v, "money/ko", "tp"), 0);
    assert_eq!(count(&v, "money/all", "tp"), 145);
    assert!(String::from_utf8_lossy(&out.stderr).contains("und"));
}
