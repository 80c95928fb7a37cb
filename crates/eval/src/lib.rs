//! newsfacts-eval: gold loading, matching and metrics (SPEC §5).
//!
//! Predicted mentions (the `mentions.jsonl` of `newsfacts extract`) are scored
//! against annotated gold mentions, per kind (`money`, `jobs`, `year`, `all`)
//! and per language (`ko`, `en`, `all`).
//!
//! ```
//! use newsfacts_eval::{evaluate, parse_gold, parse_pred, KindKey, LangKey};
//! let gold = parse_gold(
//!     br#"{"doc_id":"d","sentence":0,"kind":"jobs","lang":"en","text":"500 jobs","start":4,"end":12,"count":500,"approx":"exact"}"#,
//!     "gold.jsonl".as_ref(),
//! ).unwrap();
//! let pred = parse_pred(
//!     br#"{"doc_id":"d","sentence":0,"kind":"jobs","lang":"en","text":"500","start":4,"end":7,"count":500,"approx":"exact"}"#,
//!     "pred.jsonl".as_ref(),
//! ).unwrap();
//! let eval = evaluate(&gold, &pred);
//! let jobs = eval.counts(KindKey::Kind(newsfacts_record::Kind::Jobs), LangKey::All);
//! assert_eq!((jobs.tp, jobs.fp, jobs.fn_, jobs.value_ok), (1, 0, 0, 1));
//! assert_eq!(jobs.f1(), 1.0);
//! ```
//!
//! # Matching (the rules this crate follows, where SPEC §5 is terse)
//!
//! * A prediction and a gold row can match when they have the same `doc_id`
//!   and `kind` and their code-point spans, read as half-open intervals
//!   `[start, end)`, have a non-empty intersection. The overlap of a pair is
//!   the length of that intersection.
//! * Each gold row and each prediction is used at most once. Pairs are
//!   assigned greedily in **one round** over all gold rows of the document
//!   and kind, optional ones included, exactly as SPEC §5 and the eval issue
//!   say: candidate pairs are taken by largest overlap first; ties go to the
//!   earliest gold `start`, then the earliest prediction `start`, then the
//!   earlier gold line, then the earlier prediction line (fully
//!   deterministic). So a prediction that overlaps an optional row more than
//!   a required one goes to the optional row, and the required row may be
//!   left a miss.
//! * A required gold row that is matched is a true positive (`tp`); one left
//!   unmatched is a miss (`fn`). A prediction matched to an optional gold row
//!   is consumed and counted nowhere (neither `tp` nor `fp`); an optional gold
//!   row left unmatched is not a miss. Optional rows are not counted in
//!   `gold`. Every other unmatched prediction is a false alarm (`fp`).
//!
//! # Languages
//!
//! A gold row's language is its own `lang` field; a prediction's language is
//! its own `lang` field. When a row has no `lang`, the language of its
//! document in the prediction directory's `documents.jsonl` is used (see
//! [`fill_langs`]), else `und`. `tp`, `fn`, `value_ok` and `core_ok` count in
//! the language of the gold row; `fp` and `predicted` in the language of the
//! prediction. Rows in `und` count in the `all` columns only.
//!
//! # Values
//!
//! `value_ok` counts matched **required** gold rows whose every normalized
//! field of the kind is equal in the prediction: money `amount`,
//! `amount_max`, `currency`, `currency_inferred`, `approx`, `conversion`;
//! jobs `count`, `count_max`, `approx`; year `year`, `year_end`, `relation`,
//! `relative`. Fields are compared as JSON values (so `"5380000000000"` and
//! `"5.38e12"`, or `500` and `"500"`, differ), and a field present on one side
//! and absent on the other differs. Following SPEC §4 (fields marked `?` are
//! omitted when empty), `null` is read as absent, and the flags
//! `currency_inferred` and `conversion` written as `false` are read as absent.
//! `core_ok` does the same on the core fields only: money
//! `amount`/`currency`/`amount_max`, jobs `count`/`count_max`, year
//! `year`/`year_end`.
//!
//! # Ratios
//!
//! `precision = tp / (tp + fp)`, `recall = tp / (tp + fn)`,
//! `f1 = 2·tp / (2·tp + fp + fn)` (the harmonic mean of the two). An empty
//! denominator gives 1.0: precision is 1.0 when nothing was predicted (nothing
//! predicted was wrong), recall is 1.0 when there is no gold row (nothing was
//! missed), F1 is 1.0 with neither gold rows nor predictions. So a kind with
//! gold rows and no predictions has precision 1.0, recall 0.0, F1 0.0, and a
//! kind with only false alarms has precision 0.0, recall 1.0, F1 0.0. The
//! value shares `value_ok / tp` and `core_ok / tp` are 1.0 when `tp` is 0.
#![deny(missing_docs)]

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use newsfacts_record::{Kind, Lang, MentionRow};
use serde_json::Value;

