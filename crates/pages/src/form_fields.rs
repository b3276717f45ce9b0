//! A form's fields as markup, for the pages the server draws whole (sign-in, ADR 25): the
//! same elements, classes and ids as the app's `TextField`, `DateFields` and `Radios`, so the
//! stylesheet, the error summary's links and the end-to-end tests treat both alike. Radios
//! may reveal their own fields once chosen, with CSS alone (GOV.UK's conditional radios).

use navigator_domain::Lang;

use crate::{
    markup::{Markup, field_id, optional},
    text::shell_text,
};

/// What a field shows besides its input.
#[derive(Clone, Copy, Default)]
pub struct Described<'a> {
    pub hint: Option<&'a str>,
    pub error: Option<&'a str>,
}

impl Described<'_> {
    /// The hint, then the error (GOV.UK order), and the `aria-describedby` naming both.
    fn write(&self, m: &mut Markup, id: &str, lang: Lang) -> String {
        let hint_id = [id, "-hint"].concat();
        let error_id = [id, "-error"].concat();
        if let Some(hint) = self.hint {
            m.element("div", &[("id", &hint_id), ("class", "hint")], hint);
        }
        if let Some(error) = self.error {
            m.error_message(&error_id, shell_text(lang).error_prefix(), error);
        }
        [
            self.hint.map(|_| hint_id.as_str()),
            self.error.map(|_| error_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// A text input's own settings.
#[derive(Clone, Copy, Default)]
pub struct Input<'a> {
    pub input_type: Option<&'a str>,
    pub autocomplete: Option<&'a str>,
    /// A width class (`input--width-10`); full width when absent.
    pub width: Option<&'a str>,
    /// Names, emails and reference numbers are not words.
    pub no_spellcheck: bool,
}

/// A labelled text input showing `value` (a password field is always given "").
pub fn text_field(
    m: &mut Markup,
    lang: Lang,
    name: &str,
    label: &str,
    value: &str,
    described: Described,
    input: Input,
) {
    let id = field_id(name);
    m.open_form_group(described.error.is_some()).element(
        "label",
        &[("class", "label"), ("for", &id)],
        label,
    );
    let described_by = described.write(m, &id, lang);
    let class = input_class("input", input.width, described.error.is_some());
    m.open(
        "input",
        &[
            ("class", &class),
            ("id", &id),
            ("name", name),
            ("type", input.input_type.unwrap_or("text")),
            ("value", value),
            optional("autocomplete", input.autocomplete),
            optional("spellcheck", input.no_spellcheck.then_some("false")),
            optional(
                "aria-describedby",
                (!described_by.is_empty()).then_some(described_by.as_str()),
            ),
        ],
    )
    .close("div");
}

/// A date as three boxes named `<name>-day`, `-month`, `-year`, each showing what was typed.
pub fn date_fields(
    m: &mut Markup,
    lang: Lang,
    name: &str,
    legend: &str,
    value: [&str; 3],
    described: Described,
    autocomplete: Option<&str>,
) {
    let t = shell_text(lang);
    let id = field_id(name);
    m.open_form_group(described.error.is_some());
    let mut inner = Markup::new();
    let described_by = described.write(&mut inner, &id, lang);
    m.open(
        "fieldset",
        &[
            ("class", "fieldset"),
            ("role", "group"),
            optional(
                "aria-describedby",
                (!described_by.is_empty()).then_some(described_by.as_str()),
            ),
        ],
    )
    .element(
        "legend",
        &[("class", "fieldset__legend fieldset__legend--s")],
        legend,
    )
    .raw(&inner.into_string())
    .open("div", &[("class", "date-input")]);
    let parts = [
        (t.day(), "day", "input--width-2"),
        (t.month(), "month", "input--width-3"),
        (t.year(), "year", "input--width-4"),
    ];
    for ((label, suffix, width), value) in parts.into_iter().zip(value) {
        let input_id = [id.as_str(), "-", suffix].concat();
        let class = input_class(
            "input date-input__input",
            Some(width),
            described.error.is_some(),
        );
        let autocomplete = autocomplete.map(|a| [a, "-", suffix].concat());
        m.open("div", &[("class", "date-input__item")])
            .element(
                "label",
                &[("class", "label date-input__label"), ("for", &input_id)],
                label,
            )
            .open(
                "input",
                &[
                    ("class", &class),
                    ("id", &input_id),
                    ("name", &[name, "-", suffix].concat()),
                    ("type", "text"),
                    ("inputmode", "numeric"),
                    ("value", value),
                    optional("autocomplete", autocomplete.as_deref()),
                ],
            )
            .close("div");
    }
    m.close("div").close("fieldset").close("div");
}

/// An input's classes: its own, its width, and the error mark while it is in error.
fn input_class(own: &str, width: Option<&str>, has_error: bool) -> String {
    [Some(own), width, has_error.then_some("input--error")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A set of radios: the first radio's id is the field's (the error summary links to it).
pub struct Radios<'a> {
    pub name: &'a str,
    /// The legend's markup.
    pub legend: &'a str,
    /// Answer id and label, in order.
    pub options: &'a [(&'a str, &'a str)],
    pub selected: Option<&'a str>,
    pub error: Option<&'a str>,
}

/// `radios` with, after each option, what `reveal` writes for it, shown while it is chosen
/// (`.radios__conditional`; nothing when `reveal` writes nothing).
pub fn radios(
    m: &mut Markup,
    lang: Lang,
    radios: Radios,
    mut reveal: impl FnMut(&mut Markup, &str),
) {
    let base = field_id(radios.name);
    let error_id = [base.as_str(), "-error"].concat();
    m.open_form_group(radios.error.is_some())
        .open(
            "fieldset",
            &[
                ("class", "fieldset"),
                optional("aria-describedby", radios.error.map(|_| error_id.as_str())),
            ],
        )
        .open("legend", &[("class", "fieldset__legend")])
        .raw(radios.legend)
        .close("legend");
    if let Some(error) = radios.error {
        m.error_message(&error_id, shell_text(lang).error_prefix(), error);
    }
    m.open("div", &[("class", "radios")]);
    for (index, (value, label)) in radios.options.iter().enumerate() {
        let id = if index == 0 {
            base.clone()
        } else {
            [base.as_str(), "-", &(index + 1).to_string()].concat()
        };
        let mut revealed = Markup::new();
        reveal(&mut revealed, value);
        let revealed = revealed.into_string();
        let item_class = if revealed.is_empty() {
            "radios__item"
        } else {
            "radios__item radios__item--conditional"
        };
        m.open("div", &[("class", item_class)])
            .open(
                "input",
                &[
                    ("class", "radios__input"),
                    ("id", &id),
                    ("name", radios.name),
                    ("type", "radio"),
                    ("value", value),
                    optional("checked", (radios.selected == Some(*value)).then_some("")),
                ],
            )
            .element("label", &[("class", "radios__label"), ("for", &id)], label);
        if !revealed.is_empty() {
            m.open("div", &[("class", "radios__conditional")])
                .raw(&revealed)
                .close("div");
        }
        m.close("div");
    }
    m.close("div").close("fieldset").close("div");
}
