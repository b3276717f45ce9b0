//! A field a student changed, as the DSO reads it in items due: "ZIP code: 02115 → 02116",
//! with the field's name and its values in the page's language.

use navigator_domain::{
    Lang,
    api::{employment::Hours, field_change::FieldChange},
    calendar::Date,
    identifiers::PhoneNumber,
    words,
};

use super::labels;

/// The record fields a change can touch (`FieldChange::field`), each with its message
/// `portal-changed_field-<path with _ for .>`.
pub const FIELDS: [&str; 25] = [
    "address.line1",
    "address.line2",
    "address.city",
    "address.state",
    "address.zip",
    "phone",
    "employer_name",
    "ein",
    "hours",
    "start",
    "end",
    "job_title",
    "supervisor.name",
    "supervisor.phone",
    "supervisor.email",
    "relation_to_study",
    "employer_same",
    "address_same",
    "employment_status",
    // A person under supervision's move and check-in; a Portal account's email.
    "moved_on",
    "check_in",
    "portal_email",
    // Kept for changes that name a field by its request key.
    "start_date",
    "end_date",
    "supervisor_name",
];

fn field_label(field: &str, lang: Lang) -> String {
    if FIELDS.contains(&field) {
        labels::changed_field(&field.replace('.', "_"), lang).to_owned()
    } else {
        field.to_owned()
    }
}

/// A stored value as people read it: a date in words, a phone number with its dashes, a
/// yes or no in the page's language.
fn value_text(field: &str, value: Option<&str>, lang: Lang) -> String {
    let Some(value) = value else {
        return "—".to_owned();
    };
    match field {
        "start" | "end" | "moved_on" => {
            Date::parse_iso(value).map_or_else(|| value.to_owned(), |d| d.long(lang))
        }
        // The office's own date and time, `2026-12-03 09:30`.
        "check_in" => match value.split_once(' ') {
            Some((day, time)) => Date::parse_iso(day).map_or_else(
                || value.to_owned(),
                |d| [d.long(lang).as_str(), ", ", time].concat(),
            ),
            None => value.to_owned(),
        },
        "phone" | "supervisor.phone" => {
            PhoneNumber::parse(value).map_or_else(|_| value.to_owned(), |p| p.display())
        }
        "hours" => Hours::from_id(value)
            .map_or_else(|| value.to_owned(), |h| labels::hours(h, lang).to_owned()),
        "employer_same" | "address_same" | "employment_status" => {
            labels::report_answer(value, lang).to_owned()
        }
        _ => value.to_owned(),
    }
}

/// "ZIP code: 02115 → 02116"; "—" for an empty value.
pub fn describe(change: &FieldChange, lang: Lang) -> String {
    words::format(
        lang,
        "portal-field_change",
        &[
            ("field", field_label(&change.field, lang).into()),
            (
                "old",
                value_text(&change.field, change.old.as_deref(), lang).into(),
            ),
            (
                "new",
                value_text(&change.field, change.new.as_deref(), lang).into(),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(field: &str, old: Option<&str>, new: Option<&str>) -> FieldChange {
        FieldChange {
            field: field.into(),
            old: old.map(Into::into),
            new: new.map(Into::into),
        }
    }

    #[test]
    fn old_and_new_in_words() {
        assert_eq!(
            describe(
                &change("address.zip", Some("02115"), Some("02116")),
                Lang::En
            ),
            "ZIP code: 02115 → 02116"
        );
        assert_eq!(
            describe(&change("phone", None, Some("6175550199")), Lang::En),
            "Phone number: — → (617) 555-0199"
        );
        assert_eq!(
            describe(&change("start", None, Some("2026-11-02")), Lang::Es),
            "Fecha de inicio: — → 2 de noviembre de 2026"
        );
        assert_eq!(
            describe(&change("employer_same", None, Some("yes")), Lang::Es),
            "Mismo empleador: — → Sí"
        );
        assert_eq!(
            describe(
                &change("check_in", Some("2026-12-03 09:30"), None),
                Lang::Es
            ),
            "Hora de la cita: 3 de diciembre de 2026, 09:30 → —"
        );
        assert_eq!(
            describe(&change("moved_on", None, Some("2026-11-20")), Lang::Es),
            "Fecha de la mudanza: — → 20 de noviembre de 2026"
        );
    }

    #[test]
    fn every_field_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            for field in FIELDS {
                assert!(!field_label(field, lang).contains('.'), "{field}");
            }
        }
    }
}
