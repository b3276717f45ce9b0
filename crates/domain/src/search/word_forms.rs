//! How each language's words are folded for search: the words that alone say nothing, and
//! the word endings stripped so forms of a word find each other (ADR 19). A language is
//! two lines of data here; its everyday words are in `content/search/<lang>.txt`.

use crate::Lang;

/// The shortest stem an ending may leave: shorter ones match too many unrelated words.
const SHORTEST_STEM: usize = 3;

pub struct WordForms {
    /// Folded words that alone say nothing about what a visitor looks for ("how", "my",
    /// "de"), separated by single spaces. A query's stop words are left out.
    stop_words: &'static str,
    /// Endings separated by single spaces, tried in order, so longer ones come first; the
    /// first that leaves a long enough stem is stripped, `ies>y` replaces it instead.
    endings: &'static str,
}

impl WordForms {
    pub const fn of(lang: Lang) -> WordForms {
        match lang {
            Lang::En => WordForms {
                stop_words: "a an and are at be can do does for from get how i if in is it me my of on or the to was what when where which who why with you your",
                endings: "sses>ss ies>y ss>ss ations ation ments ment ings ing ers er ed es s e",
            },
            Lang::Es => WordForms {
                stop_words: "a al como con cual de del donde el en es esta este hay la las lo los me mi mis para por que se si sin su sus tu un una y yo",
                endings: "aciones acion iciones icion amientos amiento imientos imiento mente ancias ancia anzas anza adoras adores adora ador ando iendo adas ados ada ado idas idos ida ido iones ion ares eres ires ar er ir es os as o a e s",
            },
            Lang::Pt => WordForms {
                stop_words: "a ao as com como da das de do dos e em eu isso meu minha na nas no nos o onde os ou para pelo pela por qual que se sem seu sua um uma voce",
                endings: "acoes acao icoes icao amentos amento imentos imento mente ancias ancia adoras adores adora ador ando endo indo adas ados ada ado idas idos ida ido oes ao ar er ir es os as o a e s",
            },
            // Kreyol words barely change form: only the few stop words.
            Lang::Ht => WordForms {
                stop_words: "a ak an e epi kijan ki kisa ke la li m mwen nan ou pa pou se sou yo",
                endings: "",
            },
            Lang::Fr => WordForms {
                // With the letters an apostrophe leaves ("l'adresse", "qu'est-ce").
                stop_words: "a au aux avec c ce ces comment d dans de des du elle en est et il j je l la le les m ma mes mon n ne ou pas pour qu que qui quoi s sa se ses son sur t un une vous",
                endings: "ations ation itions ition ements ement ments ment ances ance euses euse eurs eur ees ee es ez er ir e s",
            },
        }
    }

    pub fn is_stop_word(&self, word: &str) -> bool {
        self.stop_words.split(' ').any(|stop| stop == word)
    }

    /// A folded word without the first of the language's endings that leaves a stem long
    /// enough (`unemployment` → `unemploy`, `trabajando` → `trabaj`).
    pub fn stem(&self, word: &str) -> String {
        for rule in self.endings.split(' ') {
            let (ending, replacement) = rule.split_once('>').unwrap_or((rule, ""));
            match word.strip_suffix(ending) {
                Some(stem) if stem.len() >= SHORTEST_STEM => {
                    return [stem, replacement].concat();
                }
                _ => {}
            }
        }
        word.to_owned()
    }

    /// Whether an entry's stem is long enough that a query word typed past it
    /// (`unemploym`) still matches it.
    pub fn is_long_stem(stem: &str) -> bool {
        stem.len() > SHORTEST_STEM
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings_leave_a_stem_of_three_letters_or_more() {
        let en = WordForms::of(Lang::En);
        for (word, stem) in [
            ("unemployed", "unemploy"),
            ("unemployment", "unemploy"),
            ("employers", "employ"),
            ("companies", "company"),
            ("addresses", "address"),
            ("address", "address"),
            ("moved", "mov"),
            ("move", "mov"),
            ("fees", "fee"),
            ("fee", "fee"),
            ("ice", "ice"),
        ] {
            assert_eq!(en.stem(word), stem, "{word}");
        }
        let es = WordForms::of(Lang::Es);
        for (word, stem) in [
            ("trabajo", "trabaj"),
            ("trabajar", "trabaj"),
            ("trabajando", "trabaj"),
            ("desempleado", "desemple"),
            ("desempleo", "desemple"),
            ("direcciones", "direcc"),
            ("direccion", "direcc"),
            ("fianzas", "fianz"),
            ("fianza", "fianz"),
        ] {
            assert_eq!(es.stem(word), stem, "{word}");
        }
        let pt = WordForms::of(Lang::Pt);
        for (word, stem) in [
            ("trabalho", "trabalh"),
            ("trabalhar", "trabalh"),
            ("trabalhando", "trabalh"),
            ("desempregado", "desempreg"),
            ("enderecos", "enderec"),
            ("endereco", "enderec"),
            ("informacao", "inform"),
            ("informacoes", "inform"),
        ] {
            assert_eq!(pt.stem(word), stem, "{word}");
        }
        let fr = WordForms::of(Lang::Fr);
        for (word, stem) in [
            ("travailler", "travaill"),
            ("travaille", "travaill"),
            ("adresses", "adress"),
            ("adresse", "adress"),
            ("expulsion", "expulsion"),
            ("demenagement", "demenag"),
        ] {
            assert_eq!(fr.stem(word), stem, "{word}");
        }
        // Kreyol: a word is its own stem.
        assert_eq!(WordForms::of(Lang::Ht).stem("travay"), "travay");
    }

    #[test]
    fn stop_words_are_whole_words() {
        let en = WordForms::of(Lang::En);
        assert!(en.is_stop_word("how") && en.is_stop_word("i"));
        assert!(!en.is_stop_word("ho") && !en.is_stop_word("ice"));
        assert!(WordForms::of(Lang::Es).is_stop_word("como"));
    }
}