/// The normalized value fields compared for each kind, in report order.
pub fn value_fields(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Money => &[
            "amount",
            "amount_max",
            "currency",
            "currency_inferred",
            "approx",
            "conversion",
        ],
        Kind::Jobs => &["count", "count_max", "approx"],
        Kind::Year => &["year", "year_end", "relation", "relative"],
    }
}

/// The core value fields of each kind (a subset of [`value_fields`]).
pub fn core_fields(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Money => &["amount", "currency", "amount_max"],
        Kind::Jobs => &["count", "count_max"],
        Kind::Year => &["year", "year_end"],
    }
}

/// Flags that SPEC §4 writes only when true: `false` reads as absent.
const FLAGS: [&str; 2] = ["currency_inferred", "conversion"];

/// What went wrong while loading gold or predicted mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file is missing or cannot be read.
    Io,
    /// A line is not a valid mention row.
    Malformed,
}

/// A loading error: its kind, the file and line it concerns, and the cause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The file concerned.
    pub path: PathBuf,
    /// The 1-based line number, for a malformed row.
    pub line: Option<usize>,
    /// The cause.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for Error {}

/// One gold or predicted mention, as needed for scoring.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The document id.
    pub doc_id: String,
    /// The kind.
    pub kind: Kind,
    /// The language of the row (`None` when the row has no `lang`; see [`fill_langs`]).
    pub lang: Option<Lang>,
    /// The surface (empty when a prediction has none).
    pub text: String,
    /// Start offset in code points.
    pub start: usize,
    /// End offset (exclusive) in code points.
    pub end: usize,
    /// The normalized value fields of its kind ([`value_fields`]); `None` is absent.
    pub fields: Vec<(&'static str, Option<Value>)>,
    /// True for an optional gold row.
    pub optional: bool,
    /// The 1-based line of the row in its file.
    pub line: usize,
}

impl Mention {
    /// The language, `und` when unknown.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or(Lang::Und)
    }

    /// The value of one field (`None` when absent).
    pub fn field(&self, name: &str) -> Option<&Value> {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_ref())
    }

    /// The length of the intersection of the two spans (0 when disjoint).
    pub fn overlap(&self, other: &Mention) -> usize {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        end.saturating_sub(start)
    }

    /// The names of the given fields whose values differ from `other`'s.
    fn differing(&self, other: &Mention, names: &[&'static str]) -> Vec<&'static str> {
        names
            .iter()
            .copied()
            .filter(|n| self.field(n) != other.field(n))
            .collect()
    }
}

/// Reads the normalized value fields of `kind` from a JSON row.
fn read_fields(
    row: &serde_json::Map<String, Value>,
    kind: Kind,
) -> Vec<(&'static str, Option<Value>)> {
    value_fields(kind)
        .iter()
        .map(|&name| {
            let value = match row.get(name) {
                None | Some(Value::Null) => None,
                Some(Value::Bool(false)) if FLAGS.contains(&name) => None,
                Some(v) => Some(v.clone()),
            };
            (name, value)
        })
        .collect()
}

fn read_lang(row: &serde_json::Map<String, Value>) -> Result<Option<Lang>, String> {
    match row.get("lang") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => serde_json::from_value::<Lang>(v.clone())
            .map(Some)
            .map_err(|_| format!("`lang` must be \"ko\", \"en\" or \"und\", not {v}")),
    }
}

