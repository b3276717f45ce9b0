//! The deadline calculator: each of navigator-domain's date rules, with the working shown
//! and the dates ready for the person's calendar.

use leptos::{ev::SubmitEvent, prelude::*};
use navigator_domain::{
    Lang, Tool,
    agency::Source,
    calculators::{
        Deadline, DeadlineRule, FilingWindow, GracePeriod, GracePeriodCase,
        OPT_FILING_WINDOW_FACTS, RECERTIFICATION_FACTS, Recertification,
        STEM_OPT_FILING_WINDOW_FACTS, STEM_REPORTING_FACTS, SkippedDay, StemReport, WindowError,
        WindowState, deadline, grace_period, opt_filing_window, recertification,
        stem_opt_filing_window, stem_reporting_schedule,
    },
    calendar::{CalendarEvent, Date, DateInput, DateLabel},
    words::{self, Citation, format},
};
use navigator_pages::markup::Markup;

use super::{
    calendar_download::CalendarDownload,
    form_errors::{FormErrors, date_of, message_of},
    kept_answers,
    tool_sources::ToolSources,
};
use crate::{
    components::{DateFields, ErrorSummary, Radios, date_error},
    navigation::use_navigation,
    page_heading::PageHeading,
    text::{ToolsText, choice_label, tools_text},
    today::today,
};

const CALCULATORS: [&str; 6] = [
    "reporting",
    "grace",
    "opt-window",
    "stem-window",
    "stem-reports",
    "recertification",
];
const GRACE: [(&str, GracePeriodCase); 4] = [
    ("f1", GracePeriodCase::F1Completed),
    ("m1", GracePeriodCase::M1Completed),
    ("withdrawal", GracePeriodCase::AuthorizedWithdrawal),
    ("failed", GracePeriodCase::FailedToMaintainStatus),
];

const CHANGED_ON: DateLabel = DateLabel::new("tools-date-label-changed-on");
const ENDED_ON: DateLabel = DateLabel::new("tools-date-label-ended-on");
const PROGRAM_END: DateLabel = DateLabel::new("tools-date-label-program-end");
const RECOMMENDATION: DateLabel = DateLabel::new("tools-date-label-recommendation");
const OPT_EAD_END: DateLabel = DateLabel::new("tools-date-label-opt-ead-end");
const STEM_START: DateLabel = DateLabel::new("tools-date-label-stem-start");
const CERT_EXPIRES: DateLabel = DateLabel::new("tools-date-label-certification-expires");

#[derive(Clone)]
enum Worked {
    Reporting(Deadline),
    Grace(GracePeriodCase, GracePeriod),
    /// The window, today, and whether it is STEM OPT's.
    Window(Result<FilingWindow, WindowError>, Date, bool),
    Reports(Vec<StemReport>),
    Recertification(Recertification),
}

/// The words a result shows that state facts. Every tool word that states a fact is on
/// some tool page's list (`tools::tests`).
pub(super) const WORDS_WITH_FACTS: [&str; 1] = ["tools-closed_by_recommendation"];

/// What a result cites under "Sources": the facts its calculator counted with, and those
/// its words state.
fn cited_facts(worked: &Worked, lang: Lang) -> Vec<Citation<'static>> {
    let mut counted: Vec<&str> = Vec::new();
    let mut shown: &[&str] = &[];
    match worked {
        Worked::Reporting(d) => counted.push(d.rule.fact_id()),
        Worked::Grace(case, _) => counted.extend(case.fact_id()),
        Worked::Window(window, _, stem) => {
            counted.extend(if *stem {
                &STEM_OPT_FILING_WINDOW_FACTS[..]
            } else {
                &OPT_FILING_WINDOW_FACTS[..]
            });
            if window.is_ok_and(|w| w.closed_by_recommendation) {
                shown = &WORDS_WITH_FACTS;
            }
        }
        Worked::Reports(_) => counted.extend(STEM_REPORTING_FACTS),
        Worked::Recertification(_) => counted.extend(RECERTIFICATION_FACTS),
    }
    words::facts_of(lang, shown, &counted)
}

