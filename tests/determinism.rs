//! Determinism, end to end: byte-identical output files across repeated
//! runs, `--jobs` values, the order the input files and folders are named
//! in, and standard input versus a file. (tests/extract_cli.rs checks
//! `--jobs 1` against `--jobs 2` on the dev gold; this goes wider.)

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const FILES: [&str; 3] = ["documents.jsonl", "mentions.jsonl", "sentences.jsonl"];

/// Runs `extract ARGS -o OUT --sentences` in `dir`; returns the three files.
fn extract(dir: &Path, args: &[&str], out: &str, stdin: Option<&Path>) -> Vec<Vec<u8>> {
    let o = Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .arg("extract")
        .args(args)
        .args(["-o", out, "--sentences", "--reference-date", "2024-06-30"])
        .current_dir(dir)
        .stdin(match stdin {
            Some(p) => Stdio::from(std::fs::File::open(p).unwrap()),
            None => Stdio::null(),
        })
        .output()
        .unwrap();
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    FILES
        .iter()
        .map(|f| std::fs::read(dir.join(out).join(f)).unwrap())
        .collect()
}

/// Two folders of news: the dev gold documents, many generated ones, a JSONL
/// file of 2,600 short documents (more than the reordering window holds at
/// `--jobs` 1 to 3: 4 x jobs + 4 batches of at most 128 documents) and a few
/// bad documents.
fn inputs(dir: &Path) -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (a, b) = (dir.join("a"), dir.join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    for entry in std::fs::read_dir(root.join("tests/gold/synthetic")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&p, a.join(p.file_name().unwrap())).unwrap();
        }
    }
    for i in 0..150 {
        let text = format!(
            "경기도는 올해 {i}억 원을 들여 일자리 {}개를 만든다고 밝혔다.\nThe city will invest {i} billion won by 2026 and hire {} people.\n",
            i * 7,
            i + 3
        );
        std::fs::write(b.join(format!("gen-{i:03}.txt")), text).unwrap();
    }
    let mut jsonl = String::new();
    for i in 0..2600 {
        jsonl.push_str(&format!(
            "{{\"id\": \"s{i}\", \"text\": \"Next year the county will add {i} jobs.\", \"date\": \"2023-0{}-01\"}}\n",
            1 + i % 9
        ));
    }
    jsonl.push_str("{broken\n");
    std::fs::write(b.join("stream.jsonl"), jsonl).unwrap();
    std::fs::write(b.join("empty.txt"), "").unwrap();
    std::fs::write(b.join("nul.txt"), "a\0b").unwrap();
    (a, b)
}

#[test]
fn repeated_runs_and_any_jobs_value_give_byte_identical_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    inputs(dir);
    let first = extract(dir, &["a", "b", "--jobs", "1"], "o1", None);
    for (jobs, out) in [
        ("1", "o1b"),
        ("2", "o2"),
        ("3", "o3"),
        ("7", "o7"),
        ("16", "o16"),
    ] {
        let again = extract(dir, &["a", "b", "--jobs", jobs], out, None);
        for (k, f) in FILES.iter().enumerate() {
            assert!(again[k] == first[k], "{f} differs with --jobs {jobs}");
        }
    }
    assert!(first[0].len() > 10_000 && !first[1].is_empty() && !first[2].is_empty());
}

#[test]
fn the_order_inputs_are_named_in_does_not_change_the_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (_, b) = inputs(dir);
    let reference = extract(dir, &["a", "b"], "ab", None);
    let swapped = extract(dir, &["b", "a"], "ba", None);
    assert!(reference == swapped, "folders a b and b a differ");
    // The files of folder b named one by one, in three different orders.
    let mut names: Vec<String> = std::fs::read_dir(&b)
        .unwrap()
        .map(|e| format!("b/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    names.sort();
    let folder = extract(dir, &["b"], "folder", None);
    let mut orders = vec![names.clone(), names.iter().rev().cloned().collect()];
    let mut shuffled = names.clone();
    // A fixed shuffle: every seventh name first.
    shuffled.sort_by_key(|n| (n.len() * 7919 + n.bytes().map(usize::from).sum::<usize>()) % 13);
    orders.push(shuffled);
    for (i, order) in orders.iter().enumerate() {
        let args: Vec<&str> = order.iter().map(String::as_str).collect();
        let got = extract(dir, &args, &format!("files{i}"), None);
        assert!(
            got == folder,
            "order {i} of the named files differs from the folder"
        );
    }
}

#[test]
fn standard_input_gives_the_rows_of_the_same_jsonl_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (_, b) = inputs(dir);
    let file = extract(dir, &["b/stream.jsonl"], "file", None);
    let piped = extract(dir, &["-"], "stdin", Some(&b.join("stream.jsonl")));
    // Only `source` (the path, or `-`) and the fallback doc_id of the broken
    // line (`stream:601` / `stdin:601`) may differ.
    let norm = |v: &[u8]| {
        String::from_utf8_lossy(v)
            .replace("\"source\":\"b/stream.jsonl:", "\"source\":\"-:")
            .replace("\"doc_id\":\"stream:", "\"doc_id\":\"stdin:")
            .replace("at b/stream.jsonl line", "at - line")
    };
    for (k, f) in FILES.iter().enumerate() {
        assert_eq!(norm(&file[k]), norm(&piped[k]), "{f}");
    }
    let twice = extract(dir, &["-"], "stdin2", Some(&b.join("stream.jsonl")));
    assert!(twice == piped);
}