fn read_offset(row: &serde_json::Map<String, Value>, name: &str) -> Result<usize, String> {
    match row.get(name) {
        None => Err(format!("no `{name}`")),
        Some(v) => v
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| format!("`{name}` must be a non-negative integer, not {v}")),
    }
}

/// Parses one gold line strictly: a full `mentions.jsonl` row (SPEC §4) plus
/// `optional` (a boolean) and `note`; `lang` may be missing.
pub fn parse_gold_line(line: &str) -> Result<Mention, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(mut row) = value else {
        return Err("not a JSON object".into());
    };
    let optional = match row.get("optional") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(v) => return Err(format!("`optional` must be true or false, not {v}")),
    };
    let lang = read_lang(&row)?;
    if lang.is_none() {
        // Checked as a full row all the same; the language is filled in later.
        row.insert("lang".into(), Value::String("und".into()));
    }
    let checked: MentionRow = serde_json::from_value(Value::Object(row.clone()))
        .map_err(|e| format!("not a mention row: {e}"))?;
    if checked.end < checked.start {
        return Err(format!(
            "`end` {} is before `start` {}",
            checked.end, checked.start
        ));
    }
    let kind = checked.kind();
    Ok(Mention {
        fields: read_fields(&row, kind),
        doc_id: checked.doc_id,
        kind,
        lang,
        text: checked.text,
        start: checked.start,
        end: checked.end,
        optional,
        line: 0,
    })
}

/// Parses one predicted line. Only `doc_id`, `kind`, `start` and `end` are
/// required (and `lang`, when present, must be a language tag); value fields
/// are taken as they are, so a wrong or missing value is a wrong value, not a
/// malformed row. `optional` is ignored.
pub fn parse_pred_line(line: &str) -> Result<Mention, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(row) = value else {
        return Err("not a JSON object".into());
    };
    let doc_id = match row.get("doc_id") {
        Some(Value::String(s)) => s.clone(),
        Some(v) => return Err(format!("`doc_id` must be a string, not {v}")),
        None => return Err("no `doc_id`".into()),
    };
    let kind = match row.get("kind") {
        None => return Err("no `kind`".into()),
        Some(v) => serde_json::from_value::<Kind>(v.clone())
            .map_err(|_| format!("`kind` must be \"money\", \"jobs\" or \"year\", not {v}"))?,
    };
    let lang = read_lang(&row)?;
    let start = read_offset(&row, "start")?;
    let end = read_offset(&row, "end")?;
    if end < start {
        return Err(format!("`end` {end} is before `start` {start}"));
    }
    let text = match row.get("text") {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    };
    Ok(Mention {
        fields: read_fields(&row, kind),
        doc_id,
        kind,
        lang,
        text,
        start,
        end,
        optional: false,
        line: 0,
    })
}

/// Splits JSONL bytes into `(line number, line)`, skipping blank lines; a
/// leading UTF-8 BOM and CR line ends are accepted.
fn lines(bytes: &[u8], path: &Path) -> Result<Vec<(usize, String)>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut out = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let line = std::str::from_utf8(raw).map_err(|e| Error {
            kind: ErrorKind::Malformed,
            path: path.to_path_buf(),
            line: Some(i + 1),
            message: format!("not UTF-8: {e}"),
        })?;
        if !line.trim().is_empty() {
            out.push((i + 1, line.to_string()));
        }
    }
    Ok(out)
}

fn parse_with(
    bytes: &[u8],
    path: &Path,
    parse: fn(&str) -> Result<Mention, String>,
) -> Result<Vec<Mention>, Error> {
    lines(bytes, path)?
        .into_iter()
        .map(|(n, line)| {
            let mut mention = parse(&line).map_err(|message| Error {
                kind: ErrorKind::Malformed,
                path: path.to_path_buf(),
                line: Some(n),
                message,
            })?;
            mention.line = n;
            Ok(mention)
        })
        .collect()
}

/// Parses gold JSONL ([`parse_gold_line`] per non-blank line); `path` names
/// the file in errors.
pub fn parse_gold(bytes: &[u8], path: &Path) -> Result<Vec<Mention>, Error> {
    parse_with(bytes, path, parse_gold_line)
}

