//! `newsfacts eval`: scores predicted mentions against gold annotations.
//!
//! ```text
//! newsfacts eval --gold FILE_OR_DIR [--pred DIR] [--min-f1 [KIND=]X ...] [--json] [--errors N]
//!
//!   --gold FILE_OR_DIR  gold mentions: a JSONL file, or DIR/mentions.jsonl
//!   --pred DIR          predicted mentions: DIR/mentions.jsonl or a file [default: extracted]
//!   --min-f1 [KIND=]X   exit 1 when a kind with gold rows has F1 (all languages) below X;
//!                       repeatable: a plain X holds every kind, KIND=X (money, jobs, year)
//!                       one kind, and a per-kind bar overrides the plain one
//!   --json              print one JSON object keyed "<kind>/<lang>" instead of the table
//!   --errors N          list up to N misses, N false alarms and N wrong values
//!                       (on stdout after the table; on stderr with --json)
//! ```
//!
//! Exit status: 0 every kind at or above its bar, 1 some kind below, 2 it
//! could not run (bad flags, a missing or unreadable file, a malformed row:
//! named by file and line). Messages go to standard error. Matching, counting
//! and ratios are described in the `newsfacts-eval` crate docs.

use std::path::{Path, PathBuf};

use newsfacts_eval::{
    below_bar, evaluate, fill_langs, format_errors, format_json, format_table, load_doc_langs,
    load_gold, load_pred, mentions_path, Threshold,
};

/// Flags of `newsfacts eval`.
#[derive(clap::Args)]
pub struct Args {
    /// Gold mentions: a JSONL file, or a directory holding mentions.jsonl.
    #[arg(long, value_name = "FILE_OR_DIR")]
    gold: PathBuf,
    /// Predicted mentions: a directory holding mentions.jsonl (and documents.jsonl), or a file.
    #[arg(long, value_name = "DIR", default_value = "extracted")]
    pred: PathBuf,
    /// Exit 1 when a kind with gold rows has F1 below X; `KIND=X` for one kind (repeatable).
    #[arg(long = "min-f1", value_name = "[KIND=]X", value_parser = parse_threshold)]
    min_f1: Vec<Threshold>,
    /// Print the figures as one JSON object keyed "<kind>/<lang>".
    #[arg(long)]
    json: bool,
    /// List up to N misses, N false alarms and N wrong values.
    #[arg(long, value_name = "N")]
    errors: Option<usize>,
}

fn parse_threshold(s: &str) -> Result<Threshold, String> {
    s.parse()
}

/// The `documents.jsonl` beside the predictions: in DIR, or next to the file.
fn documents_path(pred: &Path) -> PathBuf {
    if pred.is_dir() {
        pred.join("documents.jsonl")
    } else {
        pred.parent()
            .unwrap_or(Path::new(""))
            .join("documents.jsonl")
    }
}

/// Runs `eval`; returns the exit status.
pub fn main(args: Args) -> u8 {
    // Check both paths before any work.
    for (what, path) in [("gold", &args.gold), ("pred", &args.pred)] {
        let file = mentions_path(path);
        if !file.is_file() {
            eprintln!("newsfacts eval: {what} file not found: {}", file.display());
            return 2;
        }
    }
    let mut gold = match load_gold(&args.gold) {
        Ok(gold) => gold,
        Err(e) => {
            eprintln!("newsfacts eval: gold: {e}");
            return 2;
        }
    };
    let mut pred = match load_pred(&args.pred) {
        Ok(pred) => pred,
        Err(e) => {
            eprintln!("newsfacts eval: pred: {e}");
            return 2;
        }
    };
    if gold.iter().chain(&pred).any(|m| m.lang.is_none()) {
        let docs = documents_path(&args.pred);
        if docs.is_file() {
            match load_doc_langs(&docs) {
                Ok((langs, skipped)) => {
                    if skipped > 0 {
                        eprintln!(
                            "newsfacts eval: {}: {skipped} line(s) without doc_id and lang skipped",
                            docs.display()
                        );
                    }
                    fill_langs(&mut gold, &langs);
                    fill_langs(&mut pred, &langs);
                }
                Err(e) => eprintln!("newsfacts eval: {e}; rows without lang count as und"),
            }
        } else {
            eprintln!(
                "newsfacts eval: some rows have no lang and {} is missing: they count as und",
                docs.display()
            );
        }
    }

    let eval = evaluate(&gold, &pred);
    if args.json {
        print!("{}", format_json(&eval));
    } else {
        println!(
            "gold {} ({} rows) · pred {} ({} rows)",
            mentions_path(&args.gold).display(),
            gold.len(),
            mentions_path(&args.pred).display(),
            pred.len()
        );
        print!("{}", format_table(&eval));
    }
    if let Some(n) = args.errors {
        let listing = format_errors(&eval, &gold, &pred, n);
        if args.json {
            eprint!("{listing}");
        } else {
            println!();
            print!("{listing}");
        }
    }
    let failures = below_bar(&eval, &args.min_f1);
    for f in &failures {
        eprintln!(
            "newsfacts eval: {} F1 {:.4} is below {}",
            f.kind.as_str(),
            f.f1,
            f.min
        );
    }
    u8::from(!failures.is_empty())
}
