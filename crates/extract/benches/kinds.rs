//! Each mention kind alone, the whole extraction, the whole in-process
//! pipeline (analyze, then extract every sentence) and the plain Unicode
//! sentence split, over the same documents; then each kind per language
//! (`by_lang`) and the numeral readers alone (`numeral`). Short runs: `make bench` passes
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
use newsfacts_extract::decimal::Decimal;
use newsfacts_extract::numeral::{scan_en, scan_ko};
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
    by_lang(c, &sentences, &ctx);
    numerals(c, &sentences);
}

/// The sentences of language `l`.
fn of_lang<'a>(sentences: &[(&'a str, Lang)], l: Lang) -> Vec<&'a str> {
    sentences
        .iter()
        .filter(|&&(_, sl)| sl == l)
        .map(|&(s, _)| s)
        .collect()
}

/// The throughput of one pass over `sentences`: their bytes.
fn bytes_of(sentences: &[&str]) -> Throughput {
    Throughput::Bytes(sentences.iter().map(|s| s.len() as u64).sum())
}

/// Each kind over the sentences of one language only (throughput: their bytes).
fn by_lang(c: &mut Criterion, sentences: &[(&str, Lang)], ctx: &Context) {
    let mut g = c.benchmark_group("by_lang");
    for l in [Lang::Ko, Lang::En] {
        let only = of_lang(sentences, l);
        g.throughput(bytes_of(&only));
        let Some(rules) = lang::rules(l) else {
            continue;
        };
        for kind in Kind::ALL {
            g.bench_function(format!("{}_{}", kind.as_str(), l.as_str()), |b| {
                let mut out = Vec::new();
                b.iter(|| {
                    for s in &only {
                        out.clear();
                        rules.find(kind, s, ctx, &mut out);
                        black_box(&out);
                    }
                })
            });
        }
    }
    g.finish();
}

/// The numeral readers over every sentence of their language, and the
/// decimal arithmetic a Korean amount takes (`5조 3,800억`).
fn numerals(c: &mut Criterion, sentences: &[(&str, Lang)]) {
    let mut g = c.benchmark_group("numeral");
    for (l, name, scan) in [
        (Lang::En, "scan_en", scan_all_en as fn(&str) -> usize),
        (Lang::Ko, "scan_ko", scan_all_ko),
    ] {
        let only = of_lang(sentences, l);
        g.throughput(bytes_of(&only));
        g.bench_function(name, |b| {
            b.iter(|| only.iter().map(|s| scan(s)).sum::<usize>())
        });
    }
    g.throughput(Throughput::Elements(1));
    g.bench_function("decimal_amount", |b| {
        b.iter(|| {
            let five = Decimal::from_parts(black_box(b"5"), b"").and_then(|d| d.mul_pow10(12));
            let rest = Decimal::from_parts(black_box(b"3,800"), b"").and_then(|d| d.mul_pow10(8));
            let sum = five.zip(rest).and_then(|(a, b)| a.add(&b));
            black_box(sum.map(|d| d.to_string()))
        })
    });
    g.finish();
}

fn scan_all_en(s: &str) -> usize {
    scan_en(s).map(|n| n.end).sum()
}

fn scan_all_ko(s: &str) -> usize {
    scan_ko(s).map(|n| n.end).sum()
}

criterion_group!(benches, kinds);
criterion_main!(benches);
