//! What a portal form is made of: its steps and fields, the request it sends and how its
//! answer is confirmed. Each form page only describes itself; [`super::form_flow`] does the
//! rest the same way for all of them.

use std::sync::Arc;

use navigator_domain::{
    FieldErrors, Lang,
    calendar::{Date, DateInput},
    form_draft::Draft,
};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;

use super::device_store::NextStep;
use crate::text::portal_text;

#[derive(Clone)]
pub enum FieldKind {
    Text {
        autocomplete: Option<&'static str>,
        inputmode: Option<&'static str>,
        width: Option<&'static str>,
        no_spellcheck: bool,
        input_type: Option<&'static str>,
    },
    LongText,
    Date {
        autocomplete: Option<&'static str>,
    },
    /// Radios: answer id and label.
    Choice(Vec<(String, String)>),
}

#[derive(Clone)]
pub struct Field {
    /// The draft key, which is also the key of the field's validation errors.
    pub key: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub optional: bool,
    pub kind: FieldKind,
    /// How a text answer is shown back (a state typed "ma" as "MA"), when not as typed.
    pub shown_as: Option<fn(&str) -> String>,
}

impl Field {
    pub fn text(key: &'static str, label: &'static str) -> Field {
        Field {
            key,
            label,
            hint: None,
            optional: false,
            shown_as: None,
            kind: FieldKind::Text {
                autocomplete: None,
                inputmode: None,
                width: None,
                no_spellcheck: false,
                input_type: None,
            },
        }
    }

    pub fn long_text(key: &'static str, label: &'static str) -> Field {
        Field {
            kind: FieldKind::LongText,
            ..Field::text(key, label)
        }
    }

    pub fn date(key: &'static str, label: &'static str) -> Field {
        Field {
            kind: FieldKind::Date { autocomplete: None },
            ..Field::text(key, label)
        }
    }

    pub fn choice(key: &'static str, label: &'static str, options: Vec<(String, String)>) -> Field {
        Field {
            kind: FieldKind::Choice(options),
            ..Field::text(key, label)
        }
    }

    pub fn hint(mut self, hint: &'static str) -> Field {
        self.hint = Some(hint);
        self
    }

    pub fn optional(mut self) -> Field {
        self.optional = true;
        self
    }

    pub fn shown_as(mut self, shown_as: fn(&str) -> String) -> Field {
        self.shown_as = Some(shown_as);
        self
    }

    /// Sets how a text field behaves: `autocomplete` token, `numeric` input mode, a width
    /// class, no spellcheck, an input type.
    pub fn text_options(
        mut self,
        autocomplete: Option<&'static str>,
        inputmode: Option<&'static str>,
        width: Option<&'static str>,
        no_spellcheck: bool,
        input_type: Option<&'static str>,
    ) -> Field {
        self.kind = match self.kind {
            FieldKind::Date { .. } => FieldKind::Date { autocomplete },
            _ => FieldKind::Text {
                autocomplete,
                inputmode,
                width,
                no_spellcheck,
                input_type,
            },
        };
        self
    }

    /// Whether a validation error key is about this field (`moved_on` for the date,
    /// `address.city` for the city).
    pub fn owns(&self, error_key: &str) -> bool {
        error_key == self.key
            || error_key
                .strip_prefix(self.key)
                .is_some_and(|rest| rest.starts_with('.'))
    }

    /// The element the error summary links to.
    pub fn element_id(&self) -> String {
        let id = crate::components::field_id(self.key);
        match self.kind {
            FieldKind::Date { .. } => [id.as_str(), "-day"].concat(),
            _ => id,
        }
    }

    /// The answer as the check page and the record show it.
    pub fn display(&self, draft: &Draft, lang: Lang) -> String {
        let t = portal_text(lang);
        let shown = match &self.kind {
            FieldKind::Date { .. } => {
                let input = DateInput {
                    day: draft.get(&[self.key, ".day"].concat()).to_owned(),
                    month: draft.get(&[self.key, ".month"].concat()).to_owned(),
                    year: draft.get(&[self.key, ".year"].concat()).to_owned(),
                };
                match input.parse(&[], Date::from_days(0)) {
                    Ok(date) => date.long(lang),
                    Err(_) => [input.day, input.month, input.year]
                        .join(" ")
                        .trim()
                        .to_owned(),
                }
            }
            FieldKind::Choice(options) => options
                .iter()
                .find(|(id, _)| id == draft.get(self.key))
                .map(|(_, label)| label.clone())
                .unwrap_or_default(),
            _ => {
                let typed = draft.get(self.key).trim();
                self.shown_as
                    .map_or_else(|| typed.to_owned(), |shown| shown(typed))
            }
        };
        if shown.is_empty() {
            t.not_given().to_owned()
        } else {
            shown
        }
    }
}

