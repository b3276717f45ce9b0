//! Every word of the app, in each language: one struct per area, one `static` value per
//! language, so a string missing in one language does not build
//! (docs/adr/0001-typed-text-catalogues.md). Long content (guides, the words of "Find the
//! right place") is not here: it is fetched per page from `/content/`.

mod find;
mod portal;
mod shell;
mod tools;

pub use find::FindText;
pub use portal::PortalText;
pub use shell::ShellText;
pub use tools::ToolsText;

use navigator_domain::Lang;

pub const fn shell_text(lang: Lang) -> &'static ShellText {
    match lang {
        Lang::En => &shell::EN,
        Lang::Es => &shell::ES,
    }
}

pub const fn find_text(lang: Lang) -> &'static FindText {
    match lang {
        Lang::En => &find::EN,
        Lang::Es => &find::ES,
    }
}

pub const fn tools_text(lang: Lang) -> &'static ToolsText {
    match lang {
        Lang::En => &tools::EN,
        Lang::Es => &tools::ES,
    }
}

pub const fn portal_text(lang: Lang) -> &'static PortalText {
    match lang {
        Lang::En => &portal::EN,
        Lang::Es => &portal::ES,
    }
}
