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

use super::{
    calendar_download::CalendarDownload,
    form_errors::{FormErrors, date_of, message_of},
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
        errors.add("calculator", t.calculator_missing);
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
                errors.add("rule", t.rule_missing);
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
                errors.add("grace", t.grace_missing);
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

fn render(worked: Worked, lang: Lang, t: &'static ToolsText) -> impl IntoView {
    match worked {
        Worked::Reporting(d) => {
            let skipped = d
                .skipped
                .iter()
                .map(|day| match day {
                    SkippedDay::Weekend { date } => {
                        [date.long(lang), " (".into(), t.weekend.into(), ")".into()].concat()
                    }
                    SkippedDay::Holiday { date, holiday } => [
                        date.long(lang),
                        " (".into(),
                        holiday.localized_name(lang).into(),
                        ")".into(),
                    ]
                    .concat(),
                })
                .collect::<Vec<_>>();
            let title = d.rule.title(lang);
            let events = vec![event(
                [d.rule.id(), "-", &d.from.to_iso()].concat(),
                d.due,
                [title, " – ", t.due].concat(),
                &d.counting.describe(lang),
            )];
            view! {
                <div class="panel">
                    <p>{title}</p>
                    <p class="big-number">{t.due}": " <strong>{d.due.long_with_weekday(lang)}</strong></p>
                </div>
                <h2 class="heading-m">{t.how_worked_out}</h2>
                <p>{format(lang, "tools-counted-from-day-after", &[("date", d.from.long(lang).into()), ("counting", d.counting.describe(lang).into())])}</p>
                {(!skipped.is_empty()).then(|| view! {
                    <p>{t.not_counted}</p>
                    <ul class="list list--bullet">{skipped.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                })}
                {(d.rule.source() == Source::SecondaryAgreement).then(|| view! { <p class="hint">{t.check_with_dso}</p> })}
                <CalendarDownload events=events/>
            }
            .into_any()
        }
        Worked::Grace(_, GracePeriod::EndsOn { last_day, days }) => {
            let events = vec![event(
                ["grace-", &last_day.to_iso()].concat(),
                last_day,
                t.grace_last_day.into(),
                &days.to_string(),
            )];
            view! {
                <div class="panel">
                    <p class="big-number">{t.grace_last_day}" " <strong>{last_day.long_with_weekday(lang)}</strong></p>
                    <p>{format(lang, "tools-grace-days", &[("days", days.into())])}</p>
                </div>
                <CalendarDownload events=events/>
            }
            .into_any()
        }
        Worked::Grace(_, GracePeriod::None) => {
            view! { <div class="panel panel--danger"><p>{t.no_grace}</p></div> }.into_any()
        }
        Worked::Window(Err(WindowError::NoDayFitsEveryRule), _, _) => {
            view! { <div class="panel panel--danger"><p>{t.window_impossible}</p></div> }.into_any()
        }
        Worked::Window(Ok(window), today, _) => {
            let state = match window.state(today) {
                WindowState::NotYetOpen { days_until_open } => format(
                    lang,
                    "tools-window-not-yet",
                    &[("days", days_until_open.into())],
                ),
                WindowState::Open { days_left } => {
                    format(lang, "tools-window-open", &[("days", days_left.into())])
                }
                WindowState::Closed => t.window_closed.to_owned(),
            };
            let events = vec![
                event(
                    ["window-opens-", &window.opens.to_iso()].concat(),
                    window.opens,
                    t.window_opens.into(),
                    "",
                ),
                event(
                    ["window-closes-", &window.closes.to_iso()].concat(),
                    window.closes,
                    t.window_closes.into(),
                    "",
                ),
            ];
            view! {
                <div class="panel">
                    <p class="big-number">
                        {t.window_opens}" " <strong>{window.opens.long(lang)}</strong>" " {t.window_closes}" " <strong>{window.closes.long_with_weekday(lang)}</strong>
                    </p>
                    <p>{state}</p>
                </div>
                {window.closed_by_recommendation.then(|| view! { <p>{t.closed_by_recommendation}</p> })}
                <p class="hint">{t.check_with_dso}</p>
                <CalendarDownload events=events/>
            }
            .into_any()
        }
        Worked::Reports(reports) => {
            let events = reports
                .iter()
                .map(|r| {
                    event(
                        ["stem-", &r.due.to_iso(), "-", &r.kind.label(lang)].concat(),
                        r.submit_by.unwrap_or(r.due),
                        r.kind.label(lang),
                        "",
                    )
                })
                .collect();
            view! {
                <ul class="report-list">
                    {reports.into_iter().map(|r| view! {
                        <li class="report-list__item">
                            <strong>{r.kind.label(lang)}</strong>": " {r.due.long(lang)}
                            {r.submit_by.map(|d| view! { " — " {t.submit_by}" " {d.long_with_weekday(lang)} })}
                            {r.reminder.map(|d| view! { <br/><span class="hint">{t.reminder}": " {d.long(lang)}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
                <p class="hint">{t.check_with_dso}</p>
                <CalendarDownload events=events/>
            }
            .into_any()
        }
        Worked::Recertification(r) => {
            let events = vec![
                event(
                    ["sevp-notice-", &r.notice.to_iso()].concat(),
                    r.notice,
                    t.notice_on.into(),
                    "",
                ),
                event(
                    ["sevp-expires-", &r.expires.to_iso()].concat(),
                    r.expires,
                    t.expires_on.into(),
                    "",
                ),
            ];
            view! {
                <div class="panel">
                    <p>{t.notice_on}" " <strong>{r.notice.long_with_weekday(lang)}</strong></p>
                    <p>{t.expires_on}" " <strong>{r.expires.long(lang)}</strong></p>
                    <p>{t.next_expiry}" " <strong>{r.next_expiry.long(lang)}</strong></p>
                </div>
                <CalendarDownload events=events/>
            }
            .into_any()
        }
    }
}

#[component]
pub fn DeadlinesTool(sources: ToolSources) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = tools_text(lang);
    let inputs = Inputs {
        calculator: RwSignal::new(None),
        rule: RwSignal::new(None),
        grace: RwSignal::new(None),
        first: RwSignal::new(DateInput::default()),
        recommendation: RwSignal::new(DateInput::default()),
    };
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
            "reporting" => t.changed_on,
            "grace" => t.ended_on,
            "opt-window" => t.program_end,
            "stem-window" => t.opt_ead_end,
            "stem-reports" => t.stem_start,
            _ => t.certification_expires,
        };
        let choice = match which.as_str() {
            "reporting" => Some(view! {
                <Radios
                    name="rule"
                    legend=view! { <span class="fieldset__heading">{t.rule_legend}</span> }.into_any()
                    options=DeadlineRule::ALL.iter().map(|r| (r.id().to_owned(), r.title(lang).to_owned())).collect()
                    selected=inputs.rule
                    error=message_of(errors, "rule")
                />
            }.into_any()),
            "grace" => Some(view! {
                <Radios
                    name="grace"
                    legend=view! { <span class="fieldset__heading">{t.grace_legend}</span> }.into_any()
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
                <DateFields name="recommendation" legend=t.recommendation hint=t.recommendation_hint.to_owned() value=inputs.recommendation error=date_of(errors, "recommendation".to_owned())/>
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
                legend=view! { <span class="fieldset__heading">{t.calculator_legend}</span> }.into_any()
                options=calculators
                selected=inputs.calculator
                error=message_of(errors, "calculator")
            />
            {fields}
            <button type="submit" class="button">{t.calculate}</button>
        </form>
        <div aria-live="polite">{move || worked.get().map(|w| render(w, lang, t))}</div>
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