/// The form's inputs: which calculator, the choices and the dates.
#[derive(Clone, Copy)]
struct Inputs {
    calculator: RwSignal<Option<String>>,
    rule: RwSignal<Option<String>>,
    grace: RwSignal<Option<String>>,
    first: RwSignal<DateInput>,
    recommendation: RwSignal<DateInput>,
}

fn work_out(inputs: Inputs, lang: Lang, t: &ToolsText) -> Result<Worked, FormErrors> {
    let today = today();
    let mut errors = FormErrors::default();
    let date =
        |field: &str, input: RwSignal<DateInput>, label: DateLabel, errors: &mut FormErrors| {
            input
                .get_untracked()
                .parse(&[], today)
                .map_err(|e| errors.add_date(field, date_error(&e, label, lang)))
                .ok()
        };
    let Some(calculator) = inputs.calculator.get_untracked() else {
        errors.add("calculator", t.calculator_missing());
        return Err(errors);
    };
    let optional_recommendation = |errors: &mut FormErrors| {
        if inputs.recommendation.with_untracked(DateInput::is_empty) {
            Some(None)
        } else {
            inputs
                .recommendation
                .get_untracked()
                .parse(&[], today)
                .map_err(|e| {
                    errors.add_date("recommendation", date_error(&e, RECOMMENDATION, lang))
                })
                .ok()
                .map(Some)
        }
    };
    let worked = match calculator.as_str() {
        "reporting" => {
            let rule = inputs
                .rule
                .get_untracked()
                .and_then(|id| DeadlineRule::from_id(&id));
            if rule.is_none() {
                errors.add("rule", t.rule_missing());
            }
            let from = date("first", inputs.first, CHANGED_ON, &mut errors);
            rule.zip(from)
                .map(|(rule, from)| Worked::Reporting(deadline(rule, from)))
        }
        "grace" => {
            let case = inputs
                .grace
                .get_untracked()
                .and_then(|id| GRACE.iter().find(|(g, _)| *g == id).map(|(_, c)| *c));
            if case.is_none() {
                errors.add("grace", t.grace_missing());
            }
            let ended = date("first", inputs.first, ENDED_ON, &mut errors);
            case.zip(ended)
                .map(|(case, ended)| Worked::Grace(case, grace_period(case, ended)))
        }
        "opt-window" | "stem-window" => {
            let stem = calculator == "stem-window";
            let end = date(
                "first",
                inputs.first,
                if stem { OPT_EAD_END } else { PROGRAM_END },
                &mut errors,
            );
            let recommended = optional_recommendation(&mut errors);
            end.zip(recommended).map(|(end, recommended)| {
                let window = if stem {
                    stem_opt_filing_window(end, recommended)
                } else {
                    opt_filing_window(end, recommended)
                };
                Worked::Window(window, today, stem)
            })
        }
        "stem-reports" => date("first", inputs.first, STEM_START, &mut errors)
            .map(|start| Worked::Reports(stem_reporting_schedule(start, None))),
        _ => date("first", inputs.first, CERT_EXPIRES, &mut errors)
            .map(|expires| Worked::Recertification(recertification(expires))),
    };
    match worked {
        Some(worked) if errors.is_empty() => Ok(worked),
        _ => Err(errors),
    }
}

fn event(uid: String, date: Date, title: String, description: &str) -> CalendarEvent {
    CalendarEvent {
        uid,
        date,
        title,
        description: description.to_owned(),
    }
}

