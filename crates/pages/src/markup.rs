//! HTML for pages that do not change once shown (home, guides, outcomes, search results),
//! built as a string and shown through one view. Each `view!` costs code for its own types
//! in the wasm every visitor downloads; a string builder costs nothing per page
//! (docs/adr/0008-one-bundle-per-section.md). Text and attribute values are always
//! escaped; only the build's own guide HTML goes in raw.

#[derive(Default)]
pub struct Markup(String);

/// The id of a form field named `key` (`role`, `opt.start_date` → `opt-start-date`): what
/// an error summary links to.
pub fn field_id(key: &str) -> String {
    key.replace(['.', '_'], "-")
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// An attribute only when it has a value: `Markup::open` skips an empty name.
pub fn optional<'a>(name: &'a str, value: Option<&'a str>) -> (&'a str, &'a str) {
    value.map_or(("", ""), |value| (name, value))
}

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(4096))
    }

    /// `<tag a="v" …>`; attributes with an empty name are skipped (optional attributes).
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes.iter().filter(|(name, _)| !name.is_empty()) {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape_into(&mut self.0, text);
        self
    }

    /// HTML the build made (guide bodies) or a `Markup` made: trusted, not escaped.
    pub fn raw(&mut self, html: &str) -> &mut Markup {
        self.0.push_str(html);
        self
    }

    /// An element with text content.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Markup {
        self.open(tag, attributes).text(text).close(tag)
    }

    pub fn link(&mut self, href: &str, text: &str) -> &mut Markup {
        self.element("a", &[("href", href)], text)
    }

    pub fn paragraph(&mut self, text: &str) -> &mut Markup {
        self.element("p", &[], text)
    }

    pub fn heading(&mut self, text: &str) -> &mut Markup {
        self.element("h2", &[("class", "heading-m")], text)
    }

    /// A bulleted list of plain items.
    pub fn bullets<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) -> &mut Markup {
        self.open("ul", &[("class", "list list--bullet")]);
        for item in items {
            self.element("li", &[], item);
        }
        self.close("ul")
    }

    /// A list of links, each with a line under it (guides, tools, search results).
    pub fn link_list<'a>(
        &mut self,
        items: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> &mut Markup {
        self.open("ul", &[("class", "link-list")]);
        for (href, title, summary) in items {
            self.open("li", &[("class", "link-list__item")])
                .element("a", &[("href", href), ("class", "link-list__link")], title)
                .element("p", &[("class", "link-list__summary")], summary)
                .close("li");
        }
        self.close("ul")
    }

    /// A checklist people can tick and print.
    pub fn checklist<'a>(
        &mut self,
        id_prefix: &str,
        items: impl IntoIterator<Item = &'a str>,
    ) -> &mut Markup {
        self.open("ul", &[("class", "checklist")]);
        for (i, item) in items.into_iter().enumerate() {
            let id = [id_prefix, "-", &(i + 1).to_string()].concat();
            self.open("li", &[])
                .open(
                    "input",
                    &[
                        ("type", "checkbox"),
                        ("class", "checklist__box"),
                        ("id", &id),
                    ],
                )
                .element(
                    "label",
                    &[("class", "checklist__label"), ("for", &id)],
                    item,
                )
                .close("li");
        }
        self.close("ul")
    }

    /// The print button; the app's click handler acts on `data-action="print"`.
    pub fn print_button(&mut self, label: &str) -> &mut Markup {
        self.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button button--secondary"),
                ("data-action", "print"),
            ],
            label,
        )
    }

    /// Opens a field's `<div class="form-group">`, marked when the field is in error.
    pub fn open_form_group(&mut self, has_error: bool) -> &mut Markup {
        let class = if has_error {
            "form-group form-group--error"
        } else {
            "form-group"
        };
        self.open("div", &[("class", class)])
    }

    /// A field's error message, read out with "Error:" first (GOV.UK).
    pub fn error_message(&mut self, id: &str, prefix: &str, message: &str) -> &mut Markup {
        self.open("p", &[("id", id), ("class", "error-message")])
            .element("span", &[("class", "visually-hidden")], prefix)
            .text(message)
            .close("p")
    }

    /// "There is a problem" with a link to each field (GOV.UK error summary).
    pub fn error_summary(&mut self, title: &str, items: &[(&str, &str)]) -> &mut Markup {
        self.open(
            "div",
            &[
                ("class", "error-summary"),
                ("tabindex", "-1"),
                // A page the server sent with errors (no JavaScript) focuses it too.
                ("autofocus", ""),
                ("aria-labelledby", "error-summary-title"),
            ],
        )
        .element(
            "h2",
            &[
                ("class", "error-summary__title"),
                ("id", "error-summary-title"),
            ],
            title,
        )
        .open("ul", &[("class", "error-summary__list")]);
        for (id, message) in items {
            self.open("li", &[])
                .link(&["#", id].concat(), message)
                .close("li");
        }
        self.close("ul").close("div")
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::new();
        m.open("a", &[("href", "/x?a=1&b=\"2\""), ("", "skipped")])
            .text("<script>alert('x')</script>")
            .close("a");
        assert_eq!(
            m.into_string(),
            "<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"
        );
    }

    #[test]
    fn lists() {
        let mut m = Markup::new();
        m.checklist("ready", ["Passport", "I-20"]);
        let html = m.into_string();
        assert!(html.contains("<input type=\"checkbox\" class=\"checklist__box\" id=\"ready-2\"><label class=\"checklist__label\" for=\"ready-2\">I-20</label>"));
    }
}