/// Parses predicted JSONL ([`parse_pred_line`] per non-blank line); `path`
/// names the file in errors.
pub fn parse_pred(bytes: &[u8], path: &Path) -> Result<Vec<Mention>, Error> {
    parse_with(bytes, path, parse_pred_line)
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| Error {
        kind: ErrorKind::Io,
        path: path.to_path_buf(),
        line: None,
        message: format!("cannot read: {e}"),
    })
}

/// The `mentions.jsonl` meant by a path: the path itself, or
/// `DIR/mentions.jsonl` when it is a directory.
pub fn mentions_path(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join("mentions.jsonl")
    } else {
        path.to_path_buf()
    }
}

/// Loads gold mentions from a file, or from `DIR/mentions.jsonl`.
pub fn load_gold(path: &Path) -> Result<Vec<Mention>, Error> {
    let path = mentions_path(path);
    parse_gold(&read(&path)?, &path)
}

/// Loads predicted mentions from a file, or from `DIR/mentions.jsonl`.
pub fn load_pred(path: &Path) -> Result<Vec<Mention>, Error> {
    let path = mentions_path(path);
    parse_pred(&read(&path)?, &path)
}

/// Reads document languages (`doc_id` → `lang`) from a `documents.jsonl`.
/// Lines without a string `doc_id` and a valid `lang` are skipped; the
/// second value is the number of lines skipped.
pub fn load_doc_langs(path: &Path) -> Result<(HashMap<String, Lang>, usize), Error> {
    let bytes = read(path)?;
    let mut langs = HashMap::new();
    let mut skipped = 0;
    for raw in bytes.split(|&b| b == b'\n') {
        let Ok(line) = std::str::from_utf8(raw) else {
            skipped += 1;
            continue;
        };
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        let row = serde_json::from_str::<Value>(line).ok();
        let doc = row
            .as_ref()
            .and_then(|r| r.get("doc_id"))
            .and_then(Value::as_str);
        let lang = row
            .as_ref()
            .and_then(|r| r.get("lang"))
            .and_then(|l| serde_json::from_value::<Lang>(l.clone()).ok());
        match (doc, lang) {
            (Some(doc), Some(lang)) => {
                langs.insert(doc.to_string(), lang);
            }
            _ => skipped += 1,
        }
    }
    Ok((langs, skipped))
}

/// Gives every row without `lang` the language of its document, when known.
pub fn fill_langs(mentions: &mut [Mention], doc_langs: &HashMap<String, Lang>) {
    for m in mentions.iter_mut().filter(|m| m.lang.is_none()) {
        m.lang = doc_langs.get(&m.doc_id).copied();
    }
}

/// A kind row of the report: one kind, or all kinds together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KindKey {
    /// One kind.
    Kind(Kind),
    /// All kinds.
    All,
}

impl KindKey {
    /// Every row, in report order.
    pub const ALL: [KindKey; 4] = [
        KindKey::Kind(Kind::Money),
        KindKey::Kind(Kind::Jobs),
        KindKey::Kind(Kind::Year),
        KindKey::All,
    ];

    /// The name used in keys (`money`, `jobs`, `year`, `all`).
    pub fn as_str(self) -> &'static str {
        match self {
            KindKey::Kind(k) => k.as_str(),
            KindKey::All => "all",
        }
    }
}

/// A language column of the report: Korean, English, or all languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LangKey {
    /// Korean.
    Ko,
    /// English.
    En,
    /// All languages (`und` included).
    All,
}

impl LangKey {
    /// Every column, in report order.
    pub const ALL: [LangKey; 3] = [LangKey::Ko, LangKey::En, LangKey::All];

    /// The name used in keys (`ko`, `en`, `all`).
    pub fn as_str(self) -> &'static str {
        match self {
            LangKey::Ko => "ko",
            LangKey::En => "en",
            LangKey::All => "all",
        }
    }

    /// The columns a row in `lang` counts in.
    fn of(lang: Lang) -> &'static [LangKey] {
        match lang {
            Lang::Ko => &[LangKey::Ko, LangKey::All],
            Lang::En => &[LangKey::En, LangKey::All],
            Lang::Und => &[LangKey::All],
        }
    }
}

