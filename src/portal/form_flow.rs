//! Every portal form, the same way: its steps (`?step=…`), "Check your answers"
//! (`?step=check`) and the confirmation (`?step=done`). What people type is saved on the
//! device at each keystroke; sending reuses the Idempotency-Key of an earlier attempt with
//! the same answers, so "Try again" after a dropped connection or a 5xx never stores twice;
//! a 422 shows the server's messages on the step they belong to; a 401 keeps everything
//! for after signing in again.

use leptos::{ev::SubmitEvent, html, prelude::*, task::spawn_local_scoped};
use navigator_domain::{
    FieldErrors, Lang,
    calendar::{DateInput, Timestamp},
    form_draft::Draft,
    words,
};
use serde_json::Value;

use super::{
    api::{self, ApiFailure},
    device_store::{self, NextStep, Pending, SavedForm, Sent},
    form::{Field, FieldKind, FormSpec, errors_within},
    local_time::local_date_time,
    session::use_session,
};
use crate::{
    components::{
        BackLink, DateFields, ErrorSummary, Radios, TextArea, TextField, focus_on_arrival,
    },
    navigation::{Navigation, use_navigation},
    page_heading::PageHeading,
    text::{portal_text, shell_text},
    today::today,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FlowPage {
    Step(usize),
    Check,
    Done,
}

/// A value of the page's query string (`step` of `?step=check`).
pub fn query_value(query: &str, name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(query)
        .ok()?
        .get(name)
}

fn step_href(path: &str, slug: &str) -> String {
    if slug.is_empty() {
        path.to_owned()
    } else {
        [path, "?step=", slug].concat()
    }
}

/// Shows a saved confirmation: what was sent, its reference, what happens next.
pub fn confirmation(sent: &Sent, back: &str, lang: Lang) -> impl IntoView {
    let t = portal_text(lang);
    let s = shell_text(lang);
    let next = sent.next.clone();
    let answers = sent.answers.clone();
    let next_heading = sent
        .next_heading
        .clone()
        .unwrap_or_else(|| t.next_heading().to_owned());
    view! {
        {subject_caption(sent.subject.clone())}
        <PageHeading text=sent.title.clone()/>
        {sent.warning.clone().map(|warning| view! {
            <div class="panel panel--warning"><p><strong>{warning}</strong></p></div>
        })}
        <div class="panel panel--success">
            <p>{t.reference_label()}</p>
            <p class="reference">{sent.reference.clone()}</p>
        </div>
        <p>{t.sent_at()}": " {sent.sent_at.clone()}</p>
        {(!next.is_empty()).then(|| view! {
            <h2 class="heading-m">{next_heading}</h2>
            <ul class="list list--bullet">
                {next.into_iter().map(next_step).collect_view()}
            </ul>
        })}
        {(!answers.is_empty()).then(|| view! {
            <h2 class="heading-m">{t.your_answers()}</h2>
            <dl class="summary-list">
                {answers.into_iter().map(|(key, value)| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{key}</dt>
                        <dd class="summary-list__value">{value}</dd>
                    </div>
                }).collect_view()}
            </dl>
        })}
        <p class="no-print">{t.keep_record()}</p>
        <div class="button-group no-print">
            <button type="button" class="button button--secondary" data-action="print">{s.print()}</button>
            <a class="link-button" href=back.to_owned()>{t.back_to_start()}</a>
        </div>
    }
}

/// Whose record the form changes, above the page's heading.
fn subject_caption(subject: Option<String>) -> impl IntoView {
    subject.map(|s| view! { <p class="caption-m record-subject">{s}</p> })
}

fn next_step(step: NextStep) -> impl IntoView {
    view! {
        <li>
            {step.text}
            {step.link.map(|(label, href)| view! { " " <a href=href>{label}</a> })}
        </li>
    }
}

/// The time an answer gives (`recorded_at`), in the person's own time zone.
fn sent_at(answer: &Value, lang: Lang) -> String {
    answer
        .get("recorded_at")
        .and_then(Value::as_str)
        .and_then(Timestamp::parse_iso)
        .map(|at| local_date_time(at, lang))
        .unwrap_or_default()
}

