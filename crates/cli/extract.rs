//! `newsfacts extract`: documents, sentences and mentions from news text.
//!
//! ```text
//! newsfacts extract [INPUT ...] [-o DIR] [--sentences] [--jobs N]
//!                   [--reference-date YYYY-MM-DD] [--dates FILE]
//! ```
//!
//! INPUT is a folder (recursive: `*.txt` one document, `*.jsonl` one per
//! line), a file, or `-` for JSONL on standard input; default `corpus/`.
//! Output goes to DIR (default `extracted/`): `documents.jsonl` always,
//! `mentions.jsonl`, and `sentences.jsonl` with `--sentences`. Exit status:
//! 0 every document ok, 1 some documents are error rows, 2 could not run,
//! 128 + N when stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP),
//! the output folder left as it was.

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use newsfacts_record::Lang;
use serde::Deserialize;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

use crate::date::Date;
use crate::dispatch::{Deliver, Dispatch};
use crate::document::{error_row, process_bytes, process_text, sha256_hex, Meta, Output};
use crate::input::{self, Source};
use crate::output::{Outputs, Sink, Totals, Writer};
use crate::seen::SeenIds;

/// Flags of `newsfacts extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Input folders, files, or `-` for JSONL on standard input [default: corpus]
    inputs: Vec<PathBuf>,
    /// Output folder.
    #[arg(
        short = 'o',
        long = "output",
        value_name = "DIR",
        default_value = "extracted"
    )]
    output: PathBuf,
    /// Also write sentences.jsonl.
    #[arg(long)]
    sentences: bool,
    /// Worker threads [default: number of cores].
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    jobs: Option<u16>,
    /// Date that relative years (`올해`, `next year`) resolve against when a document has none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = Date::parse)]
    reference_date: Option<Date>,
    /// JSON object {doc_id: "YYYY-MM-DD"} giving the date of documents that carry none.
    #[arg(long, value_name = "FILE")]
    dates: Option<PathBuf>,
}

/// Settings every worker reads.
struct Shared {
    dates: HashMap<String, Date>,
    reference: Option<Date>,
    sentences: bool,
}

impl Shared {
    fn date_of(&self, doc_id: &str) -> Option<Date> {
        self.dates.get(doc_id).copied().or(self.reference)
    }
}

/// A short document in both languages with a boilerplate line, run once at
/// start-up so that the cleaning and sentence rules are compiled in parallel
/// with the rules of each language rather than one after another.
const WARM_UP_TEXT: &str = "기사공유\n경기도는 2026년까지 일자리 658개를 만든다. 올해 1.3조 원을 투자한다.\n\
    Samsung will hire 1,800 workers by 2026. It employs 12,000 people.\nCopyright © 2025 All rights reserved.\n";

/// Errors shown on standard error before the summary; the rest only counted.
const SHOWN_ERRORS: usize = 20;

/// Runs `extract`; returns the exit status.
pub fn main(args: Args) -> u8 {
    match run(args) {
        Ok(totals) if totals.errors == 0 => 0,
        Ok(_) => 1,
        Err(msg) => {
            eprintln!("newsfacts extract: {msg}");
            2
        }
    }
}

fn load_dates(path: &PathBuf) -> Result<HashMap<String, Date>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("--dates {}: {}", path.display(), input::describe_io(&e)))?;
    let raw: HashMap<String, String> = serde_json::from_str(&text).map_err(|e| {
        format!(
            "--dates {}: expected a JSON object of doc_id to \"YYYY-MM-DD\": {e}",
            path.display()
        )
    })?;
    raw.into_iter()
        .map(|(k, v)| {
            let d = Date::parse(&v).map_err(|e| format!("--dates {}: {k}: {e}", path.display()))?;
            Ok((k, d))
        })
        .collect()
}

/// Where the run's output stands, for the signal handler.
enum Stage {
    /// No temporary file exists yet.
    Planning,
    /// These temporary files are being written.
    Writing(Vec<PathBuf>),
    /// The output files are renamed into place.
    Done,
}

/// The run's output stage. The run holds the lock while it creates and while
/// it renames the temporary files, so a signal sees either no files, only
/// temporary ones, or the finished output, never a half-renamed set.
static STAGE: Mutex<Stage> = Mutex::new(Stage::Planning);

fn stage() -> MutexGuard<'static, Stage> {
    STAGE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Watches for SIGINT (Ctrl-C), SIGTERM and SIGHUP on a thread of its own:
/// the first one removes this run's temporary files, says so, and exits with
/// 128 + the signal number. The previous output files are never touched.
fn stop_cleanly_on_signals() -> Result<(), String> {
    let why = |e: std::io::Error| format!("cannot watch for Ctrl-C: {e}");
    let mut signals =
        signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]).map_err(why)?;
    std::thread::Builder::new()
        .name("newsfacts-signals".into())
        .spawn(move || {
            let Some(signal) = signals.forever().next() else {
                return;
            };
            let stage = stage();
            let what = match &*stage {
                Stage::Planning => "nothing was written",
                Stage::Writing(paths) => {
                    for p in paths {
                        let _ = std::fs::remove_file(p);
                    }
                    "the output folder keeps its previous files; the partial output is removed"
                }
                Stage::Done => "the output was already complete",
            };
            let name = match signal {
                SIGINT => "SIGINT (Ctrl-C)",
                SIGTERM => "SIGTERM",
                _ => "SIGHUP",
            };
            let fresh_line = if std::io::stderr().is_terminal() {
                "\n"
            } else {
                ""
            };
            eprintln!("{fresh_line}newsfacts extract: interrupted by {name}: {what}");
            std::process::exit(128 + signal);
        })
        .map_err(why)?;
    Ok(())
}

fn run(args: Args) -> Result<Totals, String> {
    stop_cleanly_on_signals()?;
    // Everything that can stop the run is checked before any work.
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        args.inputs.clone()
    };
    let dates = match &args.dates {
        Some(p) => load_dates(p)?,
        None => HashMap::new(),
    };
    let (sources, warnings) = input::plan(&inputs)?;
    let outputs = {
        let mut stage = stage();
        let outputs = Outputs::create(&args.output, args.sentences)?;
        *stage = Stage::Writing(outputs.temp_paths());
        outputs
    };
    let jobs = args.jobs.map(usize::from).unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("newsfacts-worker-{i}"))
        .start_handler(|i| newsfacts_local::set_worker(Some(i)))
        .build()
        .map_err(|e| format!("cannot start {jobs} worker threads: {e}"))?;
    let shared = Arc::new(Shared {
        dates,
        reference: args.reference_date,
        sentences: args.sentences,
    });

    let bar = progress_bar(sources.iter().map(|s| s.size).sum());
    for w in &warnings {
        say(&bar, format!("newsfacts: warning: {}", w.0));
    }
    let started = Instant::now();
    let mut seen = SeenIds::default();
    // Error rows seen by the writer; the first SHOWN_ERRORS are printed.
    let shown = Arc::new(AtomicUsize::new(0));
    let (hook_bar, hook_shown) = (bar.clone(), Arc::clone(&shown));
    let hook = move |out: &mut Output| {
        refuse_duplicate(&mut seen, out);
        hook_bar.inc(out.bytes);
        if let Some(n) = &out.notice {
            if hook_shown.fetch_add(1, Ordering::Relaxed) < SHOWN_ERRORS {
                say(&hook_bar, format!("newsfacts: error: {n}"));
            }
        }
    };
    // At most this many batches are in flight or waiting to be written.
    let sink = Arc::new(Sink::new(outputs, (jobs as u64) * 4 + 4, hook));
    // Compile the rules on the workers, in parallel, before the first
    // batch. Not on another thread: a regex's first user owns its fast
    // cache, and every other thread takes a lock on each search.
    pool.spawn(|| {
        newsfacts_text::analyze(WARM_UP_TEXT);
    });
    pool.spawn(|| newsfacts_extract::warm_up(Lang::Ko));
    pool.spawn(|| newsfacts_extract::warm_up(Lang::En));
    let mut dispatch = Dispatch::new(&pool, Arc::clone(&sink) as Arc<dyn Deliver>);
    for source in &sources {
        if source.jsonl {
            read_jsonl(source, &mut dispatch, &shared);
        } else {
            let (shared, source) = (Arc::clone(&shared), source.clone());
            let size = usize::try_from(source.size).unwrap_or(usize::MAX);
            dispatch.push(size, Box::new(move || process_file(&source, &shared)));
        }
    }
    let batches = dispatch.finish();
    let writer = sink.finish(batches);
    bar.finish_and_clear();
    let Some(Writer {
        outputs,
        totals,
        failure,
        ..
    }) = writer
    else {
        return Err("the output writer failed".into());
    };
    if let Some(e) = failure {
        return Err(format!("writing {}: {e}", args.output.display()));
    }
    {
        let mut stage = stage();
        outputs
            .commit()
            .map_err(|e| format!("finishing {}: {e}", args.output.display()))?;
        *stage = Stage::Done;
    }
    let shown = shown.load(Ordering::Relaxed);
    if shown > SHOWN_ERRORS {
        eprintln!("newsfacts: … and {} more error rows", shown - SHOWN_ERRORS);
    }
    summary(&totals, started.elapsed().as_secs_f64(), &args.output);
    Ok(totals)
}

