//! Bad input, end to end: the real binary on every kind of broken, odd or
//! huge input, each case asserting the exact `documents.jsonl` row, message
//! and exit status (the table is in docs/RELIABILITY.md). Big inputs are
//! generated here at test time, never committed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod common;
use common::{rows, run_in};

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

/// A document row in one line: doc_id, status, encoding, counts, error.
fn summary(d: &Value) -> String {
    let mut s = format!(
        "{} | {} | {} | chars {} sentences {} mentions {}",
        d["doc_id"].as_str().unwrap(),
        d["status"].as_str().unwrap(),
        d["encoding"].as_str().unwrap_or("null"),
        d["chars"],
        d["sentences"],
        d["mentions"],
    );
    if let Some(e) = d["error"].as_str() {
        s.push_str(" | ");
        s.push_str(e);
    }
    s
}

/// A mention row in one line: doc_id, span, surface and value.
fn mention(m: &Value) -> String {
    let value = ["amount", "count", "year", "currency"]
        .iter()
        .filter_map(|k| m.get(*k).map(|v| format!("{k}={v}")))
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{} {}..{} {} {}",
        m["doc_id"].as_str().unwrap(),
        m["start"],
        m["end"],
        m["text"],
        value
    )
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

const KO: &str = "경기도는 2026년까지 1조5천억 원을 투자해 일자리 3만 개를 만든다.\n";