fn field_view(field: Field, saved: RwSignal<SavedForm>, errors: RwSignal<FieldErrors>) -> AnyView {
    let lang = use_navigation().lang_untracked();
    let key = field.key;
    let label = label_of(&field, lang);
    let hint = field.hint.map(str::to_owned);
    let error = Signal::derive(move || errors.with(|e| e.first_message(key).map(str::to_owned)));
    let initial =
        |part: &str| saved.with_untracked(|s| s.draft.get(&[key, part].concat()).to_owned());
    // Each change goes into the draft, which is saved on the device at once.
    let keep = move |part: &'static str, text: String| {
        saved.update(|s| s.draft.set(&[key, part].concat(), text));
    };
    match field.kind {
        FieldKind::Text {
            autocomplete,
            inputmode,
            width,
            no_spellcheck,
            input_type,
        } => {
            let value = RwSignal::new(initial(""));
            Effect::watch(
                move || value.get(),
                move |text, _, _| keep("", text.clone()),
                false,
            );
            view! {
                <TextField
                    name=key label=label hint=hint value=value error=error
                    autocomplete=autocomplete inputmode=inputmode width=width
                    no_spellcheck=no_spellcheck input_type=input_type
                />
            }
            .into_any()
        }
        FieldKind::LongText => {
            let value = RwSignal::new(initial(""));
            Effect::watch(
                move || value.get(),
                move |text, _, _| keep("", text.clone()),
                false,
            );
            view! { <TextArea name=key label=label hint=hint value=value error=error/> }.into_any()
        }
        FieldKind::Date { autocomplete } => {
            let value = RwSignal::new(DateInput {
                day: initial(".day"),
                month: initial(".month"),
                year: initial(".year"),
            });
            Effect::watch(
                move || value.get(),
                move |date, _, _| {
                    keep(".day", date.day.clone());
                    keep(".month", date.month.clone());
                    keep(".year", date.year.clone());
                },
                false,
            );
            // The server names the date, not the box: all three boxes are marked.
            let error = Signal::derive(move || error.get().map(|m| (m, [true; 3])));
            view! {
                <DateFields name=key legend=label hint=hint value=value error=error autocomplete=autocomplete/>
            }
            .into_any()
        }
        FieldKind::Choice(options) => {
            let chosen = initial("");
            let selected = RwSignal::new((!chosen.is_empty()).then_some(chosen));
            Effect::watch(
                move || selected.get(),
                move |choice, _, _| keep("", choice.clone().unwrap_or_default()),
                false,
            );
            view! {
                <Radios
                    name=key
                    legend=view! { <span class="fieldset__heading">{label}</span> }.into_any()
                    hint=hint
                    options=options
                    selected=selected
                    error=error
                />
            }
            .into_any()
        }
    }
}

fn label_of(field: &Field, lang: Lang) -> String {
    if field.optional {
        words::format(lang, "portal-optional", &[("label", field.label.into())])
    } else {
        field.label.to_owned()
    }
}

/// Where the person is in the form, from `?step=`.
fn flow_page(spec: &FormSpec, query: &str) -> FlowPage {
    match query_value(query, "step").as_deref() {
        Some("check") => FlowPage::Check,
        Some("done") => FlowPage::Done,
        Some(slug) => FlowPage::Step(
            spec.steps
                .iter()
                .position(|s| s.slug == slug)
                .unwrap_or_default(),
        ),
        None if spec.steps.is_empty() => FlowPage::Check,
        None => FlowPage::Step(0),
    }
}