/// A result as it is shown, and its dates for the calendar. Markup, not a view: a result
/// never changes once shown, and six view trees cost the bundle code where text costs bytes
/// (ADR 8).
fn result_markup(worked: &Worked, lang: Lang, t: &ToolsText) -> (String, Vec<CalendarEvent>) {
    let mut m = Markup::new();
    let events = match worked {
        Worked::Reporting(d) => {
            let title = d.rule.title(lang);
            m.open("div", &[("class", "panel")]).paragraph(title);
            m.open("p", &[("class", "big-number")])
                .text(t.due())
                .text(": ");
            strong(&mut m, &d.due.long_with_weekday(lang));
            m.close("p").close("div").heading(t.how_worked_out());
            m.paragraph(&format(
                lang,
                "tools-counted-from-day-after",
                &[
                    ("date", d.from.long(lang).into()),
                    ("counting", d.counting.describe(lang).into()),
                ],
            ));
            if !d.skipped.is_empty() {
                let skipped: Vec<String> = d
                    .skipped
                    .iter()
                    .map(|day| {
                        let (date, why) = match day {
                            SkippedDay::Weekend { date } => (date, t.weekend()),
                            SkippedDay::Holiday { date, holiday } => {
                                (date, holiday.localized_name(lang))
                            }
                        };
                        [date.long(lang).as_str(), " (", why, ")"].concat()
                    })
                    .collect();
                m.paragraph(t.not_counted())
                    .bullets(skipped.iter().map(String::as_str));
            }
            if d.rule.source() == Source::SecondaryAgreement {
                m.element("p", &[("class", "hint")], t.check_with_dso());
            }
            vec![event(
                [d.rule.id(), "-", &d.from.to_iso()].concat(),
                d.due,
                [title, " – ", t.due()].concat(),
                &d.counting.describe(lang),
            )]
        }
        Worked::Grace(_, GracePeriod::EndsOn { last_day, days }) => {
            m.open("div", &[("class", "panel")]);
            m.open("p", &[("class", "big-number")])
                .text(t.grace_last_day())
                .text(" ");
            strong(&mut m, &last_day.long_with_weekday(lang));
            m.close("p")
                .paragraph(&format(
                    lang,
                    "tools-grace-days",
                    &[("days", (*days).into())],
                ))
                .close("div");
            vec![event(
                ["grace-", &last_day.to_iso()].concat(),
                *last_day,
                t.grace_last_day().into(),
                &days.to_string(),
            )]
        }
        Worked::Grace(_, GracePeriod::None) => {
            danger_panel(&mut m, t.no_grace());
            Vec::new()
        }
        Worked::Window(Err(WindowError::NoDayFitsEveryRule), _, _) => {
            danger_panel(&mut m, t.window_impossible());
            Vec::new()
        }
        Worked::Window(Ok(window), today, _) => {
            let state = match window.state(*today) {
                WindowState::NotYetOpen { days_until_open } => format(
                    lang,
                    "tools-window-not-yet",
                    &[("days", days_until_open.into())],
                ),
                WindowState::Open { days_left } => {
                    format(lang, "tools-window-open", &[("days", days_left.into())])
                }
                WindowState::Closed => t.window_closed().to_owned(),
            };
            m.open("div", &[("class", "panel")]);
            m.open("p", &[("class", "big-number")])
                .text(t.window_opens())
                .text(" ");
            strong(&mut m, &window.opens.long(lang));
            m.text(" ").text(t.window_closes()).text(" ");
            strong(&mut m, &window.closes.long_with_weekday(lang));
            m.close("p").paragraph(&state).close("div");
            if window.closed_by_recommendation {
                m.paragraph(t.closed_by_recommendation());
            }
            m.element("p", &[("class", "hint")], t.check_with_dso());
            vec![
                event(
                    ["window-opens-", &window.opens.to_iso()].concat(),
                    window.opens,
                    t.window_opens().into(),
                    "",
                ),
                event(
                    ["window-closes-", &window.closes.to_iso()].concat(),
                    window.closes,
                    t.window_closes().into(),
                    "",
                ),
            ]
        }
        Worked::Reports(reports) => {
            m.open("ul", &[("class", "report-list")]);
            for r in reports {
                m.open("li", &[("class", "report-list__item")]);
                strong(&mut m, &r.kind.label(lang));
                m.text(": ").text(&r.due.long(lang));
                if let Some(by) = r.submit_by {
                    m.text(" — ").text(t.submit_by()).text(" ");
                    m.text(&by.long_with_weekday(lang));
                }
                if let Some(reminder) = r.reminder {
                    m.raw("<br>").open("span", &[("class", "hint")]);
                    m.text(t.reminder()).text(": ").text(&reminder.long(lang));
                    m.close("span");
                }
                m.close("li");
            }
            m.close("ul");
            m.element("p", &[("class", "hint")], t.check_with_dso());
            reports
                .iter()
                .map(|r| {
                    event(
                        ["stem-", &r.due.to_iso(), "-", &r.kind.label(lang)].concat(),
                        r.submit_by.unwrap_or(r.due),
                        r.kind.label(lang),
                        "",
                    )
                })
                .collect()
        }
        Worked::Recertification(r) => {
            m.open("div", &[("class", "panel")]);
            for (label, date) in [
                (t.notice_on(), r.notice.long_with_weekday(lang)),
                (t.expires_on(), r.expires.long(lang)),
                (t.next_expiry(), r.next_expiry.long(lang)),
            ] {
                m.open("p", &[]).text(label).text(" ");
                strong(&mut m, &date);
                m.close("p");
            }
            m.close("div");
            vec![
                event(
                    ["sevp-notice-", &r.notice.to_iso()].concat(),
                    r.notice,
                    t.notice_on().into(),
                    "",
                ),
                event(
                    ["sevp-expires-", &r.expires.to_iso()].concat(),
                    r.expires,
                    t.expires_on().into(),
                    "",
                ),
            ]
        }
    };
    (m.into_string(), events)
}

