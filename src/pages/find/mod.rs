//! "Find the right place" (navigator-pages renders it): the words are fetched once from
//! `/content/<lang>/find.json`.

mod question;
mod result;
mod start;

use std::rc::Rc;

use leptos::prelude::*;
use navigator_domain::{Lang, routing::FindWording};

pub use question::FindQuestionPage;
pub use result::FindResultPage;
pub use start::FindStartPage;

use crate::{content, fetch::FetchError};

fn wording(lang: Lang) -> LocalResource<Result<Rc<FindWording>, FetchError>> {
    LocalResource::new(move || content::json::<FindWording>(lang, "find.json"))
}