#[test]
fn every_bad_document_gets_its_exact_row_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let input = root.join("in");
    let deep: PathBuf = ["d"; 60].iter().collect();
    let utf16 = |text: &str, le: bool| {
        let mut v = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            v.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        v
    };
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("empty.txt", b"".to_vec()),
        ("whitespace.txt", " \t\r\n\u{a0}\u{3000}\n\n".into()),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        ("nul.txt", b"abc\0def".to_vec()),
        ("control.txt", b"The city \x07 hired 5 people.".to_vec()),
        ("undecodable.txt", b"abc \xFF\xFE\xFF\xFF".to_vec()),
        ("utf16-truncated.txt", b"\xFF\xFEA\0B".to_vec()),
        ("utf16-lone-surrogate.txt", b"\xFF\xFE\x00\xD8A\0".to_vec()),
        (
            "crlf.txt",
            b"Line one.\r\nThe city will invest 5 billion won.\r\n".to_vec(),
        ),
        (
            "lone-cr.txt",
            b"First line\rThe city hired 500 people in 2024.\r".to_vec(),
        ),
        ("enc/utf8.txt", KO.into()),
        (
            "enc/utf8-bom.txt",
            [b"\xEF\xBB\xBF", KO.as_bytes()].concat(),
        ),
        ("enc/utf16le.txt", utf16(KO, true)),
        ("enc/utf16be.txt", utf16(KO, false)),
        (
            "enc/cp949.txt",
            encoding_rs::EUC_KR.encode(KO).0.into_owned(),
        ),
        (
            "absurd/jo-27-digits.txt",
            "999999999999999999999999999조 원을 투자한다.".into(),
        ),
        (
            "absurd/jo-400-digits.txt",
            format!("경기도는 {}조 원을 투자한다.", "9".repeat(400)).into(),
        ),
        (
            "absurd/tiny-jo.txt",
            "0.000000000001조 원과 0.0000000000001조 원".into(),
        ),
        (
            "absurd/jobs-too-many.txt",
            "일자리 99999999999999999999999개를 만든다.".into(),
        ),
        (
            "absurd/en-400-digits.txt",
            format!("It costs ${} trillion by 99999.", "1".repeat(400)).into(),
        ),
        (".hidden.txt", "The city hired 7 people.".into()),
        ("ignored.html", "<p>The city hired 9 people.</p>".into()),
        ("IGNORED.TXT", "The city hired 9 people.".into()),
        ("README", "The city hired 9 people.".into()),
    ];
    for (name, bytes) in &files {
        write(&input.join(name), bytes);
    }
    write(
        &input.join(&deep).join("bottom.txt"),
        "The city hired 12 people.",
    );
    write(&root.join("outside/ext.txt"), "The city hired 3 people.");
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink("crlf.txt", input.join("link.txt")).unwrap();
        symlink("missing.txt", input.join("dangling.txt")).unwrap();
        symlink("../outside", input.join("outside-link")).unwrap();
        symlink("..", input.join("enc/loop")).unwrap();
        let fifo = Command::new("mkfifo").arg(input.join("pipe.txt")).status();
        assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");
    }
    let mut stream = b"\xEF\xBB\xBF".to_vec();
    stream.extend_from_slice(
        concat!(
            "{\"id\": \"j-bom-crlf\", \"text\": \"The city hired 500 people in 2024.\", \"date\": \"2024-05-01\"}\r\n",
            "{not json\n",
            "\n",
            "{\"id\": \"j-no-text\"}\n",
            "{\"id\": \"j-number-text\", \"text\": 7}\n",
            "{\"id\": \"j-null-text\", \"text\": null}\n",
            "{\"id\": \"j-dup\", \"text\": \"첫 문서는 1조 원을 쓴다.\"}\n",
            "{\"id\": \"j-dup\", \"text\": \"둘째 문서는 2조 원을 쓴다.\"}\n",
            "[1, 2]\n",
            "\"just a string\"\n",
            "{\"id\": 42, \"text\": \"The city hired 42 people.\"}\n",
            "{\"id\": [\"x\"], \"text\": \"x\"}\n",
            "{\"id\": \"j-empty\", \"text\": \"\"}\n",
            "{\"id\": \"j-blank\", \"text\": \" \\n\\t \"}\n",
            "{\"id\": \"j-nul\", \"text\": \"a\\u0000b\"}\n",
            "{\"id\": \"j-trailing\", \"text\": \"ok\"} garbage\n",
            "{\"id\": \"j-lone-surrogate\", \"text\": \"\\ud800\"}\n",
            "{\"id\": \"j-bad-date\", \"text\": \"올해 투자\", \"date\": \"2023-02-30\"}\n",
            "{\"text\": \"No id here, 3 billion won.\"}\n",
            "{\"id\": \"crlf\", \"text\": \"Same doc_id as crlf.txt.\"}",
        )
        .as_bytes(),
    );
    write(&input.join("stream.jsonl"), stream);
    write(
        &input.join("z-bad-utf8.jsonl"),
        b"{\"id\": \"j-cp949\", \"text\": \"\xB0\xE6\xB1\xE2\"}\n",
    );

    let out = root.join("out");
    let o = run_in(root, &["extract", "in", "-o", "out", "--sentences"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let docs = rows(&out.join("documents.jsonl"));
    let got: Vec<String> = docs.iter().map(summary).collect();
    let deep_id = format!("{}/bottom", deep.display());
    let want = vec![
        ".hidden | ok | utf-8 | chars 24 sentences 1 mentions 1".to_string(),
        "absurd/en-400-digits | ok | utf-8 | chars 429 sentences 1 mentions 1".into(),
        "absurd/jo-27-digits | ok | utf-8 | chars 37 sentences 1 mentions 1".into(),
        "absurd/jo-400-digits | ok | utf-8 | chars 415 sentences 1 mentions 1".into(),
        "absurd/jobs-too-many | ok | utf-8 | chars 34 sentences 1 mentions 0".into(),
        "absurd/tiny-jo | ok | utf-8 | chars 37 sentences 1 mentions 2".into(),
        "binary | error | null | chars 0 sentences 0 mentions 0 | binary content: control byte (NUL or similar) at byte 6, not a text document".into(),
        "control | error | null | chars 0 sentences 0 mentions 0 | binary content: control byte (NUL or similar) at byte 9, not a text document".into(),
        "crlf | ok | utf-8 | chars 48 sentences 2 mentions 1".into(),
        format!("{deep_id} | ok | utf-8 | chars 25 sentences 1 mentions 1"),
        "dangling | error | null | chars 0 sentences 0 mentions 0 | cannot read: dangling symlink to missing.txt".into(),
        "empty | error | null | chars 0 sentences 0 mentions 0 | empty document: no text after decoding".into(),
        "enc/cp949 | ok | cp949 | chars 41 sentences 1 mentions 3".into(),
        "enc/utf16be | ok | utf-16be | chars 41 sentences 1 mentions 3".into(),
        "enc/utf16le | ok | utf-16le | chars 41 sentences 1 mentions 3".into(),
        "enc/utf8 | ok | utf-8 | chars 41 sentences 1 mentions 3".into(),
        "enc/utf8-bom | ok | utf-8 | chars 41 sentences 1 mentions 3".into(),
        "link | ok | utf-8 | chars 48 sentences 2 mentions 1".into(),
        "lone-cr | ok | utf-8 | chars 46 sentences 2 mentions 2".into(),
        "nul | error | null | chars 0 sentences 0 mentions 0 | binary content: control byte (NUL or similar) at byte 3, not a text document".into(),
        "outside-link/ext | ok | utf-8 | chars 24 sentences 1 mentions 1".into(),
        "j-bom-crlf | ok | utf-8 | chars 34 sentences 1 mentions 2".into(),
        "stream:2 | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 2: key must be a string at line 1 column 2".into(),
        "j-no-text | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 4: no `text` field".into(),
        "j-number-text | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 5: `text` is not a string".into(),
        "j-null-text | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 6: no `text` field".into(),
        "j-dup | ok | utf-8 | chars 15 sentences 1 mentions 1".into(),
        "j-dup | error | utf-8 | chars 0 sentences 0 mentions 0 | duplicate doc_id \"j-dup\": in/stream.jsonl:7 already has it; this document is not processed".into(),
        "stream:9 | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 9: not a JSON object".into(),
        "stream:10 | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 10: not a JSON object".into(),
        "42 | ok | utf-8 | chars 25 sentences 1 mentions 1".into(),
        "stream:12 | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 12: `id` is neither a string nor a number".into(),
        "j-empty | error | utf-8 | chars 0 sentences 0 mentions 0 | empty document: no text after decoding".into(),
        "j-blank | error | utf-8 | chars 0 sentences 0 mentions 0 | empty document: no text after decoding".into(),
        "j-nul | error | utf-8 | chars 0 sentences 0 mentions 0 | binary content: control byte (NUL or similar) at byte 1, not a text document".into(),
        "stream:16 | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 16: trailing characters at line 1 column 36".into(),
        "stream:17 | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 17: unexpected end of hex escape at line 1 column 43".into(),
        "j-bad-date | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/stream.jsonl line 18: `date`: invalid date \"2023-02-30\": day 30 does not exist in that month".into(),
        "stream:19 | ok | utf-8 | chars 26 sentences 1 mentions 1".into(),
        "crlf | error | utf-8 | chars 0 sentences 0 mentions 0 | duplicate doc_id \"crlf\": in/crlf.txt already has it; this document is not processed".into(),
        "undecodable | error | null | chars 0 sentences 0 mentions 0 | undecodable: not UTF-8 (invalid byte at 4), not UTF-16 (no BOM) and not CP949/EUC-KR".into(),
        "utf16-lone-surrogate | error | null | chars 0 sentences 0 mentions 0 | malformed utf-16le: the byte-order mark promises UTF-16 but the data is truncated or has a lone surrogate".into(),
        "utf16-truncated | error | null | chars 0 sentences 0 mentions 0 | malformed utf-16le: the byte-order mark promises UTF-16 but the data is truncated or has a lone surrogate".into(),
        "whitespace | error | null | chars 0 sentences 0 mentions 0 | empty document: no text after decoding".into(),
        "z-bad-utf8:1 | error | null | chars 0 sentences 0 mentions 0 | malformed JSONL at in/z-bad-utf8.jsonl line 1: invalid unicode code point at line 1 column 28".into(),
    ];
    assert_eq!(got, want, "documents.jsonl");

    // The mentions of the odd but valid documents, exactly.
    let ments: Vec<String> = rows(&out.join("mentions.jsonl"))
        .iter()
        .filter(|m| {
            let id = m["doc_id"].as_str().unwrap();
            id.starts_with("absurd/")
                || ["crlf", "lone-cr", "enc/cp949", "j-bom-crlf"].contains(&id)
        })
        .map(mention)
        .collect();
    let nines = "9".repeat(400);
    let ones = "1".repeat(400);
    assert_eq!(
        ments,
        [
            format!("absurd/en-400-digits 9..419 \"${ones} trillion\" amount=\"{ones}000000000000\" currency=\"USD\""),
            "absurd/jo-27-digits 0..30 \"999999999999999999999999999조 원\" amount=\"999999999999999999999999999000000000000\" currency=\"KRW\"".into(),
            format!("absurd/jo-400-digits 5..408 \"{nines}조 원\" amount=\"{nines}000000000000\" currency=\"KRW\""),
            "absurd/tiny-jo 0..17 \"0.000000000001조 원\" amount=\"1\" currency=\"KRW\"".into(),
            "absurd/tiny-jo 19..37 \"0.0000000000001조 원\" amount=\"0.1\" currency=\"KRW\"".into(),
            "crlf 32..45 \"5 billion won\" amount=\"5000000000\" currency=\"KRW\"".into(),
            "enc/cp949 5..10 \"2026년\" year=2026".into(),
            "enc/cp949 13..20 \"1조5천억 원\" amount=\"1500000000000\" currency=\"KRW\"".into(),
            "enc/cp949 26..34 \"일자리 3만 개\" count=30000".into(),
            "lone-cr 26..36 \"500 people\" count=500".into(),
            "lone-cr 40..44 \"2024\" year=2024".into(),
            "j-bom-crlf 15..25 \"500 people\" count=500".into(),
            "j-bom-crlf 29..33 \"2024\" year=2024".into(),
        ]
    );
    // Every encoding of the same text gives the same sentences.
    let sentences = rows(&out.join("sentences.jsonl"));
    let of = |id: &str| -> Vec<Value> {
        sentences
            .iter()
            .filter(|s| s["doc_id"] == id)
            .map(|s| s["text"].clone())
            .collect()
    };
    for id in ["enc/cp949", "enc/utf16be", "enc/utf16le", "enc/utf8-bom"] {
        assert_eq!(of(id), of("enc/utf8"), "{id}");
    }
    // Errors and the symlink loop are said on standard error, not only in rows.
    let err = stderr(&o);
    assert!(
        err.contains("newsfacts: warning: skipped in/enc/loop: symlink loop back to in\n"),
        "{err}"
    );
    assert!(
        err.contains("newsfacts: warning: skipped in/pipe.txt: not a regular file\n"),
        "{err}"
    );
    assert!(
        err.contains(
            "newsfacts: error: in/dangling.txt: cannot read: dangling symlink to missing.txt\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("newsfacts: … and 5 more error rows\n"),
        "{err}"
    );
    assert!(
        err.contains("newsfacts: 45 documents (25 errors), "),
        "{err}"
    );
}

/// Exit 2 with one exact message, and no output folder made.
fn could_not_run(dir: &Path, args: &[&str], message: &str) {
    let o = run_in(dir, args);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    assert_eq!(stderr(&o), format!("{message}\n"), "{args:?}");
    assert!(o.stdout.is_empty());
}

#[test]
fn could_not_run_cases_exit_2_with_one_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(&dir.join("in/a.txt"), "The city hired 5 people.");
    write(&dir.join("plain-file"), "x");
    could_not_run(
        dir,
        &["extract", "missing", "-o", "out"],
        "newsfacts extract: input missing: no such file or folder",
    );
    could_not_run(
        dir,
        &["extract", "in", "-o", "plain-file/out"],
        "newsfacts extract: output folder plain-file/out: a part of the path is a file, not a folder",
    );
    could_not_run(
        dir,
        &["extract", "in", "-o", "plain-file"],
        "newsfacts extract: output folder plain-file: exists and is not a folder",
    );
    could_not_run(
        dir,
        &["extract", "-", "in", "-", "-o", "out"],
        "newsfacts extract: standard input `-` is named twice",
    );
    could_not_run(
        dir,
        &["extract", "in", "--dates", "missing.json"],
        "newsfacts extract: --dates missing.json: no such file or folder",
    );
    assert!(!dir.join("out").exists());
}

/// Makes a folder immutable (`chattr +i`) for as long as it lives.
struct Immutable(PathBuf);

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

#[test]
fn an_output_folder_that_cannot_be_written_is_exit_2_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(&dir.join("in/a.txt"), "The city hired 5 people.");
    let locked = dir.join("locked");
    std::fs::create_dir_all(&locked).unwrap();
    let mut checked = Vec::new();
    if is_root() {
        // Root ignores mode bits: a 0555 folder is written all the same.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
            let o = run_in(dir, &["extract", "in", "-o", "locked/out"]);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
            checked.push("root writes through mode 0555");
        }
        // What stops root: an immutable folder, a read-only mount, sysfs.
        let frozen = dir.join("frozen");
        std::fs::create_dir_all(&frozen).unwrap();
        let chattr = Command::new("chattr").arg("+i").arg(&frozen).status();
        if chattr.is_ok_and(|s| s.success()) {
            let _guard = Immutable(frozen.clone());
            could_not_run(
                dir,
                &["extract", "in", "-o", "frozen/out"],
                "newsfacts extract: output folder frozen/out: permission denied",
            );
            checked.push("immutable folder (chattr +i)");
        }
        let ro = dir.join("ro");
        std::fs::create_dir_all(&ro).unwrap();
        // A read-only bind mount in a private mount namespace: gone with the process.
        let o = Command::new("unshare")
            .args(["-m", "sh", "-c"])
            .arg(
                "mount --bind -o ro \"$1\" \"$1\" || exit 99; exec \"$2\" extract in -o \"$1/out\"",
            )
            .args(["sh", "ro", env!("CARGO_BIN_EXE_newsfacts")])
            .current_dir(dir)
            .stdin(Stdio::null())
            .output();
        if let Some(o) = o
            .ok()
            .filter(|o| !matches!(o.status.code(), Some(99) | None))
        {
            assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
            assert_eq!(
                stderr(&o),
                "newsfacts extract: output folder ro/out: read-only file system\n"
            );
            checked.push("read-only bind mount (unshare -m)");
        }
        if Path::new("/sys/kernel").is_dir() {
            could_not_run(
                dir,
                &["extract", "in", "-o", "/sys/newsfacts-out"],
                "newsfacts extract: output folder /sys/newsfacts-out: permission denied",
            );
            checked.push("sysfs");
        }
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
            could_not_run(
                dir,
                &["extract", "in", "-o", "locked/out"],
                "newsfacts extract: output folder locked/out: permission denied",
            );
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
            checked.push("mode 0555 folder");
        }
    }
    eprintln!("unwritable output checked: {checked:?}");
    assert!(!checked.is_empty());
}

