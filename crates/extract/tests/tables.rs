//! The mention rule tables: `tests/tables/<kind>.<lang>.toml`.
//!
//! Each row is a sentence and the exact list of mentions of the table's kind
//! it must yield (other kinds are ignored). `expect = []` is a negative row.
//! An expectation lists `text` and every normalized field of the record
//! (`amount`, `currency`, `approx`, …); fields it leaves out must be absent,
//! except `year`, whose absence means `year: null` (TOML has no null).
//! `date = "YYYY-MM-DD"` sets the reference date for relative years.
//! Run one row with `NEWSFACTS_ROWS=<part of its name> cargo test -p newsfacts-extract --test tables`.

use newsfacts_extract::{extract, Context};
use newsfacts_record::{Kind, Lang, MentionRow};
use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    name: String,
    input: String,
    #[serde(default)]
    date: Option<String>,
    expect: Vec<toml::Table>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

impl newsfacts_tables::Named for Row {
    fn name(&self) -> &str {
        &self.name
    }
}

/// Kinds × languages; the coverage test fails while one has no table with
/// both positive and negative rows and at least this many rows.
const MIN_ROWS: [(Kind, usize); 3] = [(Kind::Money, 250), (Kind::Jobs, 200), (Kind::Year, 200)];

/// Tables not built yet, listed so that their absence is never silent.
/// Remove an entry when its issue lands.
const EXPECTED_MISSING: &[(&str, &str)] = &[];

fn table(kind: Kind, lang: Lang) -> std::path::PathBuf {
    newsfacts_tables::table_path(format!(
        "tests/tables/{}.{}.toml",
        kind.as_str(),
        lang.as_str()
    ))
}

/// The record fields compared by a table row: the row minus position and context.
fn fields(row: &MentionRow) -> Map<String, Value> {
    let Value::Object(mut map) = serde_json::to_value(row).expect("rows serialize") else {
        unreachable!("a mention row is an object")
    };
    for key in ["doc_id", "sentence", "kind", "lang", "start", "end"] {
        map.remove(key);
    }
    map
}

fn expected(kind: Kind, t: &toml::Table) -> Map<String, Value> {
    let Value::Object(mut map) = serde_json::to_value(t).expect("toml converts to json") else {
        unreachable!()
    };
    if kind == Kind::Year && !map.contains_key("year") {
        map.insert("year".into(), Value::Null);
    }
    map
}

fn reference_year(date: &Option<String>) -> Option<i32> {
    date.as_ref()
        .map(|d| d[..4].parse().expect("date is YYYY-MM-DD"))
}

fn check(kind: Kind, lang: Lang, row: &Row) -> Result<(), String> {
    let ctx = Context {
        reference_year: reference_year(&row.date),
    };
    let found = extract(&row.input, lang, &ctx);
    let mut got = Vec::new();
    for m in found.iter().filter(|m| m.kind() == kind) {
        let surface = row
            .input
            .get(m.start..m.end)
            .ok_or_else(|| format!("span {}..{} is not on char boundaries", m.start, m.end))?;
        let rec = MentionRow {
            doc_id: String::new(),
            sentence: 0,
            lang,
            text: surface.to_string(),
            start: 0,
            end: 0,
            value: m.value.clone(),
        };
        got.push(fields(&rec));
    }
    let want: Vec<_> = row.expect.iter().map(|t| expected(kind, t)).collect();
    if got == want {
        return Ok(());
    }
    let show = |v: &[Map<String, Value>]| {
        if v.is_empty() {
            "  (no mention)\n".to_string()
        } else {
            v.iter()
                .map(|m| format!("  {}\n", Value::Object(m.clone())))
                .collect()
        }
    };
    Err(format!(
        "input:    {}\nexpected:\n{}got:\n{}",
        row.input,
        show(&want),
        show(&got)
    ))
}

fn run(kind: Kind, lang: Lang) {
    let path = table(kind, lang);
    if !path.exists() {
        assert!(
            EXPECTED_MISSING.contains(&(kind.as_str(), lang.as_str())),
            "{} is missing",
            path.display()
        );
        return;
    }
    newsfacts_tables::run::<Row>(&path, |row| check(kind, lang, row));
}

#[test]
fn money_ko() {
    run(Kind::Money, Lang::Ko);
}
#[test]
fn money_en() {
    run(Kind::Money, Lang::En);
}
#[test]
fn jobs_ko() {
    run(Kind::Jobs, Lang::Ko);
}
#[test]
fn jobs_en() {
    run(Kind::Jobs, Lang::En);
}
#[test]
fn year_ko() {
    run(Kind::Year, Lang::Ko);
}
#[test]
fn year_en() {
    run(Kind::Year, Lang::En);
}

#[test]
fn every_language_and_kind_has_a_table_with_positive_and_negative_rows() {
    let mut problems = Vec::new();
    for (kind, min) in MIN_ROWS {
        for lang in [Lang::Ko, Lang::En] {
            let key = (kind.as_str(), lang.as_str());
            let path = table(kind, lang);
            if !path.exists() {
                if !EXPECTED_MISSING.contains(&key) {
                    problems.push(format!("{}: missing", path.display()));
                }
                continue;
            }
            assert!(
                !EXPECTED_MISSING.contains(&key),
                "{} exists: remove {key:?} from EXPECTED_MISSING",
                path.display()
            );
            let rows = newsfacts_tables::load::<Row>(&path);
            let negative = rows.iter().filter(|r| r.expect.is_empty()).count();
            let positive = rows.len() - negative;
            if positive == 0 || negative == 0 {
                problems.push(format!(
                    "{}: {positive} positive and {negative} negative rows",
                    path.display()
                ));
            }
            if rows.len() < min {
                problems.push(format!(
                    "{}: {} rows, at least {min} wanted",
                    path.display(),
                    rows.len()
                ));
            }
            if negative * 3 < rows.len() {
                problems.push(format!(
                    "{}: {negative} of {} rows negative, a third wanted",
                    path.display(),
                    rows.len()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
