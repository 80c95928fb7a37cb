//! Generates a deterministic, seeded news-like corpus for benchmarks: the
//! documents of `corpus/` and `tests/gold/synthetic/` with every number
//! re-drawn, so no two generated documents are alike. Same seed, same bytes.
//!
//! ```text
//! cargo run --release --example gencorpus -- --mb 100 --jsonl target/bench/corpus.jsonl
//! cargo run --release --example gencorpus -- --files 20000 --dir target/bench/files
//! ```
//!
//! The mix (default): real news is far less dense in numbers than the gold
//! documents, which were written to be number-heavy, so each generated
//! document is drawn as
//!
//! - 45 %: a `corpus/` article (real news, with its navigation and credits);
//! - 40 %: a thinned `corpus/` article: each line that carries a digit is
//!   kept with probability 1/4, the way most of a news page is prose;
//! - 15 %: a `tests/gold/synthetic/` document (number-dense).
//!
//! `--dense` draws uniformly from all templates instead (mostly gold
//! documents: the corpus the first measurements used). `--stats` prints the
//! mix actually drawn.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// xorshift64*: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The template documents: (real news of `corpus/`, gold synthetic documents).
fn templates(root: &Path) -> (Vec<String>, Vec<String>) {
    let mut both = [Vec::new(), Vec::new()];
    for (out, dir) in both.iter_mut().zip(["corpus", "tests/gold/synthetic"]) {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("template folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            out.push(std::fs::read_to_string(p).expect("template text"));
        }
    }
    let [news, gold] = both;
    (news, gold)
}

/// Keeps every line without a digit and each line with one at probability 1/4.
fn thin(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if !line.bytes().any(|b| b.is_ascii_digit()) || rng.below(4) == 0 {
            out.push_str(line);
        }
    }
    out
}

/// Which kind of document to draw.
#[derive(Clone, Copy)]
enum Source {
    News,
    Thin,
    Gold,
}

/// The document stream: template choice, thinning and re-drawn numbers.
struct Generator {
    news: Vec<String>,
    gold: Vec<String>,
    dense: bool,
    rng: Rng,
    /// Documents drawn per source (news, thin, gold).
    drawn: [u64; 3],
    /// Bytes drawn per source.
    bytes: [u64; 3],
}

impl Generator {
    fn next_text(&mut self) -> String {
        let rng = &mut self.rng;
        let (source, t) = if self.dense {
            // The original uniform draw over all templates, kept bit-for-bit.
            let i = rng.below((self.news.len() + self.gold.len()) as u64) as usize;
            match self.news.get(i) {
                Some(t) => (Source::News, t),
                None => (Source::Gold, &self.gold[i - self.news.len()]),
            }
        } else {
            let roll = rng.below(100);
            let source = if roll < 45 {
                Source::News
            } else if roll < 85 {
                Source::Thin
            } else {
                Source::Gold
            };
            let pool = match source {
                Source::Gold => &self.gold,
                _ => &self.news,
            };
            (source, &pool[rng.below(pool.len() as u64) as usize])
        };
        let text = match source {
            Source::Thin => redraw(&thin(t, rng), rng),
            _ => redraw(t, rng),
        };
        self.drawn[source as usize] += 1;
        self.bytes[source as usize] += text.len() as u64;
        text
    }

    fn stats(&self) -> String {
        let docs: u64 = self.drawn.iter().sum();
        let bytes: u64 = self.bytes.iter().sum();
        let pct = |a: u64, b: u64| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        let names = ["news", "thinned news", "gold"];
        let parts: Vec<String> = (0..3)
            .map(|k| {
                format!(
                    "{} {:.0}% of documents, {:.0}% of text bytes",
                    names[k],
                    pct(self.drawn[k], docs),
                    pct(self.bytes[k], bytes)
                )
            })
            .collect();
        parts.join("; ")
    }
}

/// Re-draws every digit; a four-digit run starting `20` stays a plausible year.
fn redraw(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let run = &chars[start..i];
            let year = run.len() == 4 && run[0] == '2' && run[1] == '0';
            for (k, _) in run.iter().enumerate() {
                let d = if year && k < 2 {
                    run[k]
                } else if year && k == 2 {
                    char::from(b'0' + rng.below(5) as u8)
                } else if k == 0 && run.len() > 1 {
                    char::from(b'1' + rng.below(9) as u8)
                } else {
                    char::from(b'0' + rng.below(10) as u8)
                };
                out.push(d);
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let seed: u64 = get("--seed").map_or(42, |s| s.parse().expect("--seed N"));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (news, gold) = templates(&root);
    let mut gen = Generator {
        news,
        gold,
        dense: has("--dense"),
        rng: Rng(seed | 1),
        drawn: [0; 3],
        bytes: [0; 3],
    };
    if let Some(path) = get("--jsonl") {
        let mb: u64 = get("--mb").map_or(100, |s| s.parse().expect("--mb N"));
        let limit = mb * 1_000_000;
        if let Some(parent) = Path::new(&path).parent() {
            std::fs::create_dir_all(parent).expect("output folder");
        }
        let mut w = BufWriter::new(std::fs::File::create(&path).expect("output file"));
        let (mut written, mut n) = (0u64, 0u64);
        while written < limit {
            let text = gen.next_text();
            let rng = &mut gen.rng;
            let date = format!(
                "20{:02}-{:02}-{:02}",
                15 + rng.below(11),
                1 + rng.below(12),
                1 + rng.below(28)
            );
            let line = serde_json::json!({"id": format!("gen-{n:08}"), "date": date, "text": text});
            let s = line.to_string();
            w.write_all(s.as_bytes()).expect("write");
            w.write_all(b"\n").expect("write");
            written += s.len() as u64 + 1;
            n += 1;
        }
        w.flush().expect("flush");
        eprintln!("gencorpus: {n} documents, {written} bytes -> {path}");
    } else if let Some(dir) = get("--dir") {
        let files: u64 = get("--files").map_or(20_000, |s| s.parse().expect("--files N"));
        let mut written = 0u64;
        for n in 0..files {
            let sub = Path::new(&dir).join(format!("{:03}", n / 1000));
            if n % 1000 == 0 {
                std::fs::create_dir_all(&sub).expect("output folder");
            }
            let text = gen.next_text();
            written += text.len() as u64;
            std::fs::write(sub.join(format!("gen-{n:08}.txt")), text).expect("write");
        }
        eprintln!("gencorpus: {files} files, {written} bytes -> {dir}");
    } else {
        eprintln!(
            "usage: gencorpus (--jsonl PATH [--mb N] | --dir PATH [--files N]) [--seed N] [--dense] [--stats]"
        );
        std::process::exit(2);
    }
    if has("--stats") {
        eprintln!("gencorpus mix: {}", gen.stats());
    }
}