/// A page of questions. A form on a phone asks one thing (or a small group) per step;
/// forms for desk work put all their fields in one step.
#[derive(Clone)]
pub struct Step {
    /// `?step=` of the page; empty for the first.
    pub slug: &'static str,
    pub heading: &'static str,
    pub fields: Vec<Field>,
}

type Validate = Arc<dyn Fn(&Draft, Lang, Date) -> FieldErrors + Send + Sync>;
type Body = Arc<dyn Fn(&Draft) -> String + Send + Sync>;
type Next = Arc<dyn Fn(&Value, Lang) -> Vec<NextStep> + Send + Sync>;

#[derive(Clone)]
pub struct FormSpec {
    /// Where the draft is kept on the device (one per form and record).
    pub id: String,
    pub title: &'static str,
    /// Whose record the form changes ("Ana Lopez · SEVIS ID N0004720633"), shown above the
    /// heading of every step, the check page and the confirmation when someone changes
    /// another person's record.
    pub subject: Option<String>,
    /// A paragraph under the first heading (a rule that applies, what this is for).
    pub lead: Option<String>,
    pub steps: Vec<Step>,
    /// Facts shown on the check page that are not answers (the appointment being cancelled).
    pub facts: Vec<(String, String)>,
    /// The same facts as the confirmation words them, once the change is made ("Previous
    /// check-in time" for what the check page called "Current check-in time").
    pub facts_after: Option<Vec<(String, String)>>,
    /// The check page's button: it names the action.
    pub submit: &'static str,
    /// The confirmation's heading.
    pub sent_title: &'static str,
    /// A warning under the confirmation's heading: what sending did not do.
    pub sent_warning: Option<&'static str>,
    /// The heading of the confirmation's list of next steps, when they are the person's
    /// own to do ("What you must still do") rather than what happens next.
    pub next_heading: Option<&'static str>,
    pub method: &'static str,
    pub path: String,
    /// What the form starts with when nothing is saved (the record being edited).
    pub initial: Draft,
    /// Where the form was started from; also where the confirmation leads back to.
    pub back: String,
    pub validate: Validate,
    pub body: Body,
    pub next: Next,
}

impl FormSpec {
    /// A form that sends a `T`, checked by `T`'s own validation (the server's).
    pub fn new<T, V>(
        id: String,
        title: &'static str,
        (method, path): (&'static str, String),
        validate: impl Fn(&T, Lang, Date) -> Result<V, FieldErrors> + Send + Sync + 'static,
    ) -> FormSpec
    where
        T: Default + Serialize + DeserializeOwned + 'static,
    {
        FormSpec {
            id,
            title,
            subject: None,
            lead: None,
            steps: Vec::new(),
            facts: Vec::new(),
            facts_after: None,
            submit: title,
            sent_title: title,
            sent_warning: None,
            next_heading: None,
            method,
            path,
            initial: Draft::new(),
            back: String::new(),
            validate: Arc::new(move |draft, lang, today| {
                validate(&draft.to_request::<T>(), lang, today)
                    .err()
                    .unwrap_or_default()
            }),
            body: Arc::new(|draft| {
                serde_json::to_string(&draft.to_request::<T>()).unwrap_or_default()
            }),
            next: Arc::new(|_, _| Vec::new()),
        }
    }

    /// A confirmation-only form: nothing to type, one button (cancel an appointment,
    /// unlock an account), with the same safety as the others.
    pub fn action(id: String, title: &'static str, method: &'static str, path: String) -> FormSpec {
        FormSpec {
            validate: Arc::new(|_, _, _| FieldErrors::new()),
            body: Arc::new(|_| "{}".to_owned()),
            ..FormSpec::new::<(), ()>(id, title, (method, path), |_, _, _| Ok(()))
        }
    }

    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }

    /// The step that holds the field an error is about.
    pub fn step_of(&self, error_key: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.fields.iter().any(|f| f.owns(error_key)))
    }

    /// The answers as label and shown value, in page order.
    pub fn answers(&self, draft: &Draft, lang: Lang) -> Vec<(String, String)> {
        self.fields()
            .map(|f| (f.label.to_owned(), f.display(draft, lang)))
            .collect()
    }
}

/// The errors of the fields of some steps only, in page order.
pub fn errors_within(errors: &FieldErrors, fields: &[&Field]) -> FieldErrors {
    let mut within = FieldErrors::new();
    for (key, messages) in errors.iter() {
        if fields.iter().any(|f| f.owns(key)) {
            for message in messages {
                within.add(key, message.clone());
            }
        }
    }
    within
}
