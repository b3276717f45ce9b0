//! The Fluent files (`locales/<lang>/<area>.ftl`) parsed with `fluent-syntax`, checked, and
//! compiled into [`Catalogue`]s. Terms (`-sevis-id`), references to other messages and
//! facts (`{ -fact-opt-unemployment-days }`, defined once in [`crate::facts`]) are resolved
//! here, at build time, so the browser only ever sees finished text and placeholders.
//!
//! Used by the build (`cargo xtask content`), the app's build script (the catalogue's
//! content hash), the server (its 422 messages) and the tests.

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::OnceLock,
};

use fluent_syntax::{ast, parser};

use super::{
    Catalogue, Message, Piece, PluralCategory, VariantKey, citation_entry, citation_id,
    is_fact_entry, stated_facts_id,
};
use crate::Lang;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_words.rs"));
}

/// One `.ftl` file: its language, its area (the file's stem) and its text.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile {
    pub lang: &'static str,
    pub area: &'static str,
    pub text: &'static str,
}

/// Every Fluent file of the workspace, embedded at compile time.
pub fn embedded_files() -> &'static [SourceFile] {
    embedded::FILES
}

/// The areas (file stems) every language has.
pub fn areas() -> BTreeSet<&'static str> {
    embedded_files().iter().map(|f| f.area).collect()
}

/// A hash of every Fluent file and of what the catalogues take from the facts (their
/// values, sources and checked dates, and which the calculators cite), so compiled
/// catalogues can be cached forever by name: a fact checked again is a new file.
pub fn content_hash() -> String {
    // FNV-1a: stable across builds and platforms, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |text: &str| {
        for byte in text.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in embedded_files() {
        add(&[file.lang, "/", file.area].concat());
        add(file.text);
    }
    for fact in crate::facts::FACTS {
        add(fact.id);
        add(&citation_entry(fact).unwrap_or_default());
    }
    for fact_id in crate::calculators::all_cited_facts() {
        add(fact_id);
    }
    format!("{hash:016x}")
}

/// The whole catalogue of a language; panics on an invalid file (the tests check them all).
pub fn embedded_catalogue(lang: Lang) -> Catalogue {
    compile(lang, None).unwrap_or_else(|errors| panic!("{}", errors.join("\n")))
}

/// The area whose words the calculators fill with the numbers they count with.
const CALCULATORS_AREA: &str = "calculators";

/// The catalogue of a language holding only the messages of some areas (a bundle's own);
/// terms, facts and referenced messages still come from every file of the language. It
/// records the facts each message states and cites them; with the calculators' words it
/// also cites the facts the calculators count with (`calculators::all_cited_facts`).
pub fn compile(lang: Lang, only_areas: Option<&[&str]>) -> Result<Catalogue, Vec<String>> {
    compile_citing(lang, only_areas, only_areas)
}

/// [`compile`], citing the facts of only some of those areas (a bundle's pages that list
/// "Sources": `Bundle::fact_areas`).
pub fn compile_citing(
    lang: Lang,
    only_areas: Option<&[&str]>,
    citing_areas: Option<&[&str]>,
) -> Result<Catalogue, Vec<String>> {
    let parsed = parse_language(lang)?;
    let mut errors = Vec::new();
    let mut catalogue = Catalogue::default();
    let included = |area: &str| only_areas.is_none_or(|areas| areas.contains(&area));
    let citing = |area: &str| included(area) && citing_areas.is_none_or(|a| a.contains(&area));
    let mut cited: BTreeSet<&str> = BTreeSet::new();
    for (id, entry) in &parsed.messages {
        if !included(entry.area) {
            continue;
        }
        let (pieces, stated) = Resolver::resolve(&parsed, &mut errors, id, entry.pattern);
        catalogue.messages.insert(id.clone(), simplify(pieces));
        if !stated.is_empty() && citing(entry.area) {
            cited.extend(stated.iter().copied());
            let entry = Message::Text(stated.join(" "));
            catalogue.messages.insert(stated_facts_id(id), entry);
        }
    }
    if citing(CALCULATORS_AREA) {
        cited.extend(crate::calculators::all_cited_facts());
    }
    for fact_id in cited {
        match crate::facts::fact(fact_id).and_then(citation_entry) {
            Some(entry) => {
                let entry = Message::Text(entry);
                catalogue.messages.insert(citation_id(fact_id), entry);
            }
            None => errors.push(format!(
                "fact `{fact_id}` is not defined or cannot be cited"
            )),
        }
    }
    if errors.is_empty() {
        Ok(catalogue)
    } else {
        Err(errors)
    }
}

