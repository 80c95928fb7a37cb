//! Each text stage alone (decode, clean, language, sentences) and the plain
//! Unicode sentence split, over the same documents. Short runs: `make bench`
//! passes `--warm-up-time 1 --measurement-time 2`.
//!
//! The documents: the first `NEWSFACTS_BENCH_MB` MB (default 2) of the JSONL
//! file `NEWSFACTS_BENCH_JSONL` (a `gencorpus` corpus), or else the
//! templates of `corpus/` and `tests/gold/synthetic/`.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfacts_text::clean::{self, LineClass};
use newsfacts_text::{analyze, decode, lang, sentence};
use unicode_segmentation::UnicodeSegmentation;

/// The benchmark documents (see the module doc).
fn documents() -> Vec<String> {
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

fn stages(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    // Precomputed inputs of each stage, so each is timed alone.
    let cleaned: Vec<_> = docs.iter().map(|d| clean::clean(d)).collect();
    let analyses: Vec<_> = docs.iter().map(|d| analyze(d)).collect();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("decode", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(decode::decode(black_box(d.as_bytes())).ok());
            }
        })
    });
    g.bench_function("clean", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(clean::clean(black_box(d)));
            }
        })
    });
    g.bench_function("language", |b| {
        b.iter(|| {
            for (d, a) in docs.iter().zip(&analyses) {
                for s in &a.sentences {
                    black_box(lang::detect(&d[s.start..s.end]));
                }
            }
        })
    });
    g.bench_function("sentences", |b| {
        let mut spans = Vec::new();
        b.iter(|| {
            for ((d, lines), a) in docs.iter().zip(&cleaned).zip(&analyses) {
                for l in lines.iter().filter(|l| l.class == LineClass::Content) {
                    spans.clear();
                    sentence::split_line(&d[l.start..l.end], a.lang, &mut spans);
                    black_box(&spans);
                }
            }
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(analyze(black_box(d)));
            }
        })
    });
    g.bench_function("unicode_sentences", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(d.split_sentence_bounds().count());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
