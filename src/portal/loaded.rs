//! A portal page's data: a loading line while it comes, the record when it has come, and
//! otherwise what went wrong with a way on (never a blank page).

use leptos::prelude::*;
use navigator_domain::FieldErrors;
use serde::de::DeserializeOwned;

use super::{
    api::{self, ApiFailure},
    session::use_session,
};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    text::{portal_text, shell_text},
};

/// Loads an API document for a page, again whenever `path` changes; a 401 ends the
/// session, so the page's gate offers to sign in again.
pub fn load<T: DeserializeOwned + 'static>(
    path: impl Fn() -> String + 'static,
) -> LocalResource<Result<T, ApiFailure>> {
    load_checked(move || Ok(path()))
}

/// [`load`] for a page that first checks what the address asks for (a filter's days): the
/// errors stand for the answer, and nothing is asked of the server.
pub fn load_checked<T: DeserializeOwned + 'static>(
    path: impl Fn() -> Result<String, FieldErrors> + 'static,
) -> LocalResource<Result<T, ApiFailure>> {
    let lang = use_navigation().lang_untracked();
    let session = use_session();
    LocalResource::new(move || {
        let path = path();
        async move {
            let path = path.map_err(ApiFailure::Invalid)?;
            let answer = api::get::<T>(lang, &path).await;
            if let Err(failure) = &answer {
                session.notice(failure);
            }
            answer
        }
    })
}

pub fn loaded<T, V>(
    resource: LocalResource<Result<T, ApiFailure>>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    let lang = use_navigation().lang_untracked();
    let (t, s) = (portal_text(lang), shell_text(lang));
    move || {
        match resource.get() {
        None => view! { <p class="loading" role="status">{s.loading()}</p> }.into_any(),
        Some(Ok(value)) => render(value).into_any(),
        Some(Err(ApiFailure::NotFound)) => view! {
            <PageHeading text=s.not_found_title()/>
            <p>{t.not_found_record()}</p>
        }
        .into_any(),
        // The page shows the errors by its fields (`load_checked`).
        Some(Err(ApiFailure::Invalid(_))) => ().into_any(),
        Some(Err(ApiFailure::Refused(message))) => view! {
            <div class="notification notification--error" role="alert"><p>{message}</p></div>
        }
        .into_any(),
        Some(Err(_)) => {
            view! {
                <PageHeading text=t.unreachable_title()/>
                <p>{t.unreachable_body()}</p>
                <button type="button" class="button button--secondary" on:click=move |_| resource.refetch()>
                    {s.try_again()}
                </button>
            }
            .into_any()
        }
    }
    }
}
