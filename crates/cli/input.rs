//! Input: folders (recursive), single files, or `-` for JSONL on standard
//! input, planned into sources in the fixed order of SPEC §2, then read as a
//! stream of documents.
//!
//! A `*.txt` file is one document whose `doc_id` is its path relative to the
//! INPUT folder without the extension (a file named directly: its name without
//! the extension). A `*.jsonl` file holds one document per line; a document's
//! `doc_id` is its `id`, or `<file doc_id>:<line>` when it has none. Files are
//! ordered by `doc_id` (then path), standard input comes last; the documents
//! of one JSONL file keep their line order.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where a source's bytes come from.
#[derive(Clone, Debug)]
pub enum Origin {
    /// A file on disk.
    Path(PathBuf),
    /// Standard input.
    Stdin,
}

/// One input source: a text file (one document) or a JSONL stream.
#[derive(Clone, Debug)]
pub struct Source {
    /// The source's own id (for a JSONL file, the prefix of fallback doc ids).
    pub doc_id: String,
    /// Where the bytes are.
    pub origin: Origin,
    /// True for JSONL (one document per line).
    pub jsonl: bool,
    /// Size in bytes when known, for the progress bar.
    pub size: u64,
}

impl Source {
    /// The path as shown in rows and messages (`-` for standard input).
    pub fn label(&self) -> String {
        match &self.origin {
            Origin::Path(p) => p.display().to_string(),
            Origin::Stdin => "-".to_string(),
        }
    }
}

/// A problem met while walking the input folders that is not a document
/// (a symlink loop, an unreadable folder): reported, never fatal.
#[derive(Debug)]
pub struct WalkWarning(pub String);

/// Turns the INPUT arguments into ordered sources. Fails (exit 2) when an
/// input path does not exist or is neither a file nor a folder.
pub fn plan(inputs: &[PathBuf]) -> Result<(Vec<Source>, Vec<WalkWarning>), String> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut stdin = false;
    for input in inputs {
        if input.as_os_str() == "-" {
            if stdin {
                return Err("standard input `-` is named twice".into());
            }
            stdin = true;
            continue;
        }
        let meta = std::fs::metadata(input)
            .map_err(|e| format!("input {}: {}", input.display(), describe_io(&e)))?;
        if meta.is_dir() {
            walk(input, &mut files, &mut warnings);
        } else if meta.is_file() {
            let jsonl = has_ext(input, "jsonl");
            let stem = input
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(Source {
                doc_id: stem,
                origin: Origin::Path(input.clone()),
                jsonl,
                size: meta.len(),
            });
        } else {
            return Err(format!(
                "input {}: not a regular file or folder",
                input.display()
            ));
        }
    }
    files.sort_by(|a, b| {
        a.doc_id
            .cmp(&b.doc_id)
            .then_with(|| a.label().cmp(&b.label()))
    });
    if stdin {
        files.push(Source {
            doc_id: "stdin".into(),
            origin: Origin::Stdin,
            jsonl: true,
            size: 0,
        });
    }
    Ok((files, warnings))
}

fn has_ext(path: &Path, ext: &str) -> bool {
    path.extension().is_some_and(|e| e == ext)
}

fn walk(root: &Path, out: &mut Vec<Source>, warnings: &mut Vec<WalkWarning>) {
    for entry in walkdir::WalkDir::new(root).follow_links(true) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) if e.loop_ancestor().is_none() && is_document_link(e.path()) => {
                // A `*.txt`/`*.jsonl` symlink whose target is gone is a
                // document that cannot be read: it gets an error row.
                if let Some(path) = e.path() {
                    out.push(source_of(root, path, 0));
                }
                continue;
            }
            Err(e) => {
                let what = match e.loop_ancestor() {
                    Some(a) => format!("symlink loop back to {}", a.display()),
                    None => e
                        .io_error()
                        .map(describe_io)
                        .unwrap_or_else(|| e.to_string()),
                };
                let path = e
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                warnings.push(WalkWarning(format!("skipped {path}: {what}")));
                continue;
            }
        };
        let path = entry.path();
        if !entry.file_type().is_file() {
            // A named pipe, socket or device called `*.txt` is never read
            // (it could block forever), but it is not skipped silently.
            if !entry.file_type().is_dir() && (has_ext(path, "txt") || has_ext(path, "jsonl")) {
                warnings.push(WalkWarning(format!(
                    "skipped {}: not a regular file",
                    path.display()
                )));
            }
            continue;
        }
        if !(has_ext(path, "jsonl") || has_ext(path, "txt")) {
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(source_of(root, path, size));
    }
}

/// The source of a document file found under `root`.
fn source_of(root: &Path, path: &Path, size: u64) -> Source {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    let doc_id = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Source {
        doc_id,
        origin: Origin::Path(path.to_path_buf()),
        jsonl: has_ext(path, "jsonl"),
        size,
    }
}

/// A `*.txt` or `*.jsonl` path that is a symlink.
fn is_document_link(path: Option<&Path>) -> bool {
    path.is_some_and(|p| {
        (has_ext(p, "txt") || has_ext(p, "jsonl"))
            && std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
    })
}

/// An I/O error in plain words.
pub fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    // Linux errno values of errors whose ErrorKind is newer than our MSRV.
    const ENOTDIR: i32 = 20;
    const EISDIR: i32 = 21;
    const ENOSPC: i32 = 28;
    const EROFS: i32 = 30;
    const ELOOP: i32 = 40;
    match (e.kind(), e.raw_os_error()) {
        (NotFound, _) => "no such file or folder".into(),
        (PermissionDenied, _) => "permission denied".into(),
        (AlreadyExists, _) => "exists and is not a folder".into(),
        (_, Some(ENOTDIR)) => "a part of the path is a file, not a folder".into(),
        (_, Some(EISDIR)) => "is a folder".into(),
        (_, Some(ENOSPC)) => "no space left on the device".into(),
        (_, Some(EROFS)) => "read-only file system".into(),
        (_, Some(ELOOP)) => "too many levels of symbolic links".into(),
        _ => e.to_string(),
    }
}

/// Why a source could not be read, naming a dangling symlink as such.
pub fn describe_read(origin: &Origin, e: &std::io::Error) -> String {
    if let Origin::Path(p) = origin {
        if e.kind() == std::io::ErrorKind::NotFound {
            if let Ok(target) = std::fs::read_link(p) {
                return format!("dangling symlink to {}", target.display());
            }
        }
    }
    describe_io(e)
}

/// Reads a whole source (a text file).
pub fn read_all(origin: &Origin) -> std::io::Result<Vec<u8>> {
    match origin {
        Origin::Path(p) => std::fs::read(p),
        Origin::Stdin => {
            let mut v = Vec::new();
            std::io::stdin().lock().read_to_end(&mut v)?;
            Ok(v)
        }
    }
}

/// Opens a JSONL source for reading line by line.
pub fn open_lines(origin: &Origin) -> std::io::Result<Box<dyn BufRead + Send>> {
    Ok(match origin {
        Origin::Path(p) => Box::new(BufReader::with_capacity(1 << 16, File::open(p)?)),
        Origin::Stdin => Box::new(BufReader::with_capacity(1 << 16, std::io::stdin())),
    })
}