#[component]
pub fn FormFlow(spec: FormSpec) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let session = use_session();
    let account = session
        .signed_in_untracked()
        .map(|s| s.account_id().to_owned())
        .unwrap_or_default();
    let restored = device_store::load_form(&account, &spec.id).unwrap_or_else(|| SavedForm {
        draft: spec.initial.clone(),
        pending: None,
    });
    let saved = RwSignal::new(restored);
    let (form_id, path) = (spec.id.clone(), navigation.path_untracked());
    {
        let (account, form_id) = (account.clone(), form_id.clone());
        Effect::watch(
            move || saved.get(),
            move |form, _, _| device_store::save_form(&account, &form_id, form),
            false,
        );
    }
    let errors = RwSignal::new(FieldErrors::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    let spec = StoredValue::new(spec);
    let page = Memo::new(move |_| spec.with_value(|f| flow_page(f, &navigation.query())));
    let owner = Owner::current();
    // The request on its way belongs to the page it was sent from: moving to another step
    // (or away) cancels it. The draft and its key stay, so sending again is safe.
    let in_flight = StoredValue::new(None::<Owner>);
    Effect::watch(
        move || page.get(),
        move |_, _, _| {
            if let Some(request) = in_flight.try_update_value(Option::take).flatten() {
                request.cleanup();
                let _ = busy.try_set(false);
            }
        },
        false,
    );

    let send = {
        let (account, path) = (account.clone(), path.clone());
        move || {
            // A second press while the first is on its way does nothing; the server
            // guards the rest with the Idempotency-Key.
            if busy.get_untracked() {
                return;
            }
            let draft = saved.with_untracked(|s| s.draft.clone());
            let all = spec.with_value(|f| (f.validate)(&draft, lang, today()));
            if !all.is_empty() {
                show_errors(spec, all, errors, navigation, &path);
                return;
            }
            let body = spec.with_value(|f| (f.body)(&draft));
            let pending = match saved.with_untracked(|s| s.pending.clone()) {
                Some(pending) if pending.body == body => pending,
                _ => Pending {
                    key: api::new_key(),
                    body,
                },
            };
            saved.update(|s| s.pending = Some(pending.clone()));
            busy.set(true);
            failure.set(None);
            let (account, path) = (account.clone(), path.clone());
            let request = async move {
                let (method, api_path) = spec.with_value(|f| (f.method, f.path.clone()));
                let answer =
                    api::send::<Value>(lang, method, &api_path, &pending.body, Some(&pending.key))
                        .await;
                let _ = busy.try_set(false);
                match answer {
                    Ok(answer) => {
                        let sent = spec.with_value(|f| Sent {
                            form: f.id.clone(),
                            title: f.sent_title.to_owned(),
                            subject: f.subject.clone(),
                            warning: f.sent_warning.map(str::to_owned),
                            next_heading: f.next_heading.map(str::to_owned),
                            reference: answer
                                .get("reference")
                                .and_then(Value::as_str)
                                .unwrap_or_default()
                                .to_owned(),
                            sent_at: sent_at(&answer, lang),
                            answers: f
                                .facts_after
                                .as_ref()
                                .unwrap_or(&f.facts)
                                .iter()
                                .cloned()
                                .chain(f.answers(&draft, lang))
                                .collect(),
                            next: (f.next)(&answer, lang),
                        });
                        device_store::add_to_history(&account, sent);
                        let form_id = spec.with_value(|f| f.id.clone());
                        // Replace, so Back does not return to a form that was sent.
                        let _ = saved.try_set(SavedForm::default());
                        device_store::remove_form(&account, &form_id);
                        navigation.replace(&step_href(&path, "done"));
                    }
                    Err(ApiFailure::Invalid(found)) => {
                        show_errors(spec, found, errors, navigation, &path);
                    }
                    Err(ApiFailure::Aborted) => {}
                    Err(other) => {
                        session.notice(&other);
                        let _ = failure.try_set(Some(other));
                    }
                }
            };
            let request_owner = owner.as_ref().map(Owner::child);
            in_flight.set_value(request_owner.clone());
            match request_owner {
                Some(request_owner) => request_owner.with(|| spawn_local_scoped(request)),
                None => spawn_local_scoped(request),
            }
        }
    };

    let body = move || match page.get() {
        FlowPage::Step(index) => step_view(spec, index, saved, errors, &path).into_any(),
        FlowPage::Check => {
            check_view(spec, saved, errors, failure, busy, send.clone(), &path).into_any()
        }
        FlowPage::Done => done_view(spec, &account, lang).into_any(),
    };
    view! { <div class="portal-form">{body}</div> }
}

