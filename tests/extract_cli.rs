//! End-to-end tests of `newsfacts extract`: the real binary on the corpus,
//! the dev gold documents and bad input.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use serde_json::Value;

mod common;
use common::{bin, rows, run_in};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// The dev gold documents in a folder whose doc_ids match the gold.
fn gold_input(dir: &Path) -> PathBuf {
    let input = dir.join("gold-input");
    std::fs::create_dir_all(input.join("synthetic")).unwrap();
    for entry in std::fs::read_dir(root().join("corpus")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    for entry in std::fs::read_dir(root().join("tests/gold/synthetic")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&p, input.join("synthetic").join(p.file_name().unwrap())).unwrap();
        }
    }
    input
}

fn extract(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "extract",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--sentences",
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// Code-point slice of a text.
fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn corpus_and_gold_rows_match_their_schemas_and_spans() {
    let tmp = tempfile::tempdir().unwrap();
    let input = gold_input(tmp.path());
    let out = tmp.path().join("out");
    let o = extract(
        &input,
        &out,
        &["--dates", "tests/gold/synthetic/dates.json"],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let corpus_out = tmp.path().join("corpus-out");
    let o = extract(&root().join("corpus"), &corpus_out, &[]);
    assert_eq!(o.status.code(), Some(0));

    let mut problems = Vec::new();
    for dir in [&out, &corpus_out] {
        for (file, schema) in [
            ("documents.jsonl", newsfacts_record::DOCUMENT_SCHEMA),
            ("sentences.jsonl", newsfacts_record::SENTENCE_SCHEMA),
            ("mentions.jsonl", newsfacts_record::MENTION_SCHEMA),
        ] {
            let schema: Value = serde_json::from_str(schema).unwrap();
            let validator = jsonschema::validator_for(&schema).expect("schemas compile");
            for (i, row) in rows(&dir.join(file)).iter().enumerate() {
                for err in validator.iter_errors(row) {
                    problems.push(format!("{file}:{}: {err}", i + 1));
                }
            }
        }
    }
    // Every span is exact: text[start..end] == surface, in code points.
    let docs = rows(&out.join("documents.jsonl"));
    assert_eq!(docs.len(), 25);
    let text_of =
        |doc_id: &str| std::fs::read_to_string(input.join(format!("{doc_id}.txt"))).unwrap();
    for file in ["sentences.jsonl", "mentions.jsonl"] {
        for row in rows(&out.join(file)) {
            let text = text_of(row["doc_id"].as_str().unwrap());
            let (s, e) = (
                row["start"].as_u64().unwrap() as usize,
                row["end"].as_u64().unwrap() as usize,
            );
            if slice(&text, s, e) != row["text"].as_str().unwrap() {
                problems.push(format!("{file}: span {s}..{e} is not {}", row["text"]));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn jobs_1_and_2_give_byte_identical_files() {
    let tmp = tempfile::tempdir().unwrap();
    let input = gold_input(tmp.path());
    // More documents than the window, so reordering really happens.
    for i in 0..60 {
        let text = format!("경기도는 {i}일 일자리 {}개를 만든다고 밝혔다.\nThe city will invest {i} billion won by 2026.\n", i * 7);
        std::fs::write(input.join(format!("gen-{i:03}.txt")), text).unwrap();
    }
    let mut outs = Vec::new();
    for jobs in ["1", "2"] {
        let out = tmp.path().join(format!("out{jobs}"));
        let o = extract(&input, &out, &["--jobs", jobs]);
        assert_eq!(o.status.code(), Some(0));
        outs.push(out);
    }
    for file in ["documents.jsonl", "sentences.jsonl", "mentions.jsonl"] {
        let a = std::fs::read(outs[0].join(file)).unwrap();
        let b = std::fs::read(outs[1].join(file)).unwrap();
        assert!(a == b, "{file} differs between --jobs 1 and --jobs 2");
    }
}

#[test]
fn cp949_and_utf16_copies_give_the_utf8_sentences() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("tests/gold/synthetic/ko-01.txt")).unwrap();
    let (cp949, _, unmappable) = encoding_rs::EUC_KR.encode(&text);
    assert!(!unmappable);
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    let mut sentences = Vec::new();
    for (name, bytes, enc) in [
        ("utf8", text.as_bytes().to_vec(), "utf-8"),
        ("cp949", cp949.into_owned(), "cp949"),
        ("utf16le", le, "utf-16le"),
        ("utf16be", be, "utf-16be"),
    ] {
        let dir = tmp.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("ko-01.txt"), bytes).unwrap();
        let out = tmp.path().join(format!("{name}-out"));
        let o = extract(&dir, &out, &[]);
        assert_eq!(o.status.code(), Some(0));
        let docs = rows(&out.join("documents.jsonl"));
        assert_eq!(docs[0]["encoding"], enc);
        sentences.push((
            name,
            std::fs::read_to_string(out.join("sentences.jsonl")).unwrap(),
        ));
    }
    for (name, s) in &sentences[1..] {
        assert_eq!(s, &sentences[0].1, "{name} sentences differ from utf-8");
    }
}

#[test]
fn bad_documents_are_error_rows_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("a-empty.txt"), b"").unwrap();
    std::fs::write(input.join("b-binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    std::fs::write(input.join("c-ok.txt"), "경기도는 올해 일자리를 만든다.\n").unwrap();
    std::fs::write(input.join("d-nul.txt"), b"abc\0def").unwrap();
    std::fs::write(input.join("e-undecodable.txt"), b"abc \xFF\xFE\xFF\xFF").unwrap();
    std::fs::write(input.join("f-ignored.html"), b"<p>not read</p>").unwrap();
    std::fs::write(
        input.join("g-stream.jsonl"),
        "{\"id\": \"n1\", \"text\": \"The city hired 500 people in 2024.\", \"date\": \"2024-05-01\"}\n\
         {not json\n\
         \n\
         {\"id\": \"n3\"}\n\
         {\"id\": \"n4\", \"text\": 7}\n\
         {\"id\": \"n5\", \"text\": \"올해 투자\", \"date\": \"2023-02-30\"}\n\
         {\"text\": \"No id here.\"}\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = extract(&input, &out, &[]);
    let docs = rows(&out.join("documents.jsonl"));
    assert_eq!(o.status.code(), Some(1), "{docs:#?}");
    let got: Vec<(String, String, String)> = docs
        .iter()
        .map(|d| {
            (
                d["doc_id"].as_str().unwrap().to_string(),
                d["status"].as_str().unwrap().to_string(),
                d["error"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let ids: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        ids,
        [
            "a-empty",
            "b-binary",
            "c-ok",
            "d-nul",
            "e-undecodable",
            "n1",
            "g-stream:2",
            "n3",
            "n4",
            "n5",
            "g-stream:7"
        ]
    );
    let status: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
    assert_eq!(
        status,
        [
            "error", "error", "ok", "error", "error", "ok", "error", "error", "error", "error",
            "ok"
        ]
    );
    assert!(got[0].2.starts_with("empty document"), "{}", got[0].2);
    assert!(got[1].2.starts_with("binary content"), "{}", got[1].2);
    assert!(got[3].2.contains("byte 3"), "{}", got[3].2);
    assert!(got[4].2.starts_with("undecodable"), "{}", got[4].2);
    assert!(got[6].2.contains("g-stream.jsonl line 2"), "{}", got[6].2);
    assert!(got[7].2.contains("line 4: no `text` field"), "{}", got[7].2);
    assert!(got[8].2.contains("`text` is not a string"), "{}", got[8].2);
    assert!(got[9].2.contains("day 30 does not exist"), "{}", got[9].2);
    assert_eq!(docs[5]["date"], "2024-05-01");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("11 documents (8 errors)"), "{stderr}");
}

#[test]
fn stdin_jsonl_is_read_in_line_order() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let mut child = bin()
        .args(["extract", "-", "-o", out.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        for i in (0..30).rev() {
            writeln!(
                stdin,
                "{{\"id\": \"doc{i}\", \"text\": \"Line {i} says hello.\"}}"
            )
            .unwrap();
        }
    }
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let ids: Vec<String> = rows(&out.join("documents.jsonl"))
        .iter()
        .map(|d| d["doc_id"].as_str().unwrap().to_string())
        .collect();
    let want: Vec<String> = (0..30).rev().map(|i| format!("doc{i}")).collect();
    assert_eq!(ids, want);
    assert!(!out.join("sentences.jsonl").exists());
}

#[test]
fn could_not_run_is_exit_2_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let under_file = file.join("out");
    for (args, needle) in [
        (
            vec!["extract", "no/such/folder", "-o", "/tmp/x"],
            "no such file",
        ),
        (
            vec!["extract", "corpus", "-o", under_file.to_str().unwrap()],
            "output folder",
        ),
        (vec!["extract", "--no-such-flag"], "unexpected argument"),
        (
            vec!["extract", "corpus", "--reference-date", "2021-02-30"],
            "day 30",
        ),
        (vec!["extract", "corpus", "--jobs", "0"], "jobs"),
        (vec!["frobnicate"], "unrecognized subcommand"),
    ] {
        let o = run(&args);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
}

#[test]
fn a_second_run_replaces_the_outputs_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = run(&[
        "extract",
        "corpus",
        "-o",
        out.to_str().unwrap(),
        "--sentences",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(out.join("sentences.jsonl").exists());
    let first = std::fs::read(out.join("documents.jsonl")).unwrap();
    // Without --sentences, a stale sentences.jsonl is removed.
    let o = run(&["extract", "corpus", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(std::fs::read(out.join("documents.jsonl")).unwrap() == first);
    assert!(!out.join("sentences.jsonl").exists());
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
