//! Lets the browser run other tasks before the app goes on. Starting the app costs the main
//! thread more than its own code: the browser compiles each wasm function the first time it
//! runs. Instantiating with the start, and reading the words with the drawing, made tasks of
//! 55–160 ms with Lighthouse's 4× slower CPU (its "total blocking time" counts every task's
//! time beyond 50 ms); split apart, each stays shorter (docs/performance.md).

use leptos::prelude::window;

/// Resolves in a later task (a zero-delay timer), not in this task's microtasks.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        // Without a timer the promise never resolves and the app never starts, but a window
        // always has timers.
        let _ = window().set_timeout_with_callback(&resolve);
    });
    // The promise cannot be rejected: nothing calls `_reject`.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
