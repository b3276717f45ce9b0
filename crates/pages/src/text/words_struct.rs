//! Typed views of the language's catalogue: a struct per area whose methods are messages, so
//! pages write `text.sign_in_title()` and a method with no message fails the tests (each
//! struct's `read_every_word` runs in every language).
//! The words themselves are in `locales/<lang>/*.ftl` (docs/adr/0012-words-as-fluent-catalogues.md).

use navigator_domain::{Lang, words};

/// How a field is read from the catalogue: a message by its id, a list as `id-1`, `id-2`, …,
/// a pair as the message and its `.detail` attribute.
pub trait FromWords: Sized {
    fn from_words(lang: Lang, id: &str) -> Self;
}

impl FromWords for &'static str {
    fn from_words(lang: Lang, id: &str) -> Self {
        words::text(lang, id)
    }
}

impl<const N: usize, T: FromWords> FromWords for [T; N] {
    fn from_words(lang: Lang, id: &str) -> Self {
        std::array::from_fn(|i| T::from_words(lang, &[id, "-", &(i + 1).to_string()].concat()))
    }
}

impl FromWords for (&'static str, &'static str) {
    fn from_words(lang: Lang, id: &str) -> Self {
        (
            words::text(lang, id),
            words::text(lang, &[id, ".detail"].concat()),
        )
    }
}

/// Declares a struct of words read from the ids `<area>-<field>`: one method per message,
/// each reading its message when a page asks for it. Methods, not fields filled at once,
/// so a bundle holds the code of only the words its pages read: `PortalText::get` filled
/// all 207 portal words in every portal bundle (10.3 KB of code, docs/performance.md).
macro_rules! words_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident in $area:literal {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name {
            lang: navigator_domain::Lang,
        }

        impl $name {
            /// The words of a language.
            pub fn get(lang: navigator_domain::Lang) -> &'static $name {
                const LANGS: usize = navigator_domain::Lang::ALL.len();
                static EACH: [$name; LANGS] = {
                    let mut each = [$name { lang: navigator_domain::Lang::ALL[0] }; LANGS];
                    let mut i = 0;
                    while i < LANGS {
                        each[i] = $name { lang: navigator_domain::Lang::ALL[i] };
                        i += 1;
                    }
                    each
                };
                &EACH[lang as usize]
            }

            $(
                $(#[$field_meta])*
                pub fn $field(&self) -> $ty {
                    <$ty as $crate::text::words_struct::FromWords>::from_words(
                        self.lang,
                        concat!($area, "-", stringify!($field)),
                    )
                }
            )*

            /// Reads every message once: a missing id panics (debug builds), so the tests
            /// call this for every language.
            #[cfg(test)]
            pub(crate) fn read_every_word(lang: navigator_domain::Lang) {
                let words = Self::get(lang);
                $( let _ = words.$field(); )*
            }
        }
    };
}
