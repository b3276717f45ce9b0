//! OPT unemployment days: used, left and when they run out, from the EAD start and the
//! jobs the person enters.

use leptos::{ev::SubmitEvent, prelude::*};
use navigator_domain::{
    Lang, Tool,
    calculators::{
        EmploymentPeriod, OPT_EMPLOYMENT_FACTS, UnemploymentDays, UnemploymentError,
        UnemploymentLimit, unemployment_days,
    },
    calendar::{Date, DateInput, DateLabel, DateRule},
    words::{self, Citation, format},
};
use navigator_pages::markup::Markup;

use super::{
    form_errors::{FormErrors, date_of, message_of},
    kept_answers::{self, Answers},
    tool_sources::ToolSources,
};
use crate::{
    components::{DateFields, ErrorSummary, Radios, date_error, unemployment_count},
    navigation::use_navigation,
    page_heading::PageHeading,
    text::{choice_label, tools_text},
    today::today,
};

/// What the tool can tell each kind of practical training.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// F-1 OPT: the days without a job, counted against this limit.
    Counted(UnemploymentLimit),
    /// M-1 practical training has no unemployment allowance (the 90 days are an F-1 OPT
    /// rule, 8 CFR 214.2(f)(10)(ii)(E)): no count, the person is sent to their DSO.
    AskDso,
}

/// The radios' ids; each labelled by `tools-opt_kind-<id>`.
const KINDS: [(&str, Kind); 3] = [
    (
        "post-completion",
        Kind::Counted(UnemploymentLimit::PostCompletionOpt),
    ),
    ("stem", Kind::Counted(UnemploymentLimit::WithStemExtension)),
    ("m1", Kind::AskDso),
];

fn kind_of(id: &str) -> Option<Kind> {
    KINDS.iter().find(|(k, _)| *k == id).map(|(_, kind)| *kind)
}

/// The page's words that state facts (the limits, the weekly hours). Every tool word that
/// states a fact is on some tool page's list (`tools::tests`).
pub(super) const WORDS_WITH_FACTS: [&str; 6] = [
    "tools-opt_kind-post-completion",
    "tools-opt_kind-stem",
    "tools-ead_start_hint",
    "tools-jobs_hint",
    "tools-job_under_20_hours",
    "tools-unemployment_note",
];

/// What the page cites under "Sources": the facts its words state, and the limits and
/// weekly hours the count is made with (the same facts, should the words change).
fn cited_facts(lang: Lang) -> Vec<Citation<'static>> {
    let [hours] = OPT_EMPLOYMENT_FACTS;
    let counted = [
        UnemploymentLimit::PostCompletionOpt.fact_id(),
        UnemploymentLimit::WithStemExtension.fact_id(),
        hours,
    ];
    words::facts_of(lang, &WORDS_WITH_FACTS, &counted)
}

const EAD_START: DateLabel = DateLabel::new("tools-date-label-ead-start");
const JOB_START: DateLabel = DateLabel::new("tools-date-label-job-start");
const JOB_END: DateLabel = DateLabel::new("tools-date-label-job-end");

/// What the tool shows after Calculate.
#[derive(Clone)]
enum Shown {
    Counted(Result<UnemploymentDays, UnemploymentError>),
    AskDso,
}

#[derive(Clone, Copy)]
struct JobRow {
    key: u32,
    start: RwSignal<DateInput>,
    end: RwSignal<DateInput>,
    /// Fewer than 20 hours a week: not OPT employment.
    under_20_hours: RwSignal<bool>,
}

