//! OPT unemployment days: used, left and when they run out, from the EAD start and the
//! jobs the person enters.

use leptos::{ev::SubmitEvent, prelude::*};
use navigator_domain::{
    Tool,
    calculators::{
        EmploymentPeriod, UnemploymentDays, UnemploymentError, UnemploymentLimit, unemployment_days,
    },
    calendar::{DateInput, DateLabel, DateRule},
};

use super::form_errors::{FormErrors, date_of, message_of};
use crate::{
    components::{DateFields, ErrorSummary, Radios, date_error},
    navigation::use_navigation,
    page_heading::PageHeading,
    text::tools_text,
    today::today,
};

const KINDS: [(&str, UnemploymentLimit); 3] = [
    ("post-completion", UnemploymentLimit::PostCompletionOpt),
    ("stem", UnemploymentLimit::WithStemExtension),
    ("m1", UnemploymentLimit::PostCompletionOpt),
];
const EAD_START: DateLabel = DateLabel {
    en: "EAD start date",
    es: "fecha de inicio del EAD",
};
const JOB_START: DateLabel = DateLabel {
    en: "job’s start date",
    es: "fecha de inicio del empleo",
};
const JOB_END: DateLabel = DateLabel {
    en: "job’s end date",
    es: "fecha de finalización del empleo",
};

#[derive(Clone, Copy)]
struct JobRow {
    key: u32,
    start: RwSignal<DateInput>,
    end: RwSignal<DateInput>,
}

impl JobRow {
    fn new(key: u32) -> JobRow {
        JobRow {
            key,
            start: RwSignal::new(DateInput::default()),
            end: RwSignal::new(DateInput::default()),
        }
    }
    fn field(self, part: &str) -> String {
        ["job-", &self.key.to_string(), "-", part].concat()
    }
}

