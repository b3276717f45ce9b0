//! A message that appears because of what the person just did (an error summary, "not
//! sent") is where they look next: it is brought to the top of the window and focused, so
//! a person who pressed a button at the bottom of a long page on a phone sees it, and a
//! screen reader reads it (GOV.UK error summary pattern).

use leptos::{html, prelude::*};

/// Each time `message` holds a newly drawn element, scrolls it to the top of the window and
/// focuses it. The element needs `tabindex="-1"` to take focus.
pub fn focus_on_arrival(message: NodeRef<html::Div>) {
    Effect::new(move |_| {
        if let Some(element) = message.get() {
            // Scrolled first, so that focusing does not scroll again to a different place.
            element.scroll_into_view_with_bool(true);
            // Focus can only fail on a detached element, which is then not shown anyway.
            let _ = element.focus();
        }
    });
}
