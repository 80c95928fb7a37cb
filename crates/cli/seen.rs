//! The doc_ids written so far, to refuse a second document with the same id.
//!
//! Exact duplicate detection needs memory that grows with the number of
//! documents; this keeps it to about 20 bytes per document (13 bytes of table
//! at the table's load), well under 0.1% of a typical document's size: a
//! 64-bit hash of the doc_id mapped to the document's number, and the
//! documents' places as runs of consecutive JSONL lines, so that a JSONL file
//! costs a few bytes in all. The table is split in 16 shards that grow one at
//! a time, so growing never holds two copies of the whole table.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The doc_ids seen so far and where each was first seen.
#[derive(Default)]
pub struct SeenIds {
    /// SipHash of the doc_id (fixed keys, so runs are reproducible) to the
    /// document's number in output order. Two different doc_ids whose
    /// hashes collide would be taken for one; at a million documents the
    /// chance of any collision is about 3 in 100 million.
    /// The key is the hash as two `u32`, so that an entry takes 12 bytes,
    /// not 16 with padding; shard `i` holds the hashes whose top bits are `i`.
    ids: [HashMap<[u32; 2], u32, BuildHasherDefault<KeyIsHash>>; SHARDS],
    /// Places of documents `runs[i].first..runs[i + 1].first`: the same path,
    /// line numbers counting up by one (line 0 for a whole file).
    runs: Vec<Run>,
    paths: Vec<String>,
    path_ids: HashMap<String, u32>,
    /// Documents recorded so far.
    count: u32,
}

const SHARDS: usize = 16;

#[derive(Clone, Copy)]
struct Run {
    first: u32,
    path: u32,
    line: u32,
}

impl SeenIds {
    /// Records `doc_id` as seen at `source` (a path, or `path:line` for a
    /// JSONL document) and returns `None`; if it was seen before, records
    /// nothing and returns the earlier document's source.
    pub fn first_seen_at(&mut self, doc_id: &str, source: &str) -> Option<String> {
        let h = hash(doc_id);
        let shard = &mut self.ids[(h >> 60) as usize];
        let key = [(h >> 32) as u32, h as u32];
        if let Some(&n) = shard.get(&key) {
            return Some(self.describe(n));
        }
        let n = self.count;
        // Past 4 billion documents, nothing more is recorded.
        self.count = n.checked_add(1)?;
        shard.insert(key, n);
        self.place(n, source);
        None
    }

    /// Extends the last run when document `n` continues it, else starts one.
    fn place(&mut self, n: u32, source: &str) {
        let (path, line) = match source.rsplit_once(':') {
            Some((p, l)) if !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()) => {
                (p, l.parse::<u32>().unwrap_or(0))
            }
            _ => (source, 0),
        };
        if let Some(last) = self.runs.last() {
            let continues = self.paths[last.path as usize] == path
                && line != 0
                && u64::from(last.line) + u64::from(n - last.first) == u64::from(line);
            if continues {
                return;
            }
        }
        let path = match self.path_ids.get(path) {
            Some(&id) => id,
            None => {
                let id = self.paths.len() as u32;
                self.paths.push(path.to_string());
                self.path_ids.insert(path.to_string(), id);
                id
            }
        };
        self.runs.push(Run {
            first: n,
            path,
            line,
        });
    }

    fn describe(&self, n: u32) -> String {
        let i = self.runs.partition_point(|r| r.first <= n);
        let Some(run) = i.checked_sub(1).and_then(|i| self.runs.get(i)) else {
            return "?".to_string();
        };
        let path = self
            .paths
            .get(run.path as usize)
            .map_or("?", String::as_str);
        if run.line == 0 {
            path.to_string()
        } else {
            format!("{path}:{}", u64::from(run.line) + u64::from(n - run.first))
        }
    }
}

fn hash(doc_id: &str) -> u64 {
    use std::hash::Hash;
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new_with_keys(0x6e65_7773, 0x6661_6374);
    doc_id.hash(&mut h);
    h.finish()
}

/// The table's keys are already SipHash values: hashing them again is waste.
/// A key hashes to its own 64 bits, shifted in as written.
#[derive(Default)]
struct KeyIsHash(u64);

impl Hasher for KeyIsHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 << 32) | u64::from(n);
    }

    /// The slice length `[u32; 2]` hashes first carries nothing.
    fn write_usize(&mut self, _: usize) {}
}

#[cfg(test)]
mod tests {
    use super::SeenIds;

    #[test]
    fn a_second_doc_id_names_the_first_place() {
        let mut seen = SeenIds::default();
        let rows = [
            ("a", "in/x.jsonl:1", None),
            ("b", "in/x.jsonl:2", None),
            ("c", "in/x.jsonl:4", None),
            ("d", "in/y.txt", None),
            ("e", "in/x.jsonl:5", None),
            ("b", "in/x.jsonl:6", Some("in/x.jsonl:2")),
            ("c", "in/z.jsonl:1", Some("in/x.jsonl:4")),
            ("d", "in/x.jsonl:7", Some("in/y.txt")),
            ("e", "in/z.jsonl:2", Some("in/x.jsonl:5")),
            ("a", "in/y.txt", Some("in/x.jsonl:1")),
            ("f", "in/a:b.txt", None),
            ("f", "in/y.txt", Some("in/a:b.txt")),
            ("g", "in/w.jsonl:10", None),
            ("h", "in/w.jsonl:11", None),
            ("h", "in/w.jsonl:12", Some("in/w.jsonl:11")),
            ("i", "in/w.jsonl:13", None),
            ("i", "in/w.jsonl:14", Some("in/w.jsonl:13")),
            ("g", "in/w.jsonl:15", Some("in/w.jsonl:10")),
        ];
        for (id, source, first) in rows {
            assert_eq!(
                seen.first_seen_at(id, source).as_deref(),
                first,
                "{id} at {source}"
            );
        }
    }

    #[test]
    fn a_long_jsonl_file_is_one_run() {
        let mut seen = SeenIds::default();
        for line in 1..=10_000u32 {
            assert_eq!(
                seen.first_seen_at(&format!("id{line}"), &format!("big.jsonl:{line}")),
                None
            );
        }
        assert_eq!(seen.runs.len(), 1);
        assert_eq!(
            seen.first_seen_at("id9999", "other.jsonl:1").as_deref(),
            Some("big.jsonl:9999")
        );
    }
}