/// Prints a line on standard error, above the progress bar when there is one.
fn say(bar: &ProgressBar, line: String) {
    if bar.is_hidden() {
        eprintln!("{line}");
    } else {
        bar.println(line);
    }
}

/// A doc_id must name one document: an `ok` document whose doc_id an earlier
/// document (in output order) already has becomes an error row naming the
/// first one, so that sentence and mention rows never mix two documents.
fn refuse_duplicate(seen: &mut SeenIds, out: &mut Output) {
    let Some(head) = out.row.take() else {
        return;
    };
    let Some(first) = seen.first_seen_at(&head.doc_id, &head.source) else {
        return;
    };
    if head.status != newsfacts_record::Status::Ok {
        return;
    }
    let msg = format!(
        "duplicate doc_id {:?}: {first} already has it; this document is not processed",
        head.doc_id,
    );
    let meta = Meta {
        doc_id: head.doc_id,
        source: head.source,
        date: head.date.and_then(|d| Date::parse(&d).ok()),
        sentences: false,
    };
    let bytes = out.bytes;
    *out = error_row(&meta, head.sha256, head.encoding.as_deref(), msg);
    out.bytes = bytes;
}

fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
    ) {
        bar.set_style(style);
    }
    bar
}

fn summary(t: &Totals, secs: f64, out: &std::path::Path) {
    let mb = t.bytes as f64 / 1e6;
    eprintln!(
        "newsfacts: {} documents ({} errors), {} sentences, mentions: {} money, {} jobs, {} year; {:.2} MB in {:.2} s ({:.1} MB/s) -> {}",
        t.docs,
        t.errors,
        t.sentences,
        t.kinds[0],
        t.kinds[1],
        t.kinds[2],
        mb,
        secs,
        if secs > 0.0 { mb / secs } else { 0.0 },
        out.display()
    );
}

fn process_file(source: &Source, shared: &Shared) -> Output {
    let meta = Meta {
        doc_id: source.doc_id.clone(),
        source: source.label(),
        date: shared.date_of(&source.doc_id),
        sentences: shared.sentences,
    };
    match input::read_all(&source.origin) {
        Ok(bytes) => process_bytes(&meta, &bytes),
        Err(e) => error_row(
            &meta,
            sha256_hex(b""),
            None,
            format!("cannot read: {}", input::describe_read(&source.origin, &e)),
        ),
    }
}

/// Reads a JSONL source line by line and dispatches each document.
fn read_jsonl(source: &Source, dispatch: &mut Dispatch, shared: &Arc<Shared>) {
    let label = source.label();
    let reader = match input::open_lines(&source.origin) {
        Ok(r) => r,
        Err(e) => {
            let meta = Meta {
                doc_id: source.doc_id.clone(),
                source: label,
                date: None,
                sentences: false,
            };
            let msg = format!("cannot read: {}", input::describe_read(&source.origin, &e));
            dispatch.push(
                0,
                Box::new(move || error_row(&meta, sha256_hex(b""), None, msg)),
            );
            return;
        }
    };
    // The workers read the lines themselves, a batch at a time under one
    // lock (so batches follow the input order), and parse them on the core
    // that read them.
    let lines = Mutex::new(Lines {
        reader,
        buf: Vec::with_capacity(1 << 16),
        line_no: 0,
        done: false,
    });
    let (prefix, label) = (source.doc_id.as_str(), label.as_str());
    dispatch.pull_on_workers(|batches| loop {
        let (seq, batch) = {
            let mut next = batches.next.lock().unwrap_or_else(|e| e.into_inner());
            let mut lines = lines.lock().unwrap_or_else(|e| e.into_inner());
            if lines.done {
                return;
            }
            let seq = *next;
            batches.sink.window().wait_for(seq);
            *next += 1;
            (seq, lines.read_batch(source, label))
        };
        let outs = batch
            .into_iter()
            .map(|line| match line {
                Line::Doc(no, bytes) => json_document(&bytes, no, prefix, label, shared),
                Line::Failed(meta, msg) => error_row(&meta, sha256_hex(b""), None, msg),
            })
            .collect();
        batches.sink.deliver(seq, outs);
    });
}