impl JobRow {
    fn new(key: u32) -> JobRow {
        JobRow {
            key,
            start: RwSignal::new(DateInput::default()),
            end: RwSignal::new(DateInput::default()),
            under_20_hours: RwSignal::new(false),
        }
    }
    /// A row with what was kept for it in this tab.
    fn kept(key: u32, kept: &Answers) -> JobRow {
        let row = JobRow::new(key);
        row.start.set(kept.date(&row.field("start")));
        row.end.set(kept.date(&row.field("end")));
        row.under_20_hours
            .set(kept.flag(&row.field("under-20-hours")));
        row
    }
    /// Keeps the row's answers (reading them tracks them).
    fn keep(self, answers: &Answers) {
        answers.set_date(&self.field("start"), &self.start.get());
        answers.set_date(&self.field("end"), &self.end.get());
        answers.set_flag(&self.field("under-20-hours"), self.under_20_hours.get());
    }
    fn field(self, part: &str) -> String {
        job_field(self.key, part)
    }
    fn input(self) -> JobInput {
        JobInput {
            key: self.key,
            start: self.start.get_untracked(),
            end: self.end.get_untracked(),
            under_20_hours: self.under_20_hours.get_untracked(),
        }
    }
}

fn job_field(key: u32, part: &str) -> String {
    ["job-", &key.to_string(), "-", part].concat()
}

