//! Work shared out among the machine's cores: the build's steps that run one program or one
//! file at a time (trunk per bundle, brotli per file) otherwise leave a core idle.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::workspace::Result;

/// Runs `work` on every item, one thread per core, each taking the next item not yet taken
/// (so a long item does not hold up a fixed share of short ones). Stops taking new items
/// after the first error, and returns it.
pub fn share_out<T: Sync>(items: &[T], work: impl Fn(&T) -> Result<()> + Sync) -> Result<()> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let worker = || -> Result<()> {
        while !failed.load(Ordering::Relaxed) {
            let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) else {
                return Ok(());
            };
            if let Err(error) = work(item) {
                failed.store(true, Ordering::Relaxed);
                return Err(error);
            }
        }
        Ok(())
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores.min(items.len()))
            .map(|_| scope.spawn(worker))
            .collect();
        workers.into_iter().try_for_each(|worker| {
            worker
                .join()
                .map_err(|_| "a worker thread panicked".to_owned())?
        })
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    #[test]
    fn every_item_is_worked_on_once() {
        let items: Vec<u32> = (0..100).collect();
        let done = Mutex::new(Vec::new());
        share_out(&items, |item| {
            done.lock().unwrap().push(*item);
            Ok(())
        })
        .unwrap();
        let mut done = done.into_inner().unwrap();
        done.sort_unstable();
        assert_eq!(done, items);
    }

    #[test]
    fn an_error_is_returned() {
        let items = [1, 2, 3];
        let result = share_out(&items, |item| {
            if *item == 2 {
                Err("two".to_owned())
            } else {
                Ok(())
            }
        });
        assert_eq!(result, Err("two".to_owned()));
    }
}
