//! The benchmark documents, shared by the text and extract benches
//! (included with `#[path]`): the first `NEWSFACTS_BENCH_MB` MB (default 2)
//! of the JSONL file `NEWSFACTS_BENCH_JSONL` (a `gencorpus` corpus), or else
//! the templates of `corpus/` and `tests/gold/synthetic/`.

use std::path::Path;

/// The benchmark documents (see the module doc).
pub fn documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mb: usize = std::env::var("NEWSFACTS_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    if let Ok(path) = std::env::var("NEWSFACTS_BENCH_JSONL") {
        let file = std::fs::read_to_string(&path).expect("NEWSFACTS_BENCH_JSONL");
        let mut docs = Vec::new();
        let mut size = 0;
        for line in file.lines() {
            if size >= mb * 1_000_000 {
                break;
            }
            let v: serde_json::Value = serde_json::from_str(line).expect("JSONL line");
            let text = v["text"].as_str().unwrap_or("").to_string();
            size += text.len();
            docs.push(text);
        }
        return docs;
    }
    let mut docs = Vec::new();
    for dir in ["corpus", "tests/gold/synthetic"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("template folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        docs.extend(
            paths
                .iter()
                .map(|p| std::fs::read_to_string(p).expect("text")),
        );
    }
    docs
}
