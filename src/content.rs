//! The documents the build writes to `/content/<lang>/…` (guides, the words of "Find the
//! right place", the search index), fetched when a page first needs them and kept for the
//! rest of the visit, so moving between pages needs no network and search works offline
//! once the index has loaded.

use std::{any::Any, cell::RefCell, collections::HashMap, rc::Rc};

use leptos::prelude::*;
use navigator_domain::Lang;

use crate::{
    fetch::{self, FetchError},
    navigation::use_navigation,
    text::shell_text,
};

thread_local! {
    static DOCUMENTS: RefCell<HashMap<String, Rc<dyn Any>>> = RefCell::new(HashMap::new());
}

fn url(lang: Lang, name: &str) -> String {
    ["/content/", lang.tag(), "/", name].concat()
}

fn cached<T: 'static>(url: &str) -> Option<Rc<T>> {
    DOCUMENTS
        .with(|d| d.borrow().get(url).cloned())
        .and_then(|any| any.downcast::<T>().ok())
}

fn keep<T: 'static>(url: String, value: Rc<T>) {
    DOCUMENTS.with(|d| d.borrow_mut().insert(url, value));
}

/// A JSON document, parsed once.
pub async fn json<T: serde::de::DeserializeOwned + 'static>(
    lang: Lang,
    name: &str,
) -> Result<Rc<T>, FetchError> {
    let url = url(lang, name);
    if let Some(value) = cached::<T>(&url) {
        return Ok(value);
    }
    let value = Rc::new(fetch::get_json::<T>(&url).await?);
    keep(url, value.clone());
    Ok(value)
}

/// An HTML fragment.
pub async fn html(lang: Lang, name: &str) -> Result<Rc<String>, FetchError> {
    let url = url(lang, name);
    if let Some(value) = cached::<String>(&url) {
        return Ok(value);
    }
    let value = Rc::new(fetch::get_text(&url).await?);
    keep(url, value.clone());
    Ok(value)
}

/// Renders a loaded document, a loading line while it comes, or an error with a way to try
/// again (a poor connection must never leave a blank page).
pub fn loaded<T, V>(
    resource: LocalResource<Result<T, FetchError>>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    let navigation = use_navigation();
    move || {
        let t = shell_text(navigation.lang_untracked());
        match resource.get() {
            None => view! { <p class="loading" role="status">{t.loading()}</p> }.into_any(),
            Some(Ok(value)) => render(value).into_any(),
            Some(Err(_)) => view! {
                <div class="notification" role="alert">
                    <h1 class="heading-l">{t.load_failed_title()}</h1>
                    <p>{t.load_failed()}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| resource.refetch()>
                        {t.try_again()}
                    </button>
                </div>
            }
            .into_any(),
        }
    }
}