/// Shows errors where they belong: on the first step with one, or on the check page for
/// errors about no field (an expired link).
fn show_errors(
    spec: StoredValue<FormSpec>,
    found: FieldErrors,
    errors: RwSignal<FieldErrors>,
    navigation: Navigation,
    path: &str,
) {
    let target = spec.with_value(|f| {
        found
            .iter()
            .find_map(|(key, _)| f.step_of(key))
            .map(|index| f.steps[index].slug)
    });
    let _ = errors.try_set(found);
    match target {
        Some(slug) => navigation.go(&step_href(path, slug)),
        None => navigation.go(&step_href(path, "check")),
    }
}

fn step_view(
    spec: StoredValue<FormSpec>,
    index: usize,
    saved: RwSignal<SavedForm>,
    errors: RwSignal<FieldErrors>,
    path: &str,
) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    let s = shell_text(lang);
    let subject = spec.with_value(|f| f.subject.clone());
    let (step, title, lead, back, next_slug) = spec.with_value(|f| {
        let next_slug = f.steps.get(index + 1).map_or("check", |s| s.slug);
        let back = match index {
            0 => f.back.clone(),
            _ => step_href(path, f.steps[index - 1].slug),
        };
        (
            f.steps[index].clone(),
            f.title,
            f.lead.clone(),
            back,
            next_slug,
        )
    });
    let here: Vec<Field> = step.fields.clone();
    let mine = {
        let here = here.clone();
        move || errors.with(|e| errors_within(e, &here.iter().collect::<Vec<_>>()))
    };
    let summary = {
        let (here, mine) = (here.clone(), mine.clone());
        Signal::derive(move || {
            mine()
                .iter()
                .filter_map(|(key, messages)| {
                    let field = here.iter().find(|f| f.owns(key))?;
                    Some((field.element_id(), messages.first()?.clone()))
                })
                .collect::<Vec<_>>()
        })
    };
    let has_errors = Signal::derive(move || !summary.with(Vec::is_empty));
    let next = step_href(path, next_slug);
    let proceed = move |event: SubmitEvent| {
        event.prevent_default();
        let found = spec.with_value(|f| {
            let all = saved.with_untracked(|s| (f.validate)(&s.draft, lang, today()));
            errors_within(&all, &f.steps[index].fields.iter().collect::<Vec<_>>())
        });
        if found.is_empty() {
            errors.set(FieldErrors::new());
            navigation.go(&next);
        } else {
            errors.set(found);
        }
    };
    let fields = here
        .into_iter()
        .map(|field| field_view(field, saved, errors))
        .collect_view();
    let caption = (step.heading != title).then_some(title);
    view! {
        <BackLink href=back/>
        <ErrorSummary items=summary/>
        {subject_caption(subject)}
        {caption.map(|c| view! { <p class="caption-m">{c}</p> })}
        <PageHeading text=step.heading has_errors=has_errors/>
        {(index == 0).then(|| view! {
            {lead.map(|l| view! { <p class="lead">{l}</p> })}
            <p class="hint">{t.saved_note()}</p>
        })}
        <form novalidate on:submit=proceed>
            {fields}
            <button type="submit" class="button">{s.continue_button()}</button>
        </form>
    }
}