/// A JSONL source being read.
struct Lines {
    reader: Box<dyn BufRead + Send>,
    /// One read buffer for the whole source; each line leaves it as a copy
    /// of exactly its size, or, when long, as the buffer itself.
    buf: Vec<u8>,
    line_no: usize,
    done: bool,
}

/// One line of a batch: a document, or the read error that ended the source.
enum Line {
    Doc(usize, Vec<u8>),
    Failed(Meta, String),
}

impl Lines {
    /// Reads the next batch of non-blank lines: at most 128 of them or
    /// 256 KB, whichever comes first (a longer line is a batch of its own).
    fn read_batch(&mut self, source: &Source, label: &str) -> Vec<Line> {
        let mut batch = Vec::new();
        let mut bytes = 0usize;
        while batch.len() < 128 && bytes < 256 * 1024 {
            const KEEP_BUFFER: usize = 1 << 20;
            self.buf.clear();
            self.line_no += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    let line_no = self.line_no;
                    let meta = Meta {
                        doc_id: format!("{}:{line_no}", source.doc_id),
                        source: format!("{label}:{line_no}"),
                        date: None,
                        sentences: false,
                    };
                    let msg = format!("read error at line {line_no}: {}", input::describe_io(&e));
                    batch.push(Line::Failed(meta, msg));
                    self.done = true;
                    break;
                }
            }
            if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue; // blank lines separate nothing and are no documents
            }
            let line = if self.buf.capacity() > KEEP_BUFFER {
                std::mem::take(&mut self.buf)
            } else {
                self.buf.clone()
            };
            bytes += line.len();
            batch.push(Line::Doc(self.line_no, line));
        }
        batch
    }
}

/// The fields of a JSONL document that newsfacts reads; others are ignored.
#[derive(Deserialize)]
struct JsonDoc {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<serde_json::Value>,
}

/// One JSONL line to its output. A malformed line is an error row whose
/// message names the file and line.
fn json_document(
    line: &[u8],
    line_no: usize,
    prefix: &str,
    label: &str,
    shared: &Shared,
) -> Output {
    let mut meta = Meta {
        doc_id: format!("{prefix}:{line_no}"),
        source: format!("{label}:{line_no}"),
        date: None,
        sentences: shared.sentences,
    };
    let bytes = line.len() as u64;
    let fail = |meta: &Meta, msg: String| {
        let mut out = error_row(
            meta,
            sha256_hex(line),
            None,
            format!("malformed JSONL at {label} line {line_no}: {msg}"),
        );
        out.bytes = bytes;
        out
    };
    // A UTF-8 byte-order mark may open the file.
    let line = match line_no {
        1 => line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line),
        _ => line,
    };
    if line.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return fail(&meta, "not a JSON object".into());
    }
    // The whole line is checked for UTF-8 once, with SIMD, so that serde_json
    // need not check each string again (that was 3% of a run). A line that
    // is not UTF-8 goes through from_slice for serde_json's own message.
    let parsed = match simdutf8::basic::from_utf8(line) {
        Ok(line) => serde_json::from_str(line),
        Err(_) => serde_json::from_slice(line),
    };
    let doc: JsonDoc = match parsed {
        Ok(d) => d,
        Err(e) => return fail(&meta, e.to_string()),
    };
    match doc.id {
        Some(serde_json::Value::String(s)) => meta.doc_id = s,
        Some(serde_json::Value::Number(n)) => meta.doc_id = n.to_string(),
        Some(serde_json::Value::Null) | None => {}
        Some(_) => return fail(&meta, "`id` is neither a string nor a number".into()),
    }
    meta.date = match doc.date {
        Some(serde_json::Value::String(s)) => match Date::parse(&s) {
            Ok(d) => Some(d),
            Err(e) => return fail(&meta, format!("`date`: {e}")),
        },
        Some(serde_json::Value::Null) | None => shared.date_of(&meta.doc_id),
        Some(_) => return fail(&meta, "`date` is not a string".into()),
    };
    let text = match doc.text {
        Some(serde_json::Value::String(s)) => s,
        None | Some(serde_json::Value::Null) => return fail(&meta, "no `text` field".into()),
        Some(_) => return fail(&meta, "`text` is not a string".into()),
    };
    let mut out = process_text(&meta, sha256_hex(text.as_bytes()), "utf-8", &text);
    out.bytes = bytes;
    out
}