/// Everything that must hold across languages: each key in every language, the same
/// placeholders, valid plural forms. The test suite runs this; it returns every problem.
pub fn check() -> Vec<String> {
    let mut problems = Vec::new();
    let mut per_lang = Vec::new();
    for lang in Lang::ALL {
        match compile(lang, None) {
            Ok(catalogue) => per_lang.push((lang, catalogue)),
            Err(errors) => problems.extend(errors),
        }
        let areas: BTreeSet<_> = embedded_files()
            .iter()
            .filter(|f| f.lang == lang.tag())
            .map(|f| f.area)
            .collect();
        for area in self::areas().difference(&areas) {
            problems.push(format!("{}: no file {area}.ftl", lang.tag()));
        }
    }
    let Some((reference_lang, reference)) = per_lang.first() else {
        return problems;
    };
    for (lang, catalogue) in &per_lang[1..] {
        // Citations follow from the messages: only the messages must match.
        let messages = |c: &'_ Catalogue| {
            c.messages
                .iter()
                .filter(|(id, _)| !is_fact_entry(id))
                .map(|(id, message)| (id.clone(), message.clone()))
                .collect::<BTreeMap<String, Message>>()
        };
        let (reference_messages, own_messages) = (messages(reference), messages(catalogue));
        for (id, message) in &reference_messages {
            match own_messages.get(id) {
                None => problems.push(format!("{}: `{id}` is missing", lang.tag())),
                Some(other) if variables(other) != variables(message) => problems.push(format!(
                    "{}: `{id}` has placeholders {:?}, {} has {:?}",
                    lang.tag(),
                    variables(other),
                    reference_lang.tag(),
                    variables(message)
                )),
                Some(_) => {}
            }
        }
        for id in own_messages.keys() {
            if !reference_messages.contains_key(id) {
                problems.push(format!(
                    "{}: `{id}` is not in the {} catalogue",
                    lang.tag(),
                    reference_lang.tag()
                ));
            }
        }
    }
    problems
}

/// The placeholders a message uses (the selectors of its choices included).
pub fn variables(message: &Message) -> BTreeSet<String> {
    fn walk(pieces: &[Piece], out: &mut BTreeSet<String>) {
        for piece in pieces {
            match piece {
                Piece::Text(_) => {}
                Piece::Var(name) => {
                    out.insert(name.clone());
                }
                Piece::Select {
                    var,
                    variants,
                    default,
                } => {
                    out.insert(var.clone());
                    for (_, pieces) in variants {
                        walk(pieces, out);
                    }
                    walk(default, out);
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    if let Message::Pieces(pieces) = message {
        walk(pieces, &mut out);
    }
    out
}

type Pattern = ast::Pattern<&'static str>;

struct Entry {
    area: &'static str,
    pattern: &'static Pattern,
}

struct Parsed {
    messages: BTreeMap<String, Entry>,
    terms: BTreeMap<String, &'static Pattern>,
}

/// A Fluent file parsed, with what the parser could not read.
struct ParsedFile {
    file: SourceFile,
    resource: ast::Resource<&'static str>,
    errors: Vec<String>,
}

/// Every embedded file, parsed once per program: the build compiles each language once per
/// bundle, and the checks compile every language again.
fn parsed_files() -> &'static [ParsedFile] {
    static PARSED: OnceLock<Vec<ParsedFile>> = OnceLock::new();
    PARSED.get_or_init(|| {
        embedded_files()
            .iter()
            .map(|file| {
                let (resource, errors) = match parser::parse(file.text) {
                    Ok(resource) => (resource, Vec::new()),
                    Err((resource, parse_errors)) => {
                        let errors = parse_errors
                            .into_iter()
                            .map(|error| {
                                let line = file.text[..error.pos.start.min(file.text.len())]
                                    .matches('\n')
                                    .count()
                                    + 1;
                                format!("{}/{}.ftl:{line}: {:?}", file.lang, file.area, error.kind)
                            })
                            .collect();
                        (resource, errors)
                    }
                };
                ParsedFile {
                    file: *file,
                    resource,
                    errors,
                }
            })
            .collect()
    })
}

fn parse_language(lang: Lang) -> Result<Parsed, Vec<String>> {
    let mut errors = Vec::new();
    let mut parsed = Parsed {
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
    };
    for ParsedFile {
        file,
        resource,
        errors: parse_errors,
    } in parsed_files().iter().filter(|p| p.file.lang == lang.tag())
    {
        errors.extend(parse_errors.iter().cloned());
        let mut defined: Vec<(String, &'static Pattern)> = Vec::new();
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    if let Some(value) = &message.value {
                        defined.push((message.id.name.to_owned(), value));
                    }
                    for attribute in &message.attributes {
                        defined.push((
                            [message.id.name, ".", attribute.id.name].concat(),
                            &attribute.value,
                        ));
                    }
                }
                ast::Entry::Term(term) => {
                    parsed.terms.insert(term.id.name.to_owned(), &term.value);
                }
                ast::Entry::Junk { content } => errors.push(format!(
                    "{}/{}.ftl: cannot read `{}`",
                    file.lang,
                    file.area,
                    content.trim()
                )),
                ast::Entry::Comment(_)
                | ast::Entry::GroupComment(_)
                | ast::Entry::ResourceComment(_) => {}
            }
        }
        for (id, pattern) in defined {
            let entry = Entry {
                area: file.area,
                pattern,
            };
            if parsed.messages.insert(id.clone(), entry).is_some() {
                errors.push(format!("{}: `{id}` is defined twice", file.lang));
            }
        }
    }
    if errors.is_empty() {
        Ok(parsed)
    } else {
        Err(errors)
    }
}

struct Resolver<'p> {
    parsed: &'p Parsed,
    errors: &'p mut Vec<String>,
    context: &'p str,
    depth: u8,
    /// The facts the message states, by id, in order, each once: directly or through the
    /// terms and messages it refers to.
    stated: Vec<&'static str>,
}