/// The rows' keys as they are kept (`1,3`): each key once, in order; none for a text that
/// holds none.
fn job_keys(kept: &str) -> Vec<u32> {
    let mut keys: Vec<u32> = Vec::new();
    for key in kept.split(',').filter_map(|key| key.trim().parse().ok()) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// What was typed for one job.
#[derive(Clone, Debug, Default, PartialEq)]
struct JobInput {
    key: u32,
    start: DateInput,
    end: DateInput,
    under_20_hours: bool,
}

impl JobInput {
    /// Nothing typed and the box not ticked: no job. The form always shows one job row,
    /// and someone who has never had a job leaves it empty.
    fn is_blank(&self) -> bool {
        self.start.is_empty() && self.end.is_empty() && !self.under_20_hours
    }
}

/// The jobs typed, as employment periods, blank rows left out (with none, every day since
/// the EAD start counts); each wrong date is added to `errors` under its field.
fn read_jobs(
    rows: &[JobInput],
    today: Date,
    lang: Lang,
    errors: &mut FormErrors,
) -> Vec<EmploymentPeriod> {
    let mut periods = Vec::new();
    for row in rows.iter().filter(|row| !row.is_blank()) {
        let field = |part| job_field(row.key, part);
        let job_start = row.start.parse(&[DateRule::WithinYears(10)], today);
        let Ok(job_start) = job_start
            .map_err(|e| errors.add_date(&field("start"), date_error(&e, JOB_START, lang)))
        else {
            continue;
        };
        let end = if row.end.is_empty() {
            None
        } else {
            match row
                .end
                .parse(&[DateRule::OnOrAfter(job_start, JOB_START)], today)
            {
                Ok(end) => Some(end),
                Err(e) => {
                    errors.add_date(&field("end"), date_error(&e, JOB_END, lang));
                    continue;
                }
            }
        };
        periods.push(EmploymentPeriod {
            start: job_start,
            end,
            part_time_under_20_hours: row.under_20_hours,
        });
    }
    periods
}

/// A result as it is shown. Markup, not a view: a result never changes once shown (ADR 8).
fn result_markup(shown: &Shown, lang: Lang) -> String {
    let t = tools_text(lang);
    let mut m = Markup::new();
    match shown {
        Shown::AskDso => panel(&mut m, t.m1_ask_dso()),
        Shown::Counted(Err(UnemploymentError::NotStarted)) => panel(&mut m, t.not_started()),
        Shown::Counted(Err(UnemploymentError::EndsBeforeStart(_))) => {}
        Shown::Counted(Ok(days)) => {
            let over = days.is_over_limit();
            let class = if over { "panel panel--danger" } else { "panel" };
            m.open("div", &[("class", class)]);
            m.raw(&unemployment_count(days, lang));
            if over {
                m.open("p", &[])
                    .element("strong", &[], t.over_limit())
                    .close("p");
            }
            m.paragraph(&format(
                lang,
                "tools-counted-from-to",
                &[
                    ("from", days.counted_from.long(lang).into()),
                    ("to", days.counted_to.long(lang).into()),
                ],
            ));
            if let Some(day) = days.runs_out_on {
                m.open("p", &[])
                    .text(t.runs_out())
                    .text(" ")
                    .element("strong", &[], &day.long_with_weekday(lang))
                    .text(".")
                    .close("p");
            }
            m.close("div");
            if !days.unemployed.is_empty() {
                let stretches: Vec<String> = days
                    .unemployed
                    .iter()
                    .map(|(from, to)| {
                        let n = from.days_until(*to) + 1;
                        format(
                            lang,
                            "tools-stretch",
                            &[
                                ("from", from.long(lang).into()),
                                ("to", to.long(lang).into()),
                                ("days", n.into()),
                            ],
                        )
                    })
                    .collect();
                m.heading(t.stretches())
                    .bullets(stretches.iter().map(String::as_str));
            }
            m.element("p", &[("class", "hint")], t.unemployment_note());
        }
    }
    m.into_string()
}

fn panel(m: &mut Markup, text: &str) {
    m.open("div", &[("class", "panel")])
        .paragraph(text)
        .close("div");
}

#[component]
pub fn OptUnemploymentTool(sources: ToolSources) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    // The form itself states the limits and the weekly hours.
    sources.cite(&cited_facts(lang));
    let t = tools_text(lang);
    let kept = kept_answers::kept(Tool::OptUnemployment);
    let kind = RwSignal::new(kept.choice("kind"));
    let ead = RwSignal::new(kept.date("ead-start"));
    let mut rows: Vec<JobRow> = job_keys(&kept.text("jobs"))
        .into_iter()
        .map(|key| JobRow::kept(key, &kept))
        .collect();
    if rows.is_empty() {
        rows.push(JobRow::new(1));
    }
    let next_key = StoredValue::new(rows.iter().map(|row| row.key).max().unwrap_or(0) + 1);
    let jobs = RwSignal::new(rows);
    kept_answers::keep(Tool::OptUnemployment, move |answers| {
        answers.set_choice("kind", kind.get().as_deref());
        answers.set_date("ead-start", &ead.get());
        let rows = jobs.get();
        let keys: Vec<String> = rows.iter().map(|row| row.key.to_string()).collect();
        answers.set_text("jobs", &keys.join(","));
        for row in rows {
            row.keep(answers);
        }
    });
    let errors = RwSignal::new(FormErrors::default());
    let result = RwSignal::new(None::<Shown>);

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let today = today();
        let mut found = FormErrors::default();
        let limit = match kind.get_untracked().and_then(|k| kind_of(&k)) {
            Some(Kind::Counted(limit)) => Some(limit),
            Some(Kind::AskDso) => {
                // No dates are needed to send someone to their DSO.
                errors.set(FormErrors::default());
                result.set(Some(Shown::AskDso));
                return;
            }
            None => {
                found.add("kind", t.opt_kind_missing());
                None
            }
        };
        let start = ead
            .get_untracked()
            .parse(&[DateRule::WithinYears(10)], today)
            .map_err(|e| found.add_date("ead-start", date_error(&e, EAD_START, lang)))
            .ok();
        let typed: Vec<JobInput> = jobs.get_untracked().iter().map(|row| row.input()).collect();
        let periods = read_jobs(&typed, today, lang, &mut found);
        match (limit, start) {
            (Some(limit), Some(start)) if found.is_empty() => {
                errors.set(found);
                result.set(Some(Shown::Counted(unemployment_days(
                    start, &periods, limit, today,
                ))));
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
                let heading = format(lang, "tools-job-heading", &[("number", (index + 1).into())]);
                let hours_id = row.field("under-20-hours");
                view! {
                    <div class="job-row">
                        <h3 class="heading-s">{heading}</h3>
                        <DateFields name=row.field("start") legend=t.job_start() value=row.start error=date_of(errors, row.field("start"))/>
                        <DateFields name=row.field("end") legend=t.job_end() hint=t.job_end_hint().to_owned() value=row.end error=date_of(errors, row.field("end"))/>
                        <div class="form-group">
                            <div class="radios__item">
                                <input
                                    class="radios__input"
                                    id=hours_id.clone()
                                    name=hours_id.clone()
                                    type="checkbox"
                                    prop:checked=move || row.under_20_hours.get()
                                    on:change=move |ev| row.under_20_hours.set(event_target_checked(&ev))
                                />
                                <label class="radios__label" for=hours_id>{t.job_under_20_hours()}</label>
                            </div>
                        </div>
                        {(count > 1).then(|| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| jobs.update(|rows| rows.retain(|r| r.key != row.key))>
                                {t.remove_job()}<span class="visually-hidden">{[" ", &(index + 1).to_string()].concat()}</span>
                            </button>
                        })}
                    </div>
                }
            })
            .collect_view()
    };

    let summary = move || {
        result.with(|shown| {
            shown
                .as_ref()
                .map(|shown| view! { <div inner_html=result_markup(shown, lang)></div> })
        })
    };

    let options: Vec<(String, String)> = KINDS
        .iter()
        .map(|(id, _)| {
            let label = choice_label(lang, "tools-opt_kind", id);
            ((*id).to_owned(), label.to_owned())
        })
        .collect();
    view! {
        <PageHeading text=Tool::OptUnemployment.title(lang) has_errors=Signal::derive(move || !errors.with(FormErrors::is_empty))/>
        <p class="lead">{Tool::OptUnemployment.summary(lang)}</p>
        <ErrorSummary items=Signal::derive(move || errors.with(FormErrors::summary))/>
        <p>{t.counting_rule()}</p>
        <form novalidate on:submit=submit>
            <Radios
                name="kind"
                legend=view! { <span class="fieldset__heading">{t.opt_kind_legend()}</span> }.into_any()
                options=options
                selected=kind
                error=message_of(errors, "kind")
            />
            <DateFields name="ead-start" legend=t.ead_start() hint=t.ead_start_hint().to_owned() value=ead error=date_of(errors, "ead-start".to_owned())/>
            <h2 class="heading-m">{t.jobs_heading()}</h2>
            <p class="hint">{t.jobs_hint()}</p>
            {job_rows}
            <p><button type="button" class="button button--secondary" on:click=add_job>{t.add_job()}</button></p>
            <button type="submit" class="button">{t.calculate()}</button>
        </form>
        <div aria-live="polite">{summary}</div>
    }
}