/// The counts of one cell (kind × language) and the ratios derived from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Required gold rows.
    pub gold: usize,
    /// Predictions (all of them, those consumed by optional rows included).
    pub predicted: usize,
    /// Required gold rows matched.
    pub tp: usize,
    /// Predictions matched to no gold row.
    pub fp: usize,
    /// Required gold rows not matched.
    pub fn_: usize,
    /// Matched required gold rows whose every value field is right.
    pub value_ok: usize,
    /// Matched required gold rows whose core value fields are right.
    pub core_ok: usize,
    /// Optional gold rows matched (their predictions are not counted).
    pub optional_matched: usize,
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

impl Counts {
    /// `tp / (tp + fp)`, 1.0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`, 1.0 when there is no gold row.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// `2·tp / (2·tp + fp + fn)`, 1.0 with no gold row and no prediction.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    /// `value_ok / tp`, 1.0 when nothing matched.
    pub fn value_share(&self) -> f64 {
        ratio(self.value_ok, self.tp)
    }

    /// `core_ok / tp`, 1.0 when nothing matched.
    pub fn core_share(&self) -> f64 {
        ratio(self.core_ok, self.tp)
    }
}

/// A matched pair whose value is wrong: indices into the gold and predicted
/// slices, and the names of the fields that differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrongValue {
    /// Index of the gold row.
    pub gold: usize,
    /// Index of the prediction.
    pub pred: usize,
    /// The value fields that differ.
    pub fields: Vec<&'static str>,
}

/// The result of scoring: counts per cell and the errors behind them.
#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    cells: BTreeMap<(KindKey, LangKey), Counts>,
    /// For each gold row, the index of the prediction it matched.
    pub gold_match: Vec<Option<usize>>,
    /// For each prediction, the index of the gold row it matched.
    pub pred_match: Vec<Option<usize>>,
    /// Indices of required gold rows left unmatched, in gold order.
    pub misses: Vec<usize>,
    /// Indices of predictions matched to no gold row, in prediction order.
    pub false_alarms: Vec<usize>,
    /// Matched required rows with a wrong value, in gold order.
    pub wrong_values: Vec<WrongValue>,
}

impl Evaluation {
    /// The counts of one cell.
    pub fn counts(&self, kind: KindKey, lang: LangKey) -> Counts {
        self.cells.get(&(kind, lang)).copied().unwrap_or_default()
    }

    fn add(&mut self, kind: Kind, lang: Lang, f: impl Fn(&mut Counts)) {
        for &k in &[KindKey::Kind(kind), KindKey::All] {
            for &l in LangKey::of(lang) {
                f(self.cells.entry((k, l)).or_default());
            }
        }
    }
}

/// Assigns predictions to gold rows greedily, by largest overlap first
/// (ties: earliest gold start, earliest prediction start, then line order),
/// among the gold rows in `golds` and the still unmatched predictions.
fn assign(
    gold: &[Mention],
    pred: &[Mention],
    golds: &[usize],
    preds: &[usize],
    gold_match: &mut [Option<usize>],
    pred_match: &mut [Option<usize>],
) {
    let mut pairs = Vec::new();
    for &g in golds {
        for &p in preds {
            let overlap = gold[g].overlap(&pred[p]);
            if overlap > 0 {
                pairs.push((
                    std::cmp::Reverse(overlap),
                    gold[g].start,
                    pred[p].start,
                    g,
                    p,
                ));
            }
        }
    }
    pairs.sort_unstable();
    for (_, _, _, g, p) in pairs {
        if gold_match[g].is_none() && pred_match[p].is_none() {
            gold_match[g] = Some(p);
            pred_match[p] = Some(g);
        }
    }
}

/// The rows of one document and kind: indices of required and optional gold
/// rows and of predictions.
#[derive(Default)]
struct Group {
    required: Vec<usize>,
    optional: Vec<usize>,
    preds: Vec<usize>,
}