impl<'p> Resolver<'p> {
    /// The pieces of the message `context` and the facts it states; what cannot be
    /// resolved goes to `errors`.
    fn resolve(
        parsed: &'p Parsed,
        errors: &'p mut Vec<String>,
        context: &'p str,
        pattern: &Pattern,
    ) -> (Vec<Piece>, Vec<&'static str>) {
        let mut resolver = Resolver {
            parsed,
            errors,
            context,
            depth: 0,
            stated: Vec::new(),
        };
        let mut pieces = Vec::new();
        resolver.pattern(pattern, &mut pieces);
        (pieces, resolver.stated)
    }

    fn error(&mut self, what: String) {
        self.errors.push(format!("`{}`: {what}", self.context));
    }

    fn pattern(&mut self, pattern: &Pattern, out: &mut Vec<Piece>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(out, value),
                ast::PatternElement::Placeable { expression } => self.expression(expression, out),
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&'static str>, out: &mut Vec<Piece>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, out),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    self.error("a choice must depend on a $value".into());
                    return;
                };
                let mut compiled = Vec::new();
                let mut default = Vec::new();
                for variant in variants {
                    let mut pieces = Vec::new();
                    self.pattern(&variant.value, &mut pieces);
                    if variant.default {
                        default = pieces.clone();
                    }
                    let key = match variant.key {
                        ast::VariantKey::NumberLiteral { value } => match value.parse() {
                            Ok(n) => VariantKey::Number(n),
                            Err(_) => {
                                self.error(format!("`[{value}]` is not a whole number"));
                                continue;
                            }
                        },
                        ast::VariantKey::Identifier { name } => {
                            match PluralCategory::from_name(name) {
                                Some(category) => VariantKey::Plural(category),
                                None => VariantKey::Word(name.to_owned()),
                            }
                        }
                    };
                    compiled.push((key, pieces));
                }
                out.push(Piece::Select {
                    var: id.name.to_owned(),
                    variants: compiled,
                    default,
                });
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&'static str>, out: &mut Vec<Piece>) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => push_text(out, &unescape(value)),
            ast::InlineExpression::NumberLiteral { value } => push_text(out, value),
            ast::InlineExpression::VariableReference { id } => {
                out.push(Piece::Var(id.name.to_owned()))
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, out),
            ast::InlineExpression::MessageReference { id, attribute } => {
                let name = match attribute {
                    Some(attribute) => [id.name, ".", attribute.name].concat(),
                    None => id.name.to_owned(),
                };
                match self.parsed.messages.get(&name) {
                    Some(entry) => self.nested(entry.pattern, out, &name),
                    None => self.error(format!("refers to `{name}`, which does not exist")),
                }
            }
            ast::InlineExpression::TermReference { id, .. } => {
                if let Some(pattern) = self.parsed.terms.get(id.name) {
                    self.nested(pattern, out, id.name);
                } else if let Some((fact_id, fact)) = id
                    .name
                    .strip_prefix("fact-")
                    .and_then(|fact_id| Some((fact_id, crate::facts::shown(fact_id)?)))
                {
                    push_text(out, &fact);
                    if !self.stated.contains(&fact_id) {
                        self.stated.push(fact_id);
                    }
                } else {
                    self.error(format!("refers to `-{}`, which is not defined", id.name));
                }
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                self.error(format!("functions such as {} are not supported", id.name))
            }
        }
    }

    fn nested(&mut self, pattern: &Pattern, out: &mut Vec<Piece>, name: &str) {
        if self.depth > 8 {
            self.error(format!("`{name}` refers to itself"));
            return;
        }
        self.depth += 1;
        self.pattern(pattern, out);
        self.depth -= 1;
    }
}

