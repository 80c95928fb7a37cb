//! Each mention kind alone, the whole extraction, the whole in-process
//! pipeline (analyze, then extract every sentence) and the plain Unicode
//! sentence split, over the same documents. Short runs: `make bench` passes
//! `--warm-up-time 1 --measurement-time 2`.
//!
//! The documents: the first `NEWSFACTS_BENCH_MB` MB (default 2) of the JSONL
//! file `NEWSFACTS_BENCH_JSONL` (a `gencorpus` corpus), or else the
//! templates of `corpus/` and `tests/gold/synthetic/`.

#[path = "../../text/benches/common/mod.rs"]
mod common;
use common::documents;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfacts_extract::{extract_into, lang, Context};
use newsfacts_record::{Kind, Lang};
use unicode_segmentation::UnicodeSegmentation;

/// The language the pipeline runs a sentence's rules in.
fn rules_lang(sentence: Lang, doc: Lang) -> Lang {
    if sentence == Lang::Und {
        doc
    } else {
        sentence
    }
}

fn kinds(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let ctx = Context {
        reference_year: Some(2024),
    };
    // Every sentence with the language its rules run in, as the pipeline does.
    let mut sentences: Vec<(&str, Lang)> = Vec::new();
    for d in &docs {
        let a = newsfacts_text::analyze(d);
        for s in &a.sentences {
            sentences.push((&d[s.start..s.end], rules_lang(s.lang, a.lang)));
        }
    }
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    for kind in Kind::ALL {
        g.bench_function(kind.as_str(), |b| {
            let mut out = Vec::new();
            b.iter(|| {
                for &(s, l) in &sentences {
                    out.clear();
                    if let Some(rules) = lang::rules(l) {
                        rules.find(kind, s, &ctx, &mut out);
                    }
                    black_box(&out);
                }
            })
        });
    }
    g.bench_function("all_kinds", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            for &(s, l) in &sentences {
                extract_into(s, l, &ctx, &mut out);
                black_box(&out);
            }
        })
    });
    g.bench_function("pipeline", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            for d in &docs {
                let a = newsfacts_text::analyze(d);
                for s in &a.sentences {
                    extract_into(
                        &d[s.start..s.end],
                        rules_lang(s.lang, a.lang),
                        &ctx,
                        &mut out,
                    );
                    black_box(&out);
                }
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

criterion_group!(benches, kinds);
criterion_main!(benches);