fn strong(m: &mut Markup, text: &str) {
    m.element("strong", &[], text);
}

fn danger_panel(m: &mut Markup, text: &str) {
    m.open("div", &[("class", "panel panel--danger")])
        .paragraph(text)
        .close("div");
}

#[component]
pub fn DeadlinesTool(sources: ToolSources) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = tools_text(lang);
    let kept = kept_answers::kept(Tool::Deadlines);
    let inputs = Inputs {
        calculator: RwSignal::new(kept.choice("calculator")),
        rule: RwSignal::new(kept.choice("rule")),
        grace: RwSignal::new(kept.choice("grace")),
        first: RwSignal::new(kept.date("first")),
        recommendation: RwSignal::new(kept.date("recommendation")),
    };
    kept_answers::keep(Tool::Deadlines, move |answers| {
        answers.set_choice("calculator", inputs.calculator.get().as_deref());
        answers.set_choice("rule", inputs.rule.get().as_deref());
        answers.set_choice("grace", inputs.grace.get().as_deref());
        answers.set_date("first", &inputs.first.get());
        answers.set_date("recommendation", &inputs.recommendation.get());
    });
    let errors = RwSignal::new(FormErrors::default());
    let worked = RwSignal::new(None::<Worked>);
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        match work_out(inputs, lang, t) {
            Ok(result) => {
                sources.cite(&cited_facts(&result, lang));
                errors.set(FormErrors::default());
                worked.set(Some(result));
            }
            Err(found) => {
                sources.cite(&[]);
                worked.set(None);
                errors.set(found);
            }
        }
    };
    let calculators: Vec<(String, String)> = CALCULATORS
        .iter()
        .map(|id| {
            let label = choice_label(lang, "tools-calculator", id);
            ((*id).to_owned(), label.to_owned())
        })
        .collect();
    let fields = move || {
        let which = inputs.calculator.get()?;
        let first_label = match which.as_str() {
            "reporting" => t.changed_on(),
            "grace" => t.ended_on(),
            "opt-window" => t.program_end(),
            "stem-window" => t.opt_ead_end(),
            "stem-reports" => t.stem_start(),
            _ => t.certification_expires(),
        };
        let choice = match which.as_str() {
            "reporting" => Some(view! {
                <Radios
                    name="rule"
                    legend=view! { <span class="fieldset__heading">{t.rule_legend()}</span> }.into_any()
                    options=DeadlineRule::ALL.iter().map(|r| (r.id().to_owned(), r.title(lang).to_owned())).collect()
                    selected=inputs.rule
                    error=message_of(errors, "rule")
                />
            }.into_any()),
            "grace" => Some(view! {
                <Radios
                    name="grace"
                    legend=view! { <span class="fieldset__heading">{t.grace_legend()}</span> }.into_any()
                    options=GRACE.iter().map(|(id, _)| ((*id).to_owned(), choice_label(lang, "tools-grace_case", id).to_owned())).collect()
                    selected=inputs.grace
                    error=message_of(errors, "grace")
                />
            }.into_any()),
            _ => None,
        };
        let with_recommendation = matches!(which.as_str(), "opt-window" | "stem-window");
        Some(view! {
            {choice}
            <DateFields name="first" legend=first_label value=inputs.first error=date_of(errors, "first".to_owned())/>
            {with_recommendation.then(|| view! {
                <DateFields name="recommendation" legend=t.recommendation() hint=t.recommendation_hint().to_owned() value=inputs.recommendation error=date_of(errors, "recommendation".to_owned())/>
            })}
        })
    };
    view! {
        <PageHeading text=Tool::Deadlines.title(lang) has_errors=Signal::derive(move || !errors.with(FormErrors::is_empty))/>
        <p class="lead">{Tool::Deadlines.summary(lang)}</p>
        <ErrorSummary items=Signal::derive(move || errors.with(FormErrors::summary))/>
        <form novalidate on:submit=submit>
            <Radios
                name="calculator"
                legend=view! { <span class="fieldset__heading">{t.calculator_legend()}</span> }.into_any()
                options=calculators
                selected=inputs.calculator
                error=message_of(errors, "calculator")
            />
            {fields}
            <button type="submit" class="button">{t.calculate()}</button>
        </form>
        <div aria-live="polite">
            {move || worked.with(|worked| worked.as_ref().map(|w| {
                let (html, events) = result_markup(w, lang, t);
                view! {
                    <div inner_html=html></div>
                    {(!events.is_empty()).then(|| view! { <CalendarDownload events=events/> })}
                }
            }))}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use navigator_domain::calendar::date;

    use super::*;

    fn values(worked: &Worked, lang: Lang) -> Vec<String> {
        cited_facts(worked, lang)
            .into_iter()
            .map(|c| c.value.to_owned())
            .collect()
    }

    /// EOIR-33 counts working days: from the Friday before Thanksgiving 2026, the weekend
    /// and the holiday are listed as not counted, and the due date is the calendar's entry.
    #[test]
    fn a_result_shows_the_date_how_it_was_worked_out_and_its_calendar_entry() {
        let lang = Lang::En;
        let d = deadline(DeadlineRule::Eoir33AddressChange, date(2026, 11, 20));
        let (html, events) = result_markup(&Worked::Reporting(d.clone()), lang, tools_text(lang));
        let due = ["<strong>", &d.due.long_with_weekday(lang), "</strong>"].concat();
        assert!(html.contains(&due), "{html}");
        assert!(html.contains("Thanksgiving"), "{html}");
        assert!(html.contains(r#"<ul class="list list--bullet">"#), "{html}");
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].date, d.due);
        // A result without a date offers nothing for the calendar.
        let (html, events) = result_markup(
            &Worked::Grace(GracePeriodCase::FailedToMaintainStatus, GracePeriod::None),
            lang,
            tools_text(lang),
        );
        assert!(
            html.starts_with(r#"<div class="panel panel--danger">"#),
            "{html}"
        );
        assert!(events.is_empty());
    }

    /// Each result states how many days its rule allows; that number is cited.
    #[test]
    fn each_result_cites_the_numbers_it_counts_with() {
        let day = date(2026, 5, 15);
        for lang in Lang::ALL {
            for rule in DeadlineRule::ALL {
                let d = deadline(rule, day);
                let counted = d.counting.describe(lang);
                let cited = values(&Worked::Reporting(d), lang);
                assert!(
                    cited.iter().any(|n| counted.contains(n.as_str())),
                    "{}: {counted} cites {cited:?}",
                    rule.id()
                );
            }
            for (_, case) in GRACE {
                let period = grace_period(case, day);
                let cited = values(&Worked::Grace(case, period), lang);
                match period {
                    GracePeriod::EndsOn { days, .. } => assert_eq!(cited, [days.to_string()]),
                    GracePeriod::None => assert!(cited.is_empty()),
                }
            }
            let window = opt_filing_window(day, Some(day.add_days(-60)));
            assert!(window.is_ok_and(|w| w.closed_by_recommendation));
            let cited = values(&Worked::Window(window, day, false), lang);
            // The words name STEM's 60 days too: both are cited.
            for n in ["90", "60", "30"] {
                assert!(cited.iter().any(|c| c == n), "{n} in {cited:?}");
            }
            let reports = stem_reporting_schedule(day, None);
            let cited = values(&Worked::Reports(reports), lang);
            for n in ["6", "12", "18", "24", "10", "30"] {
                assert!(cited.iter().any(|c| c == n), "{n} in {cited:?}");
            }
            let cited = values(&Worked::Recertification(recertification(day)), lang);
            assert_eq!(cited, ["180", "2"]);
        }
    }
}
