//! The page the server sent. When it is complete (`<main data-complete>`: a guide, an
//! outcome, a question), the app leaves it exactly as it is — no second drawing, so nothing
//! moves under the reader and the first paint stays the largest — until the person moves to
//! another page. Anything else (a tool, the portal) is replaced by the app at once.

use std::cell::RefCell;

use leptos::prelude::document;
use navigator_pages::document::{COMPLETE_MARK, MAIN_ID};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// What `<main>` held before the app was mounted in it.
pub struct Prerendered {
    nodes: SendWrapper<RefCell<Vec<web_sys::Node>>>,
    complete: bool,
}

impl Prerendered {
    /// Reads `<main>`; a page that is not complete is removed now, before the app draws.
    pub fn take(main: &web_sys::Element) -> Prerendered {
        let children = main.child_nodes();
        let nodes: Vec<web_sys::Node> = (0..children.length())
            .filter_map(|at| children.item(at))
            .collect();
        let prerendered = Prerendered {
            nodes: SendWrapper::new(RefCell::new(nodes)),
            complete: main.has_attribute(COMPLETE_MARK),
        };
        if !prerendered.complete {
            prerendered.remove();
        }
        prerendered
    }

    /// Whether the app should leave the page as the server sent it. `navigated` is only
    /// asked while the server's page is there: once it is gone, a caller that tracks it does
    /// not draw its page again each time the person moves (a portal form keeps its state
    /// across the steps of its address).
    pub fn is_shown(&self, navigated: impl FnOnce() -> bool) -> bool {
        self.complete && !self.nodes.borrow().is_empty() && !navigated()
    }

    /// Takes the server's page away (the app is about to draw another).
    pub fn remove(&self) {
        for node in self.nodes.borrow_mut().drain(..) {
            if let Some(parent) = node.parent_node() {
                // Removing a child we just found under its parent cannot fail.
                let _ = parent.remove_child(&node);
            }
        }
        if let Some(main) = document().get_element_by_id(MAIN_ID) {
            let _ = main.remove_attribute(COMPLETE_MARK);
        }
    }
}

/// The element the app draws pages in.
pub fn main_element() -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(MAIN_ID)
        .and_then(|main| main.dyn_into().ok())
}