fn check_view(
    spec: StoredValue<FormSpec>,
    saved: RwSignal<SavedForm>,
    errors: RwSignal<FieldErrors>,
    failure: RwSignal<Option<ApiFailure>>,
    busy: RwSignal<bool>,
    send: impl Fn() + Clone + Send + Sync + 'static,
    path: &str,
) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    let (title, lead, facts, submit, back, has_steps) = spec.with_value(|f| {
        let back = match f.steps.last() {
            Some(last) => step_href(path, last.slug),
            None => f.back.clone(),
        };
        (
            f.title,
            f.lead.clone(),
            f.facts.clone(),
            f.submit,
            back,
            !f.steps.is_empty(),
        )
    });
    let heading = if has_steps { t.check_title() } else { title };
    let subject = spec.with_value(|f| f.subject.clone());
    let rows = {
        let path = path.to_owned();
        move || {
            let draft: Draft = saved.with(|s| s.draft.clone());
            spec.with_value(|f| {
                f.steps
                    .iter()
                    .flat_map(|step| {
                        let href = step_href(&path, step.slug);
                        let draft = &draft;
                        step.fields.iter().map(move |field| {
                            let value = field.display(draft, lang);
                            let change = [t.change(), " "].concat();
                            view! {
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{field.label}</dt>
                                    <dd class="summary-list__value">{value}</dd>
                                    <dd class="summary-list__actions">
                                        <a href=href.clone()>{change}<span class="visually-hidden">{field.label}</span></a>
                                    </dd>
                                </div>
                            }
                        })
                    })
                    .collect_view()
            })
        }
    };
    // Errors that belong to no field (an expired link, a rule about the whole request).
    let general = Signal::derive(move || {
        errors.with(|e| {
            spec.with_value(|f| {
                e.iter()
                    .filter(|(key, _)| f.step_of(key).is_none())
                    .filter_map(|(_, messages)| messages.first().cloned())
                    .map(|m| ("submit".to_owned(), m))
                    .collect::<Vec<_>>()
            })
        })
    });
    let has_errors = Signal::derive(move || !general.with(Vec::is_empty));
    // The person pressed the button at the bottom of the page; the notice is at the top.
    let notice = NodeRef::<html::Div>::new();
    focus_on_arrival(notice);
    let problem = move || {
        failure.get().map(|failure| {
            let message = match &failure {
                ApiFailure::Unreachable => t.not_sent_offline().to_owned(),
                ApiFailure::SignedOut => t.not_sent_signed_out().to_owned(),
                ApiFailure::Refused(message) => message.clone(),
                ApiFailure::NotFound => t.not_found_record().to_owned(),
                _ => t.not_sent_server().to_owned(),
            };
            let title = if failure.is_retryable() {
                t.not_sent_title()
            } else {
                t.refused_title()
            };
            view! {
                <div class="notification notification--error" role="alert" tabindex="-1" node_ref=notice>
                    <h2 class="heading-m">{title}</h2>
                    <p>{message}</p>
                </div>
            }
        })
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        send();
    };
    let button = move || {
        let retry = failure.with(|f| f.as_ref().is_some_and(ApiFailure::is_retryable));
        if busy.get() {
            t.sending()
        } else if retry {
            shell_text(lang).try_again()
        } else {
            submit
        }
    };
    view! {
        <BackLink href=back/>
        <ErrorSummary items=general/>
        {subject_caption(subject)}
        {has_steps.then(|| view! { <p class="caption-m">{title}</p> })}
        <PageHeading text=heading has_errors=has_errors/>
        {problem}
        {lead.filter(|_| !has_steps).map(|l| view! { <p class="lead">{l}</p> })}
        {has_steps.then(|| view! { <p>{t.check_lead()}</p> })}
        <dl class="summary-list">
            {facts.into_iter().map(|(key, value)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{key}</dt>
                    <dd class="summary-list__value">{value}</dd>
                </div>
            }).collect_view()}
            {rows}
        </dl>
        <form novalidate on:submit=on_submit>
            <button type="submit" class="button" id="submit" aria-busy=move || busy.get().then_some("true")>{button}</button>
        </form>
    }
}

fn done_view(spec: StoredValue<FormSpec>, account: &str, lang: Lang) -> impl IntoView {
    let t = portal_text(lang);
    let (id, back) = spec.with_value(|f| (f.id.clone(), f.back.clone()));
    let history = device_store::history(account);
    match history.iter().find(|s| s.form == id) {
        Some(sent) => confirmation(sent, &back, lang).into_any(),
        None => view! {
            <PageHeading text=t.history_heading()/>
            <p>{t.nothing_to_confirm()}</p>
            <a class="link-button" href=back>{t.back_to_start()}</a>
        }
        .into_any(),
    }
}