#[cfg(test)]
mod tests {
    use navigator_domain::{Lang, words};

    use super::*;

    #[test]
    fn the_kept_rows_are_read_back_each_once_in_order() {
        assert_eq!(job_keys("1,3,2"), vec![1, 3, 2]);
        assert_eq!(job_keys("3, 3,x,,1"), vec![3, 1]);
        assert_eq!(job_keys(""), Vec::<u32>::new());
    }

    /// 100 days without a job on post-completion OPT: the panel warns, says when the days
    /// ran out and lists the stretch; M-1 students are sent to their DSO.
    #[test]
    fn a_result_over_the_limit_is_a_warning_with_its_stretch() {
        use navigator_domain::calendar::date;
        let lang = Lang::Es;
        let today = date(2026, 11, 30);
        let days = unemployment_days(
            today.add_days(-99),
            &[],
            UnemploymentLimit::PostCompletionOpt,
            today,
        )
        .unwrap();
        assert!(days.is_over_limit());
        let html = result_markup(&Shown::Counted(Ok(days)), lang);
        let t = tools_text(lang);
        assert!(
            html.starts_with(r#"<div class="panel panel--danger">"#),
            "{html}"
        );
        assert!(
            html.contains(&["<strong>", t.over_limit(), "</strong>"].concat()),
            "{html}"
        );
        assert!(
            html.contains(r#"<p class="big-number"><strong>100</strong>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<ul class="list list--bullet"><li>"#),
            "{html}"
        );
        let ask = result_markup(&Shown::AskDso, lang);
        assert_eq!(
            ask,
            [r#"<div class="panel"><p>"#, t.m1_ask_dso(), "</p></div>"].concat()
        );
    }

    /// The 90 days are an F-1 OPT rule (8 CFR 214.2(f)(10)(ii)(E)); M-1 practical training
    /// has no unemployment allowance, so M-1 students are sent to their DSO instead of being
    /// shown a count (shared/domain.md §7).
    #[test]
    fn m1_practical_training_is_given_no_day_count() {
        assert_eq!(kind_of("m1"), Some(Kind::AskDso));
        for lang in Lang::ALL {
            let label = choice_label(lang, "tools-opt_kind", "m1");
            assert!(!label.contains("90"), "{label}");
            assert!(!words::text(lang, "tools-m1_ask_dso").is_empty());
        }
    }

    /// The page states the limits and the weekly hours; each is listed with its source.
    #[test]
    fn the_page_cites_its_limits_and_the_weekly_hours() {
        for lang in Lang::ALL {
            let cited: Vec<&str> = cited_facts(lang).iter().map(|c| c.value).collect();
            let limits = [
                UnemploymentLimit::PostCompletionOpt,
                UnemploymentLimit::WithStemExtension,
            ];
            for days in limits.map(|l| l.days().to_string()) {
                assert!(cited.contains(&days.as_str()), "{}: {days}", lang.tag());
            }
            let hours = navigator_domain::facts::OPT_MINIMUM_WEEKLY_HOURS.to_string();
            assert!(cited.contains(&hours.as_str()), "{}: {hours}", lang.tag());
        }
    }

    /// Someone who has never had a job leaves the one job row empty: that is no job, not a
    /// missing start date, and every day since the EAD start counts (shared/domain.md §7).
    #[test]
    fn an_empty_job_row_is_no_job() {
        let today = navigator_domain::calendar::date(2026, 6, 8);
        let empty = JobInput {
            key: 1,
            ..JobInput::default()
        };
        for lang in Lang::ALL {
            let mut errors = FormErrors::default();
            let periods = read_jobs(std::slice::from_ref(&empty), today, lang, &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
            assert!(periods.is_empty());
        }
        // A row with only an end date, or only the box ticked, is a job without its start.
        for half in [
            JobInput {
                end: DateInput::new("1", "6", "2026"),
                ..empty.clone()
            },
            JobInput {
                under_20_hours: true,
                ..empty.clone()
            },
        ] {
            let mut errors = FormErrors::default();
            assert!(read_jobs(&[half], today, Lang::En, &mut errors).is_empty());
            assert!(errors.date("job-1-start").is_some());
        }
        // Filled rows are read as before, empty ones among them left out.
        let filled = JobInput {
            key: 2,
            start: DateInput::new("15", "5", "2026"),
            under_20_hours: true,
            ..JobInput::default()
        };
        let mut errors = FormErrors::default();
        let periods = read_jobs(&[empty, filled], today, Lang::En, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            periods,
            [EmploymentPeriod {
                start: navigator_domain::calendar::date(2026, 5, 15),
                end: None,
                part_time_under_20_hours: true,
            }]
        );
    }

    /// The page says which days are counted, and that is what the count does: with no job,
    /// an EAD that starts today has used one day (its first day, which is today).
    #[test]
    fn the_page_says_both_the_ead_start_and_today_are_counted() {
        let today = navigator_domain::calendar::date(2026, 6, 8);
        let days =
            unemployment_days(today, &[], UnemploymentLimit::PostCompletionOpt, today).unwrap();
        assert_eq!(days.used, 1);
        for lang in Lang::ALL {
            assert!(!tools_text(lang).counting_rule().is_empty());
        }
        assert!(
            tools_text(Lang::En)
                .counting_rule()
                .contains("both days included")
        );
    }

    /// Work under 20 hours a week is not OPT employment: its days count as unemployment.
    #[test]
    fn the_tool_says_jobs_under_20_hours_do_not_count() {
        for lang in Lang::ALL {
            let hint = words::text(lang, "tools-jobs_hint");
            assert!(hint.contains("20"), "{hint}");
        }
    }
}
