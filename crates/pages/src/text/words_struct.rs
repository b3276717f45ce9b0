//! Typed views of the language's catalogue: a struct per area whose fields are messages, so
//! pages write `text.sign_in_title` and a field with no message fails the tests (every
//! struct is loaded in every language by `tests::every_struct_loads_in_every_language`).
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

/// Declares a struct of words loaded once per language from the ids `<area>-<field>`.
macro_rules! words_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident in $area:literal {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl $name {
            /// The words of a language, read from its catalogue on first use.
            pub fn get(lang: navigator_domain::Lang) -> &'static $name {
                static LOADED: [std::sync::OnceLock<$name>; navigator_domain::Lang::ALL.len()] =
                    [const { std::sync::OnceLock::new() }; navigator_domain::Lang::ALL.len()];
                LOADED[lang as usize].get_or_init(|| $name {
                    $( $field: <$ty as $crate::text::words_struct::FromWords>::from_words(
                        lang,
                        concat!($area, "-", stringify!($field)),
                    ), )*
                })
            }
        }
    };
}
