//! iCalendar (.ics) files, so a deadline can go into the person's own calendar (RFC 5545):
//! all-day events, escaped text, lines folded at 75 bytes, CRLF endings.

use super::{Date, Timestamp};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Unique and stable for the same deadline, so importing twice does not duplicate it.
    pub uid: String,
    pub date: Date,
    pub title: String,
    pub description: String,
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no physical line exceeds 75 bytes (never inside a
/// UTF-8 character).
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn compact(date: Date) -> String {
    date.to_iso().replace('-', "")
}

pub fn ics(events: &[CalendarEvent], stamp: Timestamp) -> String {
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//eservice-navigator//deadlines//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    let stamp = stamp.to_iso().replace(['-', ':'], "");
    for event in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(
            &mut out,
            &["UID:", &escape(&event.uid), "@eservice-navigator"].concat(),
        );
        push_line(&mut out, &["DTSTAMP:", &stamp].concat());
        push_line(
            &mut out,
            &["DTSTART;VALUE=DATE:", &compact(event.date)].concat(),
        );
        push_line(
            &mut out,
            &["DTEND;VALUE=DATE:", &compact(event.date.add_days(1))].concat(),
        );
        push_line(&mut out, &["SUMMARY:", &escape(&event.title)].concat());
        push_line(
            &mut out,
            &["DESCRIPTION:", &escape(&event.description)].concat(),
        );
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn an_all_day_deadline() {
        let file = ics(
            &[CalendarEvent {
                uid: "eoir-33-2026-11-23".into(),
                date: date(2026, 12, 1),
                title: "Form EOIR-33, due".into(),
                description: "5 working days; skipped: Thanksgiving Day".into(),
            }],
            Timestamp::parse_iso("2026-11-28T10:00:00Z").unwrap(),
        );
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(file.contains("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n"));
        assert!(file.contains("SUMMARY:Form EOIR-33\\, due\r\n"));
        assert!(file.contains("DTSTAMP:20261128T100000Z\r\n"));
        assert!(file.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let description = "Fecha límite: informe su nueva dirección ".repeat(5);
        let file = ics(
            &[CalendarEvent {
                uid: "x".into(),
                date: date(2026, 1, 1),
                title: "t".into(),
                description,
            }],
            Timestamp::from_unix_seconds(0),
        );
        for line in file.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains("DESCRIPTION:Fecha límite: informe su nueva dirección Fecha"));
    }
}
