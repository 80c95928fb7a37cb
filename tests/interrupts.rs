//! Atomic output, end to end: a real run killed with SIGKILL at any moment
//! leaves the previous output files whole; SIGINT (Ctrl-C) and SIGTERM stop
//! it cleanly with a message, exit 128 + signal, and leave no partial or
//! temporary file. The input is generated here, big enough that the run is
//! mid-way (its temporary files already hold data) when the signal comes.

#![cfg(unix)]

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::bin;

const FILES: [&str; 3] = ["documents.jsonl", "mentions.jsonl", "sentences.jsonl"];

/// About 12 MB of news: the dev gold documents copied 400 times each.
fn big_input(dir: &Path) -> PathBuf {
    let input = dir.join("big");
    std::fs::create_dir_all(&input).unwrap();
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/synthetic");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(gold).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(p).unwrap());
        }
    }
    texts.sort();
    for i in 0..400 {
        for (j, t) in texts.iter().enumerate() {
            let text = format!("{t}\n문서 {i}-{j}.\n");
            std::fs::write(input.join(format!("d{i:04}-{j:02}.txt")), text).unwrap();
        }
    }
    input
}

/// A small earlier run into `out`: the files a later run must not break.
fn previous_output(dir: &Path, out: &Path) -> Vec<Vec<u8>> {
    let small = dir.join("small");
    std::fs::create_dir_all(&small).unwrap();
    std::fs::write(
        small.join("a.txt"),
        "경기도는 2026년까지 일자리 3만 개를 만든다.\n",
    )
    .unwrap();
    let o = bin()
        .args([
            "extract",
            small.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--sentences",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    read(out)
}

fn read(out: &Path) -> Vec<Vec<u8>> {
    FILES
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect()
}

fn temporaries(out: &Path) -> Vec<(String, u64)> {
    std::fs::read_dir(out)
        .map(|rd| {
            rd.flatten()
                .filter(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(".newsfacts-tmp-")
                })
                .map(|e| {
                    let len = e.metadata().map(|m| m.len()).unwrap_or(0);
                    (e.file_name().to_string_lossy().into_owned(), len)
                })
                .collect()
        })
        .unwrap_or_default()
}

fn start(input: &Path, out: &Path, stdin: Stdio) -> Child {
    bin()
        .args([
            "extract",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .args(["--sentences", "--jobs", "2"])
        .stdin(stdin)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits until the run's temporary sentences file holds data (the run is
/// mid-way), or until it merely exists when `data` is false.
fn wait_mid_way(child: &mut Child, out: &Path, data: bool) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let tmp = temporaries(out);
        if tmp
            .iter()
            .any(|(n, len)| n.contains("sentences") && (*len > 0 || !data))
        {
            return;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be interrupted: make the input bigger"
        );
        assert!(Instant::now() < deadline, "no temporary output after 120 s");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn signal(child: &Child, name: &str) {
    // The shell's own `kill`: no kill binary needed.
    let ok = Command::new("sh")
        .args(["-c", "kill -s \"$0\" \"$1\"", name, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

#[test]
fn sigkill_at_any_moment_leaves_the_previous_output_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let input = big_input(tmp.path());
    let out = tmp.path().join("out");
    let before = previous_output(tmp.path(), &out);
    // Mid-way, with partial data in the temporary files.
    let mut child = start(&input, &out, Stdio::null());
    wait_mid_way(&mut child, &out, true);
    assert!(child.try_wait().unwrap().is_none(), "killed mid-way");
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(9));
    assert!(read(&out) == before, "SIGKILL mid-way changed the output");
    assert!(!temporaries(&out).is_empty(), "the kill came after the end");
    // And at fixed moments from the start: while planning, creating, writing.
    for ms in [0, 10, 40, 150, 400] {
        let mut child = start(&input, &out, Stdio::null());
        std::thread::sleep(Duration::from_millis(ms));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        child.wait().unwrap();
        if finished {
            // Only an optimized build is this fast: the run completed, and
            // its output replaced the previous one whole.
            assert_eq!(temporaries(&out), []);
            return;
        }
        assert!(
            read(&out) == before,
            "SIGKILL after {ms} ms changed the output"
        );
    }
    // The next run removes what the killed ones left behind.
    let o = bin()
        .args(["extract", "/nonexistent-input", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let small = tmp.path().join("small");
    let o = bin()
        .args([
            "extract",
            small.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .arg("--sentences")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(read(&out) == before);
    assert_eq!(temporaries(&out), []);
}

#[test]
fn ctrl_c_and_sigterm_stop_cleanly_with_a_message_and_no_partial_files() {
    let tmp = tempfile::tempdir().unwrap();
    let input = big_input(tmp.path());
    let out = tmp.path().join("out");
    let before = previous_output(tmp.path(), &out);
    for (name, code, said) in [("INT", 130, "SIGINT (Ctrl-C)"), ("TERM", 143, "SIGTERM")] {
        let mut child = start(&input, &out, Stdio::null());
        wait_mid_way(&mut child, &out, true);
        signal(&child, name);
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(code), "SIG{name}");
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            format!("newsfacts extract: interrupted by {said}: the output folder keeps its previous files; the partial output is removed\n")
        );
        assert_eq!(temporaries(&out), [], "SIG{name} left temporary files");
        assert!(read(&out) == before, "SIG{name} changed the output");
    }
}

#[test]
fn sigterm_stops_a_run_blocked_on_standard_input() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    // Standard input stays open and silent: the reader blocks.
    let mut child = start(Path::new("-"), &out, Stdio::piped());
    let stdin = child.stdin.take();
    wait_mid_way(&mut child, &out, false);
    signal(&child, "TERM");
    let o = child.wait_with_output().unwrap();
    drop(stdin);
    assert_eq!(o.status.code(), Some(143));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "newsfacts extract: interrupted by SIGTERM: the output folder keeps its previous files; the partial output is removed\n"
    );
    let left: Vec<_> = std::fs::read_dir(&out).unwrap().flatten().collect();
    assert!(left.is_empty(), "{left:?}");
}