fn push_text(out: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Piece::Text(text.to_owned()));
    }
}

/// Fluent string literals escape `\"`, `\\` and `\uXXXX`.
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn simplify(pieces: Vec<Piece>) -> Message {
    match pieces.as_slice() {
        [] => Message::Text(String::new()),
        [Piece::Text(text)] => Message::Text(text.clone()),
        _ => Message::Pieces(pieces),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let problems = check();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Resolves message `id` of a Fluent text written for the test.
    fn resolve(text: &'static str, id: &str) -> (Message, Vec<&'static str>, Vec<String>) {
        let resource = Box::leak(Box::new(
            parser::parse(text).expect("the test's text parses"),
        ));
        let mut parsed = Parsed {
            messages: BTreeMap::new(),
            terms: BTreeMap::new(),
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let pattern = message.value.as_ref().expect("a value");
                    let entry = Entry {
                        area: "test",
                        pattern,
                    };
                    parsed.messages.insert(message.id.name.to_owned(), entry);
                }
                ast::Entry::Term(term) => {
                    parsed.terms.insert(term.id.name.to_owned(), &term.value);
                }
                _ => {}
            }
        }
        let mut errors = Vec::new();
        let (pieces, stated) =
            Resolver::resolve(&parsed, &mut errors, id, parsed.messages[id].pattern);
        (simplify(pieces), stated, errors)
    }

    #[test]
    fn a_message_states_the_facts_of_the_terms_and_messages_it_refers_to() {
        let text = "-hotline = the hotline ({ -fact-eoir-hotline-phone })\n\
            moved = within { -fact-ar-11-days } days\n\
            steps = Call { -hotline }. Tell USCIS { moved }, and call { -fact-eoir-hotline-phone } again.\n\
            chosen = { $n ->\n    [one] { -fact-ar-11-days }\n   *[other] { -fact-ice-url }\n}\n";
        let (message, stated, errors) = resolve(text, "steps");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            message,
            Message::Text(
                "Call the hotline (1-800-898-7180). Tell USCIS within 10 days, and call 1-800-898-7180 again."
                    .into()
            )
        );
        assert_eq!(stated, ["eoir-hotline-phone", "ar-11-days"]);
        let (_, stated, _) = resolve(text, "chosen");
        assert_eq!(stated, ["ar-11-days", "ice-url"], "every variant's facts");
        let (_, stated, _) = resolve("plain = No facts, { $n } days\n", "plain");
        assert!(stated.is_empty());
    }

    #[test]
    fn a_catalogue_cites_what_its_messages_state_and_its_calculators_count_with() {
        let router = compile(Lang::En, Some(&["router"])).unwrap();
        let stated = |id: &str| router.text(&stated_facts_id(id)).map(str::to_owned);
        assert_eq!(
            stated("router-o-sevis-step-4").unwrap(),
            "sevp-response-center-phone sevp-response-center-email \
             sevp-response-center-opens-am sevp-response-center-closes-pm"
        );
        assert_eq!(stated("router-o-sevis-title"), None);
        let cited = router.facts_of(&["router-o-sevis-step-4"], &[]);
        let phone = crate::facts::fact("sevp-response-center-phone").unwrap();
        assert_eq!(cited[0].value, phone.value.shown());
        assert_eq!(cited[0].url, phone.source.url);
        assert_eq!(cited.len(), 4);
        let stated_anywhere: BTreeSet<&str> = router
            .messages
            .iter()
            .filter(|(id, _)| id.starts_with("facts-of:"))
            .filter_map(|(id, _)| router.text(id))
            .flat_map(str::split_whitespace)
            .collect();
        let citations: BTreeSet<&str> = router
            .messages
            .keys()
            .filter_map(|id| id.strip_prefix("fact:"))
            .collect();
        assert_eq!(
            stated_anywhere, citations,
            "the router's words cite only what they state"
        );

        let calculators = compile(Lang::Es, Some(&["calculators"])).unwrap();
        for id in crate::calculators::all_cited_facts() {
            assert_eq!(calculators.facts_of(&[], &[id]).len(), 1, "{id}");
        }
        let everything = compile(Lang::Es, None).unwrap();
        assert_eq!(everything.facts_of(&[], &["f1-grace-period-days"]).len(), 1);
        let uncited = compile_citing(Lang::Es, None, Some(&[])).unwrap();
        assert!(uncited.messages.keys().all(|id| !is_fact_entry(id)));
        assert_eq!(
            uncited.messages.len(),
            everything
                .messages
                .keys()
                .filter(|id| !is_fact_entry(id))
                .count()
        );
    }

    #[test]
    fn the_content_hash_is_stable() {
        assert_eq!(content_hash(), content_hash());
        assert_eq!(content_hash().len(), 16);
    }
}