/// Scores predictions against gold rows (see the crate docs for the rules).
/// Languages are read as they are: call [`fill_langs`] first to resolve
/// missing ones.
pub fn evaluate(gold: &[Mention], pred: &[Mention]) -> Evaluation {
    let mut groups: BTreeMap<(&str, Kind), Group> = BTreeMap::new();
    for (i, g) in gold.iter().enumerate() {
        let group = groups.entry((g.doc_id.as_str(), g.kind)).or_default();
        if g.optional {
            group.optional.push(i);
        } else {
            group.required.push(i);
        }
    }
    for (i, p) in pred.iter().enumerate() {
        groups
            .entry((p.doc_id.as_str(), p.kind))
            .or_default()
            .preds
            .push(i);
    }
    let mut gold_match = vec![None; gold.len()];
    let mut pred_match = vec![None; pred.len()];
    for Group {
        required,
        optional,
        preds,
    } in groups.values()
    {
        if preds.is_empty() {
            continue;
        }
        let golds: Vec<usize> = required.iter().chain(optional).copied().collect();
        assign(gold, pred, &golds, preds, &mut gold_match, &mut pred_match);
    }

    let mut eval = Evaluation::default();
    // Every cell exists, even when empty.
    for k in KindKey::ALL {
        for l in LangKey::ALL {
            eval.cells.insert((k, l), Counts::default());
        }
    }
    for (i, g) in gold.iter().enumerate() {
        match (g.optional, gold_match[i]) {
            (true, Some(_)) => eval.add(g.kind, g.lang(), |c| c.optional_matched += 1),
            (true, None) => {}
            (false, None) => {
                eval.add(g.kind, g.lang(), |c| {
                    c.gold += 1;
                    c.fn_ += 1;
                });
                eval.misses.push(i);
            }
            (false, Some(p)) => {
                let wrong = g.differing(&pred[p], value_fields(g.kind));
                let core_ok = g.differing(&pred[p], core_fields(g.kind)).is_empty();
                let value_ok = wrong.is_empty();
                eval.add(g.kind, g.lang(), |c| {
                    c.gold += 1;
                    c.tp += 1;
                    c.value_ok += usize::from(value_ok);
                    c.core_ok += usize::from(core_ok);
                });
                if !value_ok {
                    eval.wrong_values.push(WrongValue {
                        gold: i,
                        pred: p,
                        fields: wrong,
                    });
                }
            }
        }
    }
    for (i, p) in pred.iter().enumerate() {
        let unmatched = pred_match[i].is_none();
        eval.add(p.kind, p.lang(), |c| {
            c.predicted += 1;
            c.fp += usize::from(unmatched);
        });
        if unmatched {
            eval.false_alarms.push(i);
        }
    }
    eval.gold_match = gold_match;
    eval.pred_match = pred_match;
    eval
}

/// A minimum F1 for one kind, or for every kind (`--min-f1 [KIND=]X`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Threshold {
    /// The kind, or `None` for every kind.
    pub kind: Option<Kind>,
    /// The minimum F1, in `[0, 1]`.
    pub min: f64,
}

impl std::str::FromStr for Threshold {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let (kind, number) = match s.split_once('=') {
            Some((k, n)) => {
                let kind = Kind::ALL
                    .into_iter()
                    .find(|kind| kind.as_str() == k.trim())
                    .ok_or_else(|| {
                        format!("unknown kind `{}` (expected money, jobs or year)", k.trim())
                    })?;
                (Some(kind), n)
            }
            None => (None, s),
        };
        let min: f64 = number
            .trim()
            .parse()
            .map_err(|_| format!("`{}` is not a number", number.trim()))?;
        if !(0.0..=1.0).contains(&min) {
            return Err(format!("{min} is not between 0 and 1"));
        }
        Ok(Threshold { kind, min })
    }
}

/// A kind below its bar: the kind, its F1 over all languages, and the bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Failure {
    /// The kind.
    pub kind: Kind,
    /// Its F1 over all languages.
    pub f1: f64,
    /// The minimum it was held to.
    pub min: f64,
}