#[component]
pub fn OptUnemploymentTool() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = tools_text(lang);
    let kind = RwSignal::new(None::<String>);
    let ead = RwSignal::new(DateInput::default());
    let jobs = RwSignal::new(vec![JobRow::new(1)]);
    let next_key = StoredValue::new(2u32);
    let errors = RwSignal::new(FormErrors::default());
    let result = RwSignal::new(None::<Result<UnemploymentDays, UnemploymentError>>);

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let today = today();
        let mut found = FormErrors::default();
        let limit = kind
            .get_untracked()
            .and_then(|k| KINDS.iter().find(|(id, _)| *id == k).map(|(_, l)| *l));
        if limit.is_none() {
            found.add("kind", t.opt_kind_missing);
        }
        let start = ead
            .get_untracked()
            .parse(&[DateRule::WithinYears(10)], today)
            .map_err(|e| found.add_date("ead-start", date_error(&e, EAD_START, lang)))
            .ok();
        let mut periods = Vec::new();
        for row in jobs.get_untracked() {
            let job_start = row
                .start
                .get_untracked()
                .parse(&[DateRule::WithinYears(10)], today);
            let Ok(job_start) = job_start
                .map_err(|e| found.add_date(&row.field("start"), date_error(&e, JOB_START, lang)))
            else {
                continue;
            };
            let end_input = row.end.get_untracked();
            let end = if end_input.is_empty() {
                None
            } else {
                match end_input.parse(&[DateRule::OnOrAfter(job_start, JOB_START)], today) {
                    Ok(end) => Some(end),
                    Err(e) => {
                        found.add_date(&row.field("end"), date_error(&e, JOB_END, lang));
                        continue;
                    }
                }
            };
            periods.push(EmploymentPeriod {
                start: job_start,
                end,
            });
        }
        match (limit, start) {
            (Some(limit), Some(start)) if found.is_empty() => {
                errors.set(found);
                result.set(Some(unemployment_days(start, &periods, limit, today)));
            }
            _ => {
                result.set(None);
                errors.set(found);
            }
        }
    };

    let add_job = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        jobs.update(|rows| rows.push(JobRow::new(key)));
    };

    let job_rows = move || {
        let rows = jobs.get();
        let count = rows.len();
        rows.into_iter()
            .enumerate()
            .map(|(index, row)| {
                let heading = [t.job, " ", &(index + 1).to_string()].concat();
                view! {
                    <div class="job-row">
                        <h3 class="heading-s">{heading}</h3>
                        <DateFields name=row.field("start") legend=t.job_start value=row.start error=date_of(errors, row.field("start"))/>
                        <DateFields name=row.field("end") legend=t.job_end hint=t.job_end_hint.to_owned() value=row.end error=date_of(errors, row.field("end"))/>
                        {(count > 1).then(|| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| jobs.update(|rows| rows.retain(|r| r.key != row.key))>
                                {t.remove_job}<span class="visually-hidden">{[" ", &(index + 1).to_string()].concat()}</span>
                            </button>
                        })}
                    </div>
                }
            })
            .collect_view()
    };

    let summary = move || {
        result.get().map(|outcome| match outcome {
            Err(UnemploymentError::NotStarted) => view! { <div class="panel"><p>{t.not_started}</p></div> }.into_any(),
            Err(UnemploymentError::EndsBeforeStart(_)) => ().into_any(),
            Ok(days) => {
                let over = days.is_over_limit();
                view! {
                    <div class="panel" class:panel--danger=over>
                        <p class="big-number"><strong>{days.used.to_string()}</strong>" " {t.days_used}" " {t.of}" " {days.allowed.to_string()}</p>
                        <p class="big-number"><strong>{days.left.to_string()}</strong>" " {t.days_left}</p>
                        {over.then(|| view! { <p><strong>{t.over_limit}</strong></p> })}
                        <p>{t.counted}" " {days.counted_from.long(lang)}" " {t.counted_to}" " {days.counted_to.long(lang)}"."</p>
                        {days.runs_out_on.map(|d| view! { <p>{t.runs_out}" " <strong>{d.long_with_weekday(lang)}</strong>"."</p> })}
                    </div>
                    {(!days.unemployed.is_empty()).then(|| view! {
                        <h2 class="heading-m">{t.stretches}</h2>
                        <ul class="list list--bullet">
                            {days.unemployed.iter().map(|(from, to)| {
                                let n = from.days_until(*to) + 1;
                                view! { <li>{from.long(lang)}" – " {to.long(lang)}" (" {n.to_string()}" " {t.days_word}")"</li> }
                            }).collect_view()}
                        </ul>
                    })}
                    <p class="hint">{t.unemployment_note}</p>
                }
                .into_any()
            }
        })
    };

    let options: Vec<(String, String)> = KINDS
        .iter()
        .zip(t.opt_kinds)
        .map(|((id, _), label)| ((*id).to_owned(), label.to_owned()))
        .collect();
    view! {
        <PageHeading text=Tool::OptUnemployment.title(lang) has_errors=Signal::derive(move || !errors.with(FormErrors::is_empty))/>
        <p class="lead">{Tool::OptUnemployment.summary(lang)}</p>
        <ErrorSummary items=Signal::derive(move || errors.with(FormErrors::summary))/>
        <form novalidate on:submit=submit>
            <Radios
                name="kind"
                legend=view! { <span class="fieldset__heading">{t.opt_kind_legend}</span> }.into_any()
                options=options
                selected=kind
                error=message_of(errors, "kind")
            />
            <DateFields name="ead-start" legend=t.ead_start hint=t.ead_start_hint.to_owned() value=ead error=date_of(errors, "ead-start".to_owned())/>
            <h2 class="heading-m">{t.jobs_heading}</h2>
            {job_rows}
            <p><button type="button" class="button button--secondary" on:click=add_job>{t.add_job}</button></p>
            <button type="submit" class="button">{t.calculate}</button>
        </form>
        <div aria-live="polite">{summary}</div>
    }
}