#[test]
fn a_50_mb_single_line_is_one_document_with_exact_offsets() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // 50 MB on one line, no sentence mark: one giant sentence, then one
    // mention at its very end whose code-point offsets must be exact.
    let filler = "경기도 news 한 줄 ";
    let reps = 50_000_000 / filler.len();
    let tail = "경기도는 5조 원을 투자한다";
    let mut text = filler.repeat(reps);
    text.push_str(tail);
    write(&dir.join("in/big.txt"), &text);
    let o = run_in(dir, &["extract", "in", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tail_chars = tail.chars().count();
    let chars = filler.chars().count() * reps + tail_chars;
    let docs = rows(&dir.join("out/documents.jsonl"));
    assert_eq!(
        summary(&docs[0]),
        format!("big | ok | utf-8 | chars {chars} sentences 1 mentions 1")
    );
    let m = rows(&dir.join("out/mentions.jsonl"));
    let start = chars - tail_chars + "경기도는 ".chars().count();
    assert_eq!(
        mention(&m[0]),
        format!(
            "big {start}..{} \"5조 원\" amount=\"5000000000000\" currency=\"KRW\"",
            start + 4
        )
    );
}

#[test]
fn a_100_mb_jsonl_line_is_one_document_and_the_next_line_still_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // 100 MB on one line: a 10 MB `text` and a 90 MB field newsfacts
    // ignores (scraped HTML, say); the 50 MB test above covers the pipeline
    // on one huge text, this one the reader and JSON on one huge line.
    let body = "x".repeat(10_000_000);
    let html = "<p>".repeat(30_000_000);
    let stream = format!(
        "{{\"id\": \"huge\", \"html\": \"{html}\", \"text\": \"The city hired 5 people. {body}\"}}\n{{\"id\": \"after\", \"text\": \"올해 일자리 7개.\"}}\n"
    );
    assert!(stream.len() > 100_000_000);
    write(&dir.join("in/s.jsonl"), stream);
    drop((body, html));
    let o = run_in(dir, &["extract", "in", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let got: Vec<String> = rows(&dir.join("out/documents.jsonl"))
        .iter()
        .map(summary)
        .collect();
    assert_eq!(
        got,
        [
            "huge | ok | utf-8 | chars 10000025 sentences 1 mentions 1",
            "after | ok | utf-8 | chars 10 sentences 1 mentions 2",
        ]
    );
}
