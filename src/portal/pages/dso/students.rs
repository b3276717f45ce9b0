//! The official's students, searchable by name or SEVIS ID, a page at a time.

use leptos::prelude::*;
use navigator_domain::{
    PortalRoute,
    api::{dso::StudentSummary, endpoints, listing::Listing},
};

use super::{dso_nav, href};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        facts::facts,
        form_flow::query_value,
        labels,
        loaded::{load, loaded},
        pagination::Pagination,
    },
    text::portal_text,
};

#[component]
pub fn DsoStudentsPage() -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    let listing = load::<Listing<StudentSummary>>(move || {
        [endpoints::DSO_STUDENTS.path, "?", &navigation.query()].concat()
    });
    let searched = query_value(&navigation.query_untracked(), "q").unwrap_or_default();
    view! {
        {dso_nav(lang)}
        <PageHeading text=t.dso_title()/>
        <form class="search-form" method="get" action=navigation.path_untracked() data-navigate="" role="search">
            <label class="label" for="q">{t.search_label()}</label>
            <input class="input" id="q" name="q" type="search" value=searched spellcheck="false"/>
            <button type="submit" class="button button--secondary">{t.search_button()}</button>
        </form>
        {loaded(listing, move |listing: Listing<StudentSummary>| {
            let pages = listing.pages();
            view! {
                {listing.items.is_empty().then(|| view! { <p>{t.no_students()}</p> })}
                <ul class="card-list">
                    {listing.items.into_iter().map(|s| {
                        let link = href(PortalRoute::DsoStudent(s.id.clone()), lang);
                        let c = t.columns_students();
                        view! {
                            <li class="card">
                                <h2 class="heading-s card__title"><a href=link>{s.name.clone()}</a></h2>
                                {facts(vec![
                                    (c[1], s.sevis_id.to_string()),
                                    (c[2], labels::opt_kind(s.opt_kind, lang).to_owned()),
                                    (c[3], s.ead_end.long(lang)),
                                    (c[4], labels::portal_state(s.portal, lang).to_owned()),
                                    (c[5], s.open_items.to_string()),
                                ])}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Pagination page=listing.page pages=pages/>
            }
        })}
    }
}
