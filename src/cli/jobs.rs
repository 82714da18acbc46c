//! Parallel work over a list of inputs with the output kept in input order.
//!
//! Input: a number of worker threads, a count of items, a work function (item index →
//! result) and an emit function called with each result in index order. Algorithm:
//! scoped std threads take the next index from an atomic counter and send
//! `(index, result)` over a channel; the calling thread buffers early arrivals in a
//! map and emits every result as soon as all earlier ones are out. Limits: results
//! that arrive ahead of a slow item wait in memory; `emit` returning `false` stops
//! the workers after their current item.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// Runs `work(i)` for every `i < count` on `jobs` threads (at least one) and calls
/// `emit(i, result)` in increasing `i`. Stops early when `emit` returns `false`.
pub fn run_ordered<T, W, E>(jobs: usize, count: usize, work: W, mut emit: E)
where
    T: Send,
    W: Fn(usize) -> T + Sync,
    E: FnMut(usize, T) -> bool,
{
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, T)>();
        for _ in 0..jobs.clamp(1, count.max(1)) {
            let (tx, next, stop, work) = (tx.clone(), &next, &stop, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count || stop.load(Ordering::Relaxed) || tx.send((i, work(i))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0;
        for (i, result) in rx {
            pending.insert(i, result);
            while let Some(result) = pending.remove(&want) {
                if !emit(want, result) {
                    stop.store(true, Ordering::Relaxed);
                    return;
                }
                want += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::run_ordered;

    #[test]
    fn keeps_input_order_whatever_the_finishing_order() {
        for jobs in [1, 2, 4, 9] {
            let mut seen = Vec::new();
            run_ordered(
                jobs,
                8,
                |i| {
                    // Early items finish last.
                    std::thread::sleep(std::time::Duration::from_millis(8 - i as u64));
                    i * 10
                },
                |i, r| {
                    seen.push((i, r));
                    true
                },
            );
            let want: Vec<_> = (0..8).map(|i| (i, i * 10)).collect();
            assert_eq!(seen, want, "jobs={jobs}");
        }
    }

    #[test]
    fn stops_when_emit_says_so_and_handles_no_items() {
        let mut n = 0;
        run_ordered(
            2,
            100,
            |i| i,
            |_, _| {
                n += 1;
                n < 3
            },
        );
        assert_eq!(n, 3);
        run_ordered(3, 0, |i| i, |_, _| unreachable!());
    }
}
