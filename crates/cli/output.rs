//! Output: the three JSONL files, written under temporary names in the output
//! folder and renamed into place only when the run is complete, and the
//! ordered writer that puts per-document results back in input order through
//! a bounded window.

use std::collections::BTreeMap;
use std::io::{IoSlice, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, TryLockError};

use tempfile::NamedTempFile;

use crate::document::Output;

/// Prefix of the temporary files in the output folder.
const TMP_PREFIX: &str = ".newsfacts-tmp-";

/// One output file under construction.
pub struct Pending {
    file: NamedTempFile,
    target: PathBuf,
    /// Bytes handed to the file since its last early sync.
    unsynced: u64,
}

/// After this many bytes a file's data is sent to disk in the background
/// ([`Syncer`]), so that the fsync before the final rename has little left:
/// at 32 MB the last one still kept `--jobs 2` idle for 0.04 s of a 0.89 s
/// run on the 100 MB bench corpus; at 2 MB the syncs cost more CPU.
const SYNC_EVERY: u64 = 8 << 20;

/// A thread that writes the output files' data to disk while the run goes
/// on. A request is dropped when one is already waiting: it only saves time
/// at the end, where [`Outputs::commit`] syncs every file in full anyway.
struct Syncer {
    requests: Option<std::sync::mpsc::SyncSender<std::fs::File>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Syncer {
    fn start() -> Syncer {
        let (tx, rx) = std::sync::mpsc::sync_channel::<std::fs::File>(1);
        let thread = std::thread::Builder::new()
            .name("newsfacts-sync".into())
            .spawn(move || {
                for file in rx {
                    // An error here shows again in the final sync, which reports it.
                    let _ = file.sync_data();
                }
            })
            .ok();
        Syncer {
            requests: thread.as_ref().map(|_| tx),
            thread,
        }
    }

    /// Asks for `pending`'s data so far to be written to disk, if the thread
    /// is free; never blocks.
    fn request(&self, pending: &mut Pending) -> std::io::Result<()> {
        let Some(tx) = &self.requests else {
            return Ok(());
        };
        pending.unsynced = 0;
        if let Ok(file) = pending.file.as_file().try_clone() {
            let _ = tx.try_send(file);
        }
        Ok(())
    }

    /// Waits for the sync in progress, if any.
    fn finish(&mut self) {
        self.requests = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Pending {
    fn create(dir: &Path, name: &str) -> std::io::Result<Pending> {
        let prefix = format!("{TMP_PREFIX}{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix);
        // Output files are ordinary data files, readable by all (umask applies).
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
        let tmp = builder.tempfile_in(dir)?;
        Ok(Pending {
            file: tmp,
            target: dir.join(name),
            unsynced: 0,
        })
    }

    fn commit(self) -> std::io::Result<()> {
        self.file.as_file().sync_all()?;
        self.file.persist(&self.target).map_err(|e| e.error)?;
        Ok(())
    }
}

/// The output files of one run.
pub struct Outputs {
    /// `documents.jsonl`.
    pub documents: Pending,
    /// `mentions.jsonl`.
    pub mentions: Pending,
    /// `sentences.jsonl`, with `--sentences`.
    pub sentences: Option<Pending>,
    dir: PathBuf,
    syncer: Syncer,
}

impl Outputs {
    /// Creates the output folder if needed and the temporary files in it.
    /// Fails before any work when the folder cannot be written.
    pub fn create(dir: &Path, sentences: bool) -> Result<Outputs, String> {
        let why = |e: std::io::Error| {
            format!(
                "output folder {}: {}",
                dir.display(),
                crate::input::describe_io(&e)
            )
        };
        std::fs::create_dir_all(dir).map_err(why)?;
        remove_stale_temporaries(dir);
        Ok(Outputs {
            documents: Pending::create(dir, "documents.jsonl").map_err(why)?,
            mentions: Pending::create(dir, "mentions.jsonl").map_err(why)?,
            sentences: if sentences {
                Some(Pending::create(dir, "sentences.jsonl").map_err(why)?)
            } else {
                None
            },
            dir: dir.to_path_buf(),
            syncer: Syncer::start(),
        })
    }

    /// The temporary files of this run, to remove when it is interrupted.
    pub fn temp_paths(&self) -> Vec<PathBuf> {
        let mut paths = vec![
            self.documents.file.path().to_path_buf(),
            self.mentions.file.path().to_path_buf(),
        ];
        if let Some(s) = &self.sentences {
            paths.push(s.file.path().to_path_buf());
        }
        paths
    }

    /// Appends a batch's rows to the files, with one vectored write per file
    /// (no copy into a buffer of our own: a batch is tens of kilobytes).
    fn write(&mut self, batch: &[Output]) -> std::io::Result<()> {
        let syncer = &self.syncer;
        let put = |p: &mut Pending, part: fn(&Output) -> &[u8]| {
            let bufs: Vec<&[u8]> = batch.iter().map(part).filter(|b| !b.is_empty()).collect();
            write_all_vectored(p.file.as_file_mut(), &bufs)?;
            p.unsynced += bufs.iter().map(|b| b.len() as u64).sum::<u64>();
            if p.unsynced >= SYNC_EVERY {
                syncer.request(p)?;
            }
            Ok::<(), std::io::Error>(())
        };
        put(&mut self.documents, |o| &o.documents)?;
        put(&mut self.mentions, |o| &o.mentions)?;
        if let Some(s) = &mut self.sentences {
            put(s, |o| &o.sentences)?;
        }
        Ok(())
    }

    /// Renames every file into place, `documents.jsonl` last. Without
    /// `--sentences`, a `sentences.jsonl` left by an earlier run is removed,
    /// since it would no longer match the other files.
    pub fn commit(mut self) -> std::io::Result<()> {
        self.syncer.finish();
        match self.sentences {
            Some(s) => s.commit()?,
            None => match std::fs::remove_file(self.dir.join("sentences.jsonl")) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            },
        }
        self.mentions.commit()?;
        self.documents.commit()
    }
}

/// Writes all of `bufs` in order: one `writev`, then whatever it left, if
/// anything, one buffer at a time.
fn write_all_vectored(file: &mut std::fs::File, bufs: &[&[u8]]) -> std::io::Result<()> {
    let slices: Vec<IoSlice> = bufs.iter().map(|b| IoSlice::new(b)).collect();
    let mut done = loop {
        match file.write_vectored(&slices) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => break r?,
        }
    };
    for b in bufs {
        if done >= b.len() {
            done -= b.len();
        } else {
            file.write_all(&b[done..])?;
            done = 0;
        }
    }
    Ok(())
}

/// Removes temporary files a killed earlier run left behind.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(TMP_PREFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Running totals of a run.
#[derive(Default, Clone, Copy)]
pub struct Totals {
    /// Documents written.
    pub docs: usize,
    /// Error rows among them.
    pub errors: usize,
    /// Sentences.
    pub sentences: usize,
    /// Mentions per kind (money, jobs, year).
    pub kinds: [usize; 3],
    /// Input bytes.
    pub bytes: u64,
}

/// The bounded reordering window: the reader may hand out batch `seq` only
/// while `seq < written + size`, so at most `size` batches of documents are
/// in flight or waiting, whatever the corpus size.
pub struct Window {
    written: Mutex<u64>,
    moved: Condvar,
    size: u64,
}

impl Window {
    /// A window of `size` batches.
    pub fn new(size: u64) -> Window {
        Window {
            written: Mutex::new(0),
            moved: Condvar::new(),
            size,
        }
    }

    /// Blocks until batch `seq` may be dispatched.
    pub fn wait_for(&self, seq: u64) {
        let mut written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        while seq >= *written + self.size {
            written = self.moved.wait(written).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Blocks until `count` batches are written.
    fn wait_written(&self, count: u64) {
        let mut written = lock(&self.written);
        while *written < count {
            written = self.moved.wait(written).unwrap_or_else(|e| e.into_inner());
        }
    }

    fn advance(&self, to: u64) {
        *self.written.lock().unwrap_or_else(|e| e.into_inner()) = to;
        self.moved.notify_all();
    }
}

/// Takes batches of results in any order and writes them in `seq` order,
/// on the worker threads: the worker that hands over the batch that is next
/// in order writes it, and every later batch already waiting, while the
/// other workers go on with their own. So rows are mostly copied into the
/// files by the core that just made them; a writer thread of its own read
/// them from the other core's cache (its CPU time was 159 ms against 94 ms
/// with all threads on one core, on the 100 MB bench corpus at `--jobs 2`).
pub struct Sink<H> {
    window: Window,
    /// Batches handed over and not yet written, by `seq`.
    waiting: Mutex<BTreeMap<u64, Vec<Output>>>,
    /// The `seq` of the next batch to write; changed only by the writer.
    next: AtomicU64,
    /// Held by the worker that is writing; taken by [`Sink::finish`].
    writer: Mutex<Option<Writer<H>>>,
    /// Tests widen the race this pause sits in: between the writer's last
    /// look at the waiting batches and its unlocking.
    #[cfg(test)]
    pause: std::time::Duration,
}

/// What the writing worker holds: the files, the totals, the first write
/// error, and the hook that sees (and may replace) each document's result
/// just before it is written.
pub struct Writer<H> {
    /// The output files.
    pub outputs: Outputs,
    /// Totals of what was written.
    pub totals: Totals,
    /// The first write error; nothing is written after it.
    pub failure: Option<std::io::Error>,
    /// Called on each result in order.
    pub hook: H,
}

impl<H: FnMut(&mut Output)> Writer<H> {
    fn write(&mut self, mut batch: Vec<Output>) {
        for out in &mut batch {
            (self.hook)(out);
        }
        if self.failure.is_none() {
            if let Err(e) = self.outputs.write(&batch) {
                self.failure = Some(e);
            }
        }
        let totals = &mut self.totals;
        for out in &batch {
            totals.docs += out.docs;
            totals.errors += out.errors;
            totals.sentences += out.sentence_count;
            for k in 0..3 {
                totals.kinds[k] += out.kinds[k];
            }
            totals.bytes += out.bytes;
        }
        Output::recycle(batch);
    }
}

impl<H: FnMut(&mut Output)> Sink<H> {
    /// A sink writing to `outputs`, with a window of `window` batches.
    pub fn new(outputs: Outputs, window: u64, hook: H) -> Sink<H> {
        Sink {
            window: Window::new(window),
            waiting: Mutex::new(BTreeMap::new()),
            next: AtomicU64::new(0),
            writer: Mutex::new(Some(Writer {
                outputs,
                totals: Totals::default(),
                failure: None,
                hook,
            })),
            #[cfg(test)]
            pause: std::time::Duration::ZERO,
        }
    }

    /// The reordering window batches are dispatched through.
    pub fn window(&self) -> &Window {
        &self.window
    }

    /// Hands over batch `seq`, and writes it and the batches after it that
    /// are waiting, unless another worker is writing: that one will.
    pub fn deliver(&self, seq: u64, batch: Vec<Output>) {
        lock(&self.waiting).insert(seq, batch);
        loop {
            let mut guard = match self.writer.try_lock() {
                Ok(g) => g,
                Err(TryLockError::Poisoned(e)) => e.into_inner(),
                Err(TryLockError::WouldBlock) => return,
            };
            let Some(writer) = guard.as_mut() else {
                return;
            };
            loop {
                let next = self.next.load(Ordering::Acquire);
                let Some(batch) = lock(&self.waiting).remove(&next) else {
                    break;
                };
                writer.write(batch);
                self.next.store(next + 1, Ordering::Release);
                self.window.advance(next + 1);
            }
            #[cfg(test)]
            std::thread::sleep(self.pause);
            drop(guard);
            // A batch handed over while this worker held the writer found it
            // busy and left it waiting: look again now that it is free.
            let next = self.next.load(Ordering::Acquire);
            if !lock(&self.waiting).contains_key(&next) {
                return;
            }
        }
    }

    /// Waits until `batches` batches are written, then gives back the writer.
    pub fn finish(&self, batches: u64) -> Option<Writer<H>> {
        self.window.wait_written(batches);
        lock(&self.writer).take()
    }
}

/// Locks `m`, also after a panic on another thread (the data stays usable).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;
    use std::time::Duration;

    /// A batch of one document whose `documents` row is its number.
    fn batch(seq: u64) -> Vec<Output> {
        vec![Output {
            documents: format!("{seq}\n").into_bytes(),
            docs: 1,
            ..Output::default()
        }]
    }

    /// Four threads hand over 100,000 batches out of order, with random
    /// pauses; every batch must be written once, in order, and `finish`
    /// must return (a lost wake-up would leave a batch waiting for ever).
    #[test]
    fn batches_handed_over_out_of_order_are_all_written_in_order() {
        const BATCHES: u64 = 100_000;
        let dir = tempfile::tempdir().unwrap();
        let outputs = Outputs::create(dir.path(), false).unwrap();
        let hooked = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&hooked);
        let sink = Arc::new(Sink::new(outputs, BATCHES, move |_: &mut Output| {
            counter.fetch_add(1, Ordering::Relaxed);
        }));
        let taken = Arc::new(AtomicU64::new(0));
        let threads: Vec<_> = (0..4u64)
            .map(|t| {
                let (sink, taken) = (Arc::clone(&sink), Arc::clone(&taken));
                std::thread::spawn(move || {
                    let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ t;
                    loop {
                        let seq = taken.fetch_add(1, Ordering::Relaxed);
                        if seq >= BATCHES {
                            break;
                        }
                        // xorshift: a pause of 0 to 3 yields, more often none.
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        for _ in 0..(state % 8).saturating_sub(4) {
                            std::thread::yield_now();
                        }
                        sink.deliver(seq, batch(seq));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = Arc::clone(&sink);
        std::thread::spawn(move || {
            let _ = tx.send(waiter.finish(BATCHES));
        });
        let writer = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("every batch written")
            .expect("the writer is there");
        assert!(writer.failure.is_none());
        assert_eq!(writer.totals.docs, BATCHES as usize);
        assert_eq!(hooked.load(Ordering::Relaxed), BATCHES as usize);
        writer.outputs.commit().unwrap();
        let written = std::fs::read_to_string(dir.path().join("documents.jsonl")).unwrap();
        let want: String = (0..BATCHES).map(|s| format!("{s}\n")).collect();
        assert!(written == want, "batches written out of order or twice");
    }

    /// The end of a run is where a lost wake-up would strand a batch. The
    /// writer of batch 0 pauses between its last look at the waiting batches
    /// and its unlocking, and batch 1, the last, is handed over during that
    /// pause: it finds the writer busy and leaves. Only the writer's look
    /// after unlocking writes it (without that look, this test fails).
    #[test]
    fn the_last_batch_handed_over_while_another_writes_is_written() {
        let dir = tempfile::tempdir().unwrap();
        for round in 0..20 {
            let outputs = Outputs::create(dir.path(), false).unwrap();
            let mut sink = Sink::new(outputs, 2, |_: &mut Output| {});
            sink.pause = Duration::from_millis(5);
            let sink = Arc::new(sink);
            let first = {
                let sink = Arc::clone(&sink);
                std::thread::spawn(move || sink.deliver(0, batch(0)))
            };
            std::thread::sleep(Duration::from_millis(1));
            sink.deliver(1, batch(1));
            first.join().unwrap();
            let (tx, rx) = std::sync::mpsc::channel();
            let waiter = Arc::clone(&sink);
            std::thread::spawn(move || {
                let _ = tx.send(waiter.finish(2).map(|w| w.totals.docs));
            });
            let docs = rx.recv_timeout(Duration::from_secs(20));
            assert_eq!(
                docs,
                Ok(Some(2)),
                "round {round}: the last batch was never written"
            );
        }
    }

    /// `write_all_vectored` writes every buffer once, in order, empty ones
    /// included, also past the 1,024 buffers one `writev` takes.
    #[test]
    fn vectored_writes_keep_every_byte_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v");
        let mut file = std::fs::File::create(&path).unwrap();
        let parts: Vec<Vec<u8>> = (0..3000)
            .map(|i| vec![b'a' + (i % 26) as u8; i % 7])
            .collect();
        let bufs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
        write_all_vectored(&mut file, &bufs).unwrap();
        drop(file);
        assert_eq!(std::fs::read(&path).unwrap(), parts.concat());
    }
}