/// The kinds with required gold rows whose F1 over all languages is below
/// their threshold. A threshold for a kind overrides a plain one whatever the
/// order; among several for the same target, the last one counts.
pub fn below_bar(eval: &Evaluation, thresholds: &[Threshold]) -> Vec<Failure> {
    let mut failures = Vec::new();
    for kind in Kind::ALL {
        let min = thresholds
            .iter()
            .rev()
            .find(|t| t.kind == Some(kind))
            .or_else(|| thresholds.iter().rev().find(|t| t.kind.is_none()))
            .map(|t| t.min);
        let counts = eval.counts(KindKey::Kind(kind), LangKey::All);
        if let Some(min) = min {
            if counts.gold > 0 && counts.f1() < min {
                failures.push(Failure {
                    kind,
                    f1: counts.f1(),
                    min,
                });
            }
        }
    }
    failures
}

/// The report as a text table: one line per kind × language.
pub fn format_table(eval: &Evaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<6} {:<4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7} {:>7} {:>7}",
        "kind",
        "lang",
        "gold",
        "pred",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "f1",
        "value",
        "core"
    );
    for k in KindKey::ALL {
        for l in LangKey::ALL {
            let c = eval.counts(k, l);
            let _ = writeln!(
                out,
                "{:<6} {:<4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9.3} {:>7.3} {:>7.3} {:>7.3} {:>7.3}",
                k.as_str(),
                l.as_str(),
                c.gold,
                c.predicted,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1(),
                c.value_share(),
                c.core_share()
            );
        }
    }
    out
}

#[derive(serde::Serialize)]
struct JsonCell {
    tp: usize,
    fp: usize,
    #[serde(rename = "fn")]
    fn_: usize,
    value_ok: usize,
    core_ok: usize,
    gold: usize,
    predicted: usize,
    optional_matched: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    value_share: f64,
    core_share: f64,
}

/// The report as one JSON object keyed `"<kind>/<lang>"`, in table order.
pub fn format_json(eval: &Evaluation) -> String {
    let mut out = String::from("{\n");
    let mut first = true;
    for k in KindKey::ALL {
        for l in LangKey::ALL {
            let c = eval.counts(k, l);
            let cell = JsonCell {
                tp: c.tp,
                fp: c.fp,
                fn_: c.fn_,
                value_ok: c.value_ok,
                core_ok: c.core_ok,
                gold: c.gold,
                predicted: c.predicted,
                optional_matched: c.optional_matched,
                precision: c.precision(),
                recall: c.recall(),
                f1: c.f1(),
                value_share: c.value_share(),
                core_share: c.core_share(),
            };
            let body = serde_json::to_string(&cell).unwrap_or_default();
            if !first {
                out.push_str(",\n");
            }
            first = false;
            let _ = write!(out, "  \"{}/{}\": {}", k.as_str(), l.as_str(), body);
        }
    }
    out.push_str("\n}\n");
    out
}

fn show(v: Option<&Value>) -> String {
    v.map_or_else(|| "-".to_string(), Value::to_string)
}

fn describe(m: &Mention) -> String {
    format!(
        "{} {} [{}..{}) {:?} {}",
        m.doc_id,
        m.kind.as_str(),
        m.start,
        m.end,
        m.text,
        m.lang().as_str()
    )
}

/// Lists up to `n` misses, `n` false alarms and `n` wrong values, with doc
/// ids, spans and surfaces.
pub fn format_errors(eval: &Evaluation, gold: &[Mention], pred: &[Mention], n: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "misses ({}):", eval.misses.len());
    for &g in eval.misses.iter().take(n) {
        let _ = writeln!(out, "  {}", describe(&gold[g]));
    }
    let _ = writeln!(out, "false alarms ({}):", eval.false_alarms.len());
    for &p in eval.false_alarms.iter().take(n) {
        let _ = writeln!(out, "  {}", describe(&pred[p]));
    }
    let _ = writeln!(out, "wrong values ({}):", eval.wrong_values.len());
    for w in eval.wrong_values.iter().take(n) {
        let (g, p) = (&gold[w.gold], &pred[w.pred]);
        let diffs: Vec<String> = w
            .fields
            .iter()
            .map(|f| format!("{f}: gold {} pred {}", show(g.field(f)), show(p.field(f))))
            .collect();
        let _ = writeln!(
            out,
            "  {} (pred [{}..{}) {:?}): {}",
            describe(g),
            p.start,
            p.end,
            p.text,
            diffs.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests;
