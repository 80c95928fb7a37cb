//! Each text stage alone (decode, clean, language, sentences) and the plain
//! Unicode sentence split, over the same documents. Short runs: `make bench`
//! passes `--warm-up-time 1 --measurement-time 2`.
//!
//! The documents: the first `NEWSFACTS_BENCH_MB` MB (default 2) of the JSONL
//! file `NEWSFACTS_BENCH_JSONL` (a `gencorpus` corpus), or else the
//! templates of `corpus/` and `tests/gold/synthetic/`.

mod common;
use common::documents;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfacts_text::clean::{self, LineClass};
use newsfacts_text::{analyze, decode, lang, sentence};
use unicode_segmentation::UnicodeSegmentation;

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
    // Each pass starts with an empty memo of judged lines, as a run does.
    g.bench_function("clean", |b| {
        b.iter(|| {
            clean::clear_memo();
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
            clean::clear_memo();
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
