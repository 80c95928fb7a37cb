//! newsfacts-tables: runs a rule table (`tests/tables/<name>.toml`) row by row
//! and reports every failing row at once.
//!
//! A table is a TOML file of `[[row]]` entries, each with a unique `name`.
//! The row type is the caller's; the runner only needs the name. Set
//! `NEWSFACTS_ROWS=substring` to run only rows whose name contains it.
//!
//! ```no_run
//! #[derive(serde::Deserialize)]
//! struct Row { name: String, input: String, expect: usize }
//! impl newsfacts_tables::Named for Row { fn name(&self) -> &str { &self.name } }
//! newsfacts_tables::run::<Row>("tests/tables/example.toml", |row| {
//!     if row.input.len() == row.expect { Ok(()) } else { Err(format!("got {}", row.input.len())) }
//! });
//! ```
#![deny(missing_docs)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

/// A table row: anything with a name.
pub trait Named {
    /// The row's unique name.
    fn name(&self) -> &str;
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File<R> {
    row: Vec<R>,
}

/// The workspace root, found from this crate's manifest directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/tables sits two levels below the root")
        .to_path_buf()
}

/// Resolves a table path relative to the workspace root.
pub fn table_path(path: impl AsRef<Path>) -> PathBuf {
    let path = path.as_ref();
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        workspace_root().join(path)
    }
}

/// Loads the rows of a table, checking that names are unique and non-empty.
/// Panics with the path and the cause when the table cannot be read.
pub fn load<R: DeserializeOwned + Named>(path: impl AsRef<Path>) -> Vec<R> {
    let path = table_path(path);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read table {}: {e}", path.display()));
    let file: File<R> =
        toml::from_str(&text).unwrap_or_else(|e| panic!("bad table {}: {e}", path.display()));
    let mut names = HashSet::new();
    for row in &file.row {
        assert!(
            !row.name().is_empty(),
            "{}: a row has no name",
            path.display()
        );
        assert!(
            names.insert(row.name().to_string()),
            "{}: row name {:?} is used twice",
            path.display(),
            row.name()
        );
    }
    file.row
}

/// Runs `check` on every row of the table (filtered by `NEWSFACTS_ROWS`) and
/// panics listing every failing row with its message. Returns how many rows ran.
pub fn run<R: DeserializeOwned + Named>(
    path: impl AsRef<Path>,
    check: impl Fn(&R) -> Result<(), String>,
) -> usize {
    let path = path.as_ref();
    let rows = load::<R>(path);
    let filter = std::env::var("NEWSFACTS_ROWS").ok();
    let mut ran = 0;
    let mut failures = String::new();
    let mut failed = 0;
    for row in &rows {
        if let Some(f) = &filter {
            if !row.name().contains(f.as_str()) {
                continue;
            }
        }
        ran += 1;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(row)))
            .unwrap_or_else(|_| Err("the check panicked".to_string()));
        if let Err(msg) = outcome {
            failed += 1;
            let _ = writeln!(failures, "--- row {:?}\n{}", row.name(), msg.trim_end());
        }
    }
    if failed > 0 {
        panic!(
            "{failed} of {ran} rows failed in {}:\n{failures}",
            path.display()
        );
    }
    ran
}
