//! Which plural form a number takes in each language (CLDR cardinal rules for whole
//! numbers). Written out here rather than pulled from `intl_pluralrules`, which would add
//! ~28 KB gzip of every language's rules to each wasm bundle; a test checks these against
//! that crate for the first hundred thousand numbers.

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The name Fluent files use for the variant (`[one]`).
    pub const fn name(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<PluralCategory> {
        [
            PluralCategory::Zero,
            PluralCategory::One,
            PluralCategory::Two,
            PluralCategory::Few,
            PluralCategory::Many,
            PluralCategory::Other,
        ]
        .into_iter()
        .find(|c| c.name() == name)
    }
}

impl Lang {
    /// The plural form of a whole number `n` (CLDR 37 cardinal rules, as `intl_pluralrules` 7).
    pub const fn plural_category(self, n: u64) -> PluralCategory {
        match self {
            // one: i = 1 and v = 0
            Lang::En | Lang::Es => {
                if n == 1 {
                    PluralCategory::One
                } else {
                    PluralCategory::Other
                }
            }
            // one: i = 0..1 (pt is Brazil's rule; fr's "many" for millions came after CLDR 37)
            Lang::Pt | Lang::Fr => {
                if n <= 1 {
                    PluralCategory::One
                } else {
                    PluralCategory::Other
                }
            }
            // CLDR has no rule for Haitian Creole, whose nouns do not inflect: root's "other".
            Lang::Ht => PluralCategory::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use intl_pluralrules::{PluralCategory as Cldr, PluralRuleType, PluralRules};

    use super::*;

    fn cldr(category: Cldr) -> PluralCategory {
        match category {
            Cldr::ZERO => PluralCategory::Zero,
            Cldr::ONE => PluralCategory::One,
            Cldr::TWO => PluralCategory::Two,
            Cldr::FEW => PluralCategory::Few,
            Cldr::MANY => PluralCategory::Many,
            Cldr::OTHER => PluralCategory::Other,
        }
    }

    #[test]
    fn every_language_follows_cldr_for_whole_numbers() {
        for lang in Lang::ALL {
            let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap();
            // A language CLDR has no rule for takes the root rule: "other" for every number.
            let rules = PluralRules::create(id, PluralRuleType::CARDINAL).ok();
            for n in 0..100_000u64 {
                let expected = rules
                    .as_ref()
                    .map_or(PluralCategory::Other, |r| cldr(r.select(n).unwrap()));
                assert_eq!(lang.plural_category(n), expected, "{} {n}", lang.tag());
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for name in ["zero", "one", "two", "few", "many", "other"] {
            assert_eq!(PluralCategory::from_name(name).unwrap().name(), name);
        }
    }
}
