//! newsfacts-local: a value built once and used through one copy per worker
//! thread, for the rules' regexes.
//!
//! A `regex::Regex` keeps its search cache in a pool that hands a lock-free
//! cache to the first thread that searches with it; every other thread
//! takes a lock on each search (about 2.5% of a two-worker run). A
//! [`PerWorker`] regex is compiled once; each worker thread, once it has
//! said which one it is ([`set_worker`]), searches through a clone of its
//! own (a cheap copy that shares the compiled program and owns its cache).
//! Finding the copy costs one thread-local read, not a lookup.
//!
//! ```
//! use newsfacts_local::PerWorker;
//! static DIGITS: PerWorker<String> = PerWorker::new(|| "0123456789".to_string());
//! newsfacts_local::set_worker(Some(3));
//! assert_eq!(DIGITS.len(), 10);
//! ```
#![deny(missing_docs)]

use std::cell::Cell;
use std::ops::Deref;
use std::sync::OnceLock;

/// How many copies a value may have: copy 0 is shared by every thread that
/// is not a worker; workers past `COPIES - 1` share copies with others,
/// which is correct, only slower.
pub const COPIES: usize = 8;

thread_local! {
    /// The copy this thread uses (0 unless [`set_worker`] said otherwise).
    static COPY: Cell<usize> = const { Cell::new(0) };
}

/// Tells which worker the calling thread is (`None`: not a worker), so that
/// it uses a copy of its own of every [`PerWorker`] value. Call it at the
/// start of each worker thread.
pub fn set_worker(index: Option<usize>) {
    let copy = index.map_or(0, |i| 1 + i % (COPIES - 1));
    COPY.with(|c| c.set(copy));
}

/// A value and its copies, one per worker thread that uses it (cloned on
/// that thread's first use). Dereferences to the calling thread's copy.
pub struct Copies<T> {
    shared: T,
    more: [OnceLock<T>; COPIES - 1],
}

impl<T: Clone> Copies<T> {
    /// `value`, to be copied for each worker that uses it.
    pub fn new(value: T) -> Copies<T> {
        Copies {
            shared: value,
            more: [const { OnceLock::new() }; COPIES - 1],
        }
    }

    /// The calling thread's copy.
    #[inline]
    pub fn get(&self) -> &T {
        match COPY.with(Cell::get) {
            0 => &self.shared,
            copy => self.more[copy - 1].get_or_init(|| self.shared.clone()),
        }
    }
}

impl<T: Clone> Deref for Copies<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        self.get()
    }
}

/// A value built by `make` on first use, with [`Copies`] for the worker
/// threads: for a `static`. Dereferences to the calling thread's copy.
pub struct PerWorker<T> {
    make: fn() -> T,
    value: OnceLock<Copies<T>>,
}

impl<T: Clone> PerWorker<T> {
    /// A value that `make` builds when it is first used.
    pub const fn new(make: fn() -> T) -> PerWorker<T> {
        PerWorker {
            make,
            value: OnceLock::new(),
        }
    }

    /// The calling thread's copy, built or cloned on its first use.
    #[inline]
    pub fn get(&self) -> &T {
        self.value.get_or_init(|| Copies::new((self.make)())).get()
    }
}

impl<T: Clone> Deref for PerWorker<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        self.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static BUILT: AtomicUsize = AtomicUsize::new(0);
    static VALUE: PerWorker<Vec<u8>> = PerWorker::new(|| {
        BUILT.fetch_add(1, Ordering::SeqCst);
        vec![1, 2, 3]
    });

    #[test]
    fn built_once_and_copied_per_worker() {
        let addresses: Vec<usize> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..3)
                .map(|i| {
                    s.spawn(move || {
                        set_worker(Some(i));
                        assert_eq!(*VALUE, [1, 2, 3]);
                        VALUE.get() as *const Vec<u8> as usize
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(BUILT.load(Ordering::SeqCst), 1, "make runs once");
        let main = VALUE.get() as *const Vec<u8> as usize;
        let mut all = addresses.clone();
        all.push(main);
        all.sort();
        all.dedup();
        assert_eq!(
            all.len(),
            4,
            "three workers and the main thread, four copies"
        );
    }

    #[test]
    fn workers_past_the_copies_share() {
        std::thread::scope(|s| {
            s.spawn(|| {
                set_worker(Some(0));
                let a = VALUE.get() as *const Vec<u8>;
                set_worker(Some(COPIES - 1));
                let b = VALUE.get() as *const Vec<u8>;
                assert_eq!(a, b, "worker 0 and worker COPIES - 1 share copy 1");
                set_worker(None);
                assert_eq!(*VALUE, [1, 2, 3]);
            });
        });
    }
}
