//! Is this link, or this email sender, official? Only the hosts the domain facts list count
//! as official; one of them reached with plain `http://` is official but insecure, and the
//! `https://` address is given. Everything else gets the reasons it may *look* official: a
//! look-alike spelling, a real name with extra words, the wrong top-level domain, punycode,
//! plain http, or a real name placed before an `@` so the browser goes elsewhere. Each
//! reason is given once.

use serde::Serialize;

use crate::{Lang, words};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficialService {
    SevpPortal,
    Ice,
    IceChangeOfAddress,
    EBonds,
    DetaineeLocator,
    I901Fee,
    StudyInTheStates,
    CbpI94,
    Uscis,
    JusticeDepartment,
    EoirRespondentAccess,
    Dhs,
    StateDepartmentVisas,
    ExchangeVisitorProgram,
    EVerify,
    SevpPortalEmail,
    SevpResponseCenterEmail,
}

/// Official hosts, from the domain facts. `fmjfee.com` is the I-901 fee site despite
/// not ending in .gov.
pub const OFFICIAL_HOSTS: [(&str, OfficialService); 21] = [
    ("sevp.ice.gov", OfficialService::SevpPortal),
    ("www.ice.gov", OfficialService::Ice),
    ("ice.gov", OfficialService::Ice),
    (
        "onlinechangeofaddress.ice.gov",
        OfficialService::IceChangeOfAddress,
    ),
    ("ebonds.ice.gov", OfficialService::EBonds),
    ("locator.ice.gov", OfficialService::DetaineeLocator),
    ("www.fmjfee.com", OfficialService::I901Fee),
    ("fmjfee.com", OfficialService::I901Fee),
    (
        "studyinthestates.dhs.gov",
        OfficialService::StudyInTheStates,
    ),
    ("i94.cbp.dhs.gov", OfficialService::CbpI94),
    ("www.uscis.gov", OfficialService::Uscis),
    ("uscis.gov", OfficialService::Uscis),
    ("www.justice.gov", OfficialService::JusticeDepartment),
    ("justice.gov", OfficialService::JusticeDepartment),
    (
        "respondentaccess.eoir.justice.gov",
        OfficialService::EoirRespondentAccess,
    ),
    ("www.dhs.gov", OfficialService::Dhs),
    ("dhs.gov", OfficialService::Dhs),
    ("travel.state.gov", OfficialService::StateDepartmentVisas),
    ("j1visa.state.gov", OfficialService::ExchangeVisitorProgram),
    ("www.e-verify.gov", OfficialService::EVerify),
    ("e-verify.gov", OfficialService::EVerify),
];

/// The only senders of official SEVP mail (domain facts).
pub const OFFICIAL_SENDERS: [(&str, OfficialService); 2] = [
    (
        "do-not-reply.sevp@ice.dhs.gov",
        OfficialService::SevpPortalEmail,
    ),
    ("sevp@ice.dhs.gov", OfficialService::SevpResponseCenterEmail),
];

/// Names people recognise, with the listed official host that really carries them (CBP's
/// listed host is its I-94 site: `cbp.dhs.gov` itself is not one of the domain facts).
const KNOWN_NAMES: [(&str, &str); 11] = [
    ("ice", "ice.gov"),
    ("uscis", "uscis.gov"),
    ("sevp", "sevp.ice.gov"),
    ("sevis", "ice.gov"),
    ("dhs", "dhs.gov"),
    ("cbp", "i94.cbp.dhs.gov"),
    ("eoir", "justice.gov"),
    ("fmjfee", "fmjfee.com"),
    ("studyinthestates", "studyinthestates.dhs.gov"),
    ("ebonds", "ebonds.ice.gov"),
    ("i94", "i94.cbp.dhs.gov"),
];

/// Words look-alike sites put around a real name.
const FILLER_WORDS: [&str; 14] = [
    "gov",
    "us",
    "usa",
    "online",
    "portal",
    "eservice",
    "eservices",
    "service",
    "services",
    "my",
    "secure",
    "login",
    "help",
    "official",
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// Uses `http://`: official sites use `https://`.
    PlainHttp,
    /// Contains international characters shown as `xn--…`: letters that look alike.
    Punycode,
    /// Spelled like a real name with a letter changed (`uscls`, `1ce`).
    LookAlike { real: &'static str },
    /// A real name with extra words around it (`uscis-online.com`, `ice.gov.example.com`).
    ExtraWords { real: &'static str },
    /// A real name with the wrong ending (`uscis.org`, `ice.com`).
    WrongTopLevelDomain { real: &'static str },
    /// Text before an `@` in a link hides the real site, which comes after it.
    HiddenHost,
    /// Not a site or sender this helper knows as official.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Official {
        service: OfficialService,
    },
    /// One of the listed official hosts, reached with `http://`: the real site, but what is
    /// sent or shown can be read or changed on the way. Not a look-alike, so not "not
    /// official"; `secure` is the same address with `https://`, to use instead.
    OfficialButInsecure {
        service: OfficialService,
        secure: String,
    },
    /// Ends in `.gov`, which only U.S. government organisations can register, but is not a
    /// service the domain facts list (such as eservice.ice.gov, which no official page
    /// describes).
    GovernmentDomain,
    NotOfficial {
        reasons: Vec<Reason>,
    },
    /// No web address or email address could be read.
    Unreadable,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LinkCheck {
    pub is_email: bool,
    /// The site or mail domain actually reached, lower case.
    pub host: Option<String>,
    pub verdict: Verdict,
}

/// Checks a web address (`https://www.ice.gov/check-in`, `uscis.gov`) or an email sender
/// (`do-not-reply.sevp@ice.dhs.gov`, `"SEVP" <x@example.com>`).
pub fn check_link(input: &str) -> LinkCheck {
    let text = input.trim();
    let text = match text.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
        Some(inner) => inner.trim(),
        None => text,
    };
    let looks_like_email = !text.contains("://") && !text.contains('/') && text.contains('@');
    if looks_like_email {
        check_sender(text)
    } else {
        check_web_address(text)
    }
}

fn check_web_address(text: &str) -> LinkCheck {
    let (scheme, rest) = match text.split_once("://") {
        Some((scheme, rest)) => (Some(scheme.to_ascii_lowercase()), rest),
        None => (None, text),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let after_authority = &rest[authority.len()..];
    let (hidden_host, host_port) = match authority.rsplit_once('@') {
        Some((_, after)) => (true, after),
        None => (false, authority),
    };
    let host = host_port
        .split(':')
        .next()
        .unwrap_or_default()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let unreadable = LinkCheck {
        is_email: false,
        host: None,
        verdict: Verdict::Unreadable,
    };
    if !is_readable_host(&host) || !matches!(scheme.as_deref(), None | Some("http" | "https")) {
        return unreadable;
    }
    let mut reasons = Vec::new();
    if hidden_host {
        reasons.push(Reason::HiddenHost);
    }
    let verdict = match official_service(&host) {
        Some(_) if !reasons.is_empty() => {
            if scheme.as_deref() == Some("http") {
                reasons.push(Reason::PlainHttp);
            }
            Verdict::NotOfficial { reasons }
        }
        Some(service) if scheme.as_deref() == Some("http") => Verdict::OfficialButInsecure {
            service,
            // The host as checked: lower case, without the port http used.
            secure: ["https://", &host, after_authority].concat(),
        },
        Some(service) => Verdict::Official { service },
        None if host.ends_with(".gov") && reasons.is_empty() && !has_punycode(&host) => {
            Verdict::GovernmentDomain
        }
        None => {
            reasons.extend(look_alike_reasons(&host));
            if scheme.as_deref() == Some("http") {
                reasons.push(Reason::PlainHttp);
            }
            if reasons.is_empty() {
                reasons.push(Reason::Unknown);
            }
            Verdict::NotOfficial { reasons }
        }
    };
    LinkCheck {
        is_email: false,
        host: Some(host),
        verdict,
    }
}

fn check_sender(text: &str) -> LinkCheck {
    // `"Name" <address>` or a bare address.
    let address = match (text.rfind('<'), text.rfind('>')) {
        (Some(open), Some(close)) if open < close => &text[open + 1..close],
        _ => text,
    }
    .trim()
    .to_ascii_lowercase();
    let Some((local, domain)) = address.rsplit_once('@') else {
        return LinkCheck {
            is_email: true,
            host: None,
            verdict: Verdict::Unreadable,
        };
    };
    let domain = domain.trim_end_matches('.').to_owned();
    if local.is_empty() || !is_readable_host(&domain) {
        return LinkCheck {
            is_email: true,
            host: None,
            verdict: Verdict::Unreadable,
        };
    }
    let verdict = if let Some((_, service)) = OFFICIAL_SENDERS.iter().find(|(a, _)| *a == address) {
        Verdict::Official { service: *service }
    } else if domain.ends_with(".gov") && !has_punycode(&domain) {
        Verdict::GovernmentDomain
    } else {
        let mut reasons = look_alike_reasons(&domain);
        // A known name in the part before the @ of a free mail address (`sevp.help@…`).
        if reasons.is_empty()
            && let Some((_, real)) = KNOWN_NAMES
                .iter()
                .find(|(name, _)| tokens(local).any(|t| mentions(t, name)))
        {
            reasons.push(Reason::ExtraWords { real });
        }
        if reasons.is_empty() {
            reasons.push(Reason::Unknown);
        }
        Verdict::NotOfficial { reasons }
    };
    LinkCheck {
        is_email: true,
        host: Some(domain),
        verdict,
    }
}

fn official_service(host: &str) -> Option<OfficialService> {
    OFFICIAL_HOSTS
        .iter()
        .find(|(h, _)| *h == host)
        .map(|(_, s)| *s)
}

fn is_readable_host(host: &str) -> bool {
    host.contains('.')
        && !host.starts_with('.')
        && !host.contains("..")
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

fn has_punycode(host: &str) -> bool {
    host.split('.').any(|label| label.starts_with("xn--")) || !host.is_ascii()
}

fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '-', '_']).filter(|t| !t.is_empty())
}

/// Digits and letter pairs that pass for letters at a glance.
fn unconfuse(token: &str) -> String {
    token
        .replace("rn", "m")
        .replace("vv", "w")
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' | 'l' | '!' | '|' => 'i',
            '3' => 'e',
            '5' => 's',
            other => other,
        })
        .collect()
}

/// A token that is a known name, or a known name with filler words joined to it
/// (`uscisgov`, `myice`).
fn mentions(token: &str, name: &str) -> bool {
    token == name
        || FILLER_WORDS.iter().any(|filler| {
            token.strip_prefix(filler).is_some_and(|rest| rest == name)
                || token.strip_suffix(filler).is_some_and(|rest| rest == name)
        })
}

/// Spelled like `name` at a glance: digits for letters, or one letter off (names of four
/// letters or more; shorter ones would match ordinary words).
fn looks_like(token: &str, name: &str) -> bool {
    if token == name {
        return false;
    }
    let plain = unconfuse(token);
    plain == name
        || (name.len() >= 4 && (one_edit_away(&plain, name) || one_edit_away(token, name)))
}

/// Differs from `name` by one letter added, removed or changed.
fn one_edit_away(token: &str, name: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (token.chars().collect(), name.chars().collect());
    match a.len() as i64 - b.len() as i64 {
        0 => a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1,
        1 | -1 => {
            let (long, short) = if a.len() > b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            (0..long.len()).any(|skip| {
                long.iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, c)| c)
                    .eq(short.iter())
            })
        }
        _ => false,
    }
}

fn look_alike_reasons(host: &str) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if has_punycode(host) {
        reasons.push(Reason::Punycode);
    }
    let labels: Vec<&str> = host.split('.').collect();
    for (name, real) in KNOWN_NAMES {
        let real_tld = real.rsplit('.').next().unwrap_or_default();
        let reason = if tokens(host).any(|t| mentions(t, name)) {
            // `uscis.org`: the name itself, one label, with another ending.
            let wrong_tld = labels.len() == 2 && labels[0] == name && labels[1] != real_tld;
            if wrong_tld {
                Reason::WrongTopLevelDomain { real }
            } else {
                Reason::ExtraWords { real }
            }
        } else if tokens(host).any(|t| looks_like(t, name)) {
            Reason::LookAlike { real }
        } else if name.len() >= 5 && tokens(host).any(|t| t.contains(name)) {
            Reason::ExtraWords { real }
        } else {
            continue;
        };
        add_once(&mut reasons, reason);
    }
    reasons
}

/// Adds a reason unless one of its kind is there: a host naming two real sites
/// (`sevp.ice.gov.login.com` names sevp and ice; `cbp-i94.com` names one site twice) is
/// explained once, with the more precise real site (`sevp.ice.gov` rather than `ice.gov`).
fn add_once(reasons: &mut Vec<Reason>, reason: Reason) {
    let kind = std::mem::discriminant(&reason);
    match reasons
        .iter_mut()
        .find(|r| std::mem::discriminant(*r) == kind)
    {
        Some(found) => {
            if let (Some(kept), Some(new)) = (found.real(), reason.real())
                && new.ends_with(&[".", kept].concat())
            {
                *found = reason;
            }
        }
        None => reasons.push(reason),
    }
}

impl OfficialService {
    pub fn name(self, lang: Lang) -> &'static str {
        words::text(lang, self.word_id())
    }

    /// The id of the service's name (`locales/<lang>/checker.ftl`).
    const fn word_id(self) -> &'static str {
        use OfficialService::*;
        match self {
            SevpPortal => "checker-service-sevp-portal",
            Ice => "checker-service-ice",
            IceChangeOfAddress => "checker-service-ice-change-of-address",
            EBonds => "checker-service-ebonds",
            DetaineeLocator => "checker-service-detainee-locator",
            I901Fee => "checker-service-i901-fee",
            StudyInTheStates => "checker-service-study-in-the-states",
            CbpI94 => "checker-service-cbp-i94",
            Uscis => "checker-service-uscis",
            JusticeDepartment => "checker-service-justice-department",
            EoirRespondentAccess => "checker-service-eoir-respondent-access",
            Dhs => "checker-service-dhs",
            StateDepartmentVisas => "checker-service-state-department-visas",
            ExchangeVisitorProgram => "checker-service-exchange-visitor-program",
            EVerify => "checker-service-e-verify",
            SevpPortalEmail => "checker-service-sevp-portal-email",
            SevpResponseCenterEmail => "checker-service-sevp-response-center-email",
        }
    }
}

impl Reason {
    /// The real site a look-alike reason names.
    fn real(&self) -> Option<&'static str> {
        match self {
            Reason::LookAlike { real }
            | Reason::ExtraWords { real }
            | Reason::WrongTopLevelDomain { real } => Some(real),
            Reason::PlainHttp | Reason::Punycode | Reason::HiddenHost | Reason::Unknown => None,
        }
    }

    pub fn explain(&self, lang: Lang) -> String {
        let (id, real) = match self {
            Reason::PlainHttp => ("checker-reason-plain-http", None),
            Reason::Punycode => ("checker-reason-punycode", None),
            Reason::LookAlike { real } => ("checker-reason-look-alike", Some(*real)),
            Reason::ExtraWords { real } => ("checker-reason-extra-words", Some(*real)),
            Reason::WrongTopLevelDomain { real } => {
                ("checker-reason-wrong-top-level-domain", Some(*real))
            }
            Reason::HiddenHost => ("checker-reason-hidden-host", None),
            Reason::Unknown => ("checker-reason-unknown", None),
        };
        match real {
            Some(real) => words::format(lang, id, &[("real", real.into())]),
            None => words::text(lang, id).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn verdict(input: &str) -> Verdict {
        check_link(input).verdict
    }

    fn reasons(input: &str) -> Vec<Reason> {
        match verdict(input) {
            Verdict::NotOfficial { reasons } => reasons,
            other => panic!("{input}: expected not official, got {other:?}"),
        }
    }

    #[test]
    fn official_hosts_with_and_without_scheme_and_path() {
        assert_eq!(
            verdict("https://sevp.ice.gov/opt/"),
            Verdict::Official {
                service: OfficialService::SevpPortal
            }
        );
        assert_eq!(
            verdict("www.ice.gov/check-in"),
            Verdict::Official {
                service: OfficialService::Ice
            }
        );
        assert_eq!(
            verdict("HTTPS://WWW.USCIS.GOV"),
            Verdict::Official {
                service: OfficialService::Uscis
            }
        );
        assert_eq!(
            verdict("https://locator.ice.gov:443/odls"),
            Verdict::Official {
                service: OfficialService::DetaineeLocator
            }
        );
        assert_eq!(
            verdict("https://www.fmjfee.com"),
            Verdict::Official {
                service: OfficialService::I901Fee
            }
        );
        for (host, _) in OFFICIAL_HOSTS {
            assert!(
                matches!(
                    verdict(&["https://", host, "/"].concat()),
                    Verdict::Official { .. }
                ),
                "{host}"
            );
        }
    }

    #[test]
    fn eservice_ice_gov_is_government_but_not_a_listed_service() {
        assert_eq!(
            verdict("https://eservice.ice.gov"),
            Verdict::GovernmentDomain
        );
        assert_eq!(verdict("https://www.state.gov"), Verdict::GovernmentDomain);
    }

    /// An official host over plain http is the real site, reached insecurely: its own
    /// verdict, with the https:// address to use instead (not "not official", which would
    /// contradict the host it names).
    #[test]
    fn an_official_host_over_plain_http_is_official_but_insecure() {
        assert_eq!(
            verdict("http://sevp.ice.gov/opt"),
            Verdict::OfficialButInsecure {
                service: OfficialService::SevpPortal,
                secure: "https://sevp.ice.gov/opt".to_owned()
            }
        );
        assert_eq!(
            verdict("HTTP://WWW.USCIS.GOV:80"),
            Verdict::OfficialButInsecure {
                service: OfficialService::Uscis,
                secure: "https://www.uscis.gov".to_owned()
            }
        );
        assert_eq!(
            check_link("http://sevp.ice.gov/opt").host.as_deref(),
            Some("sevp.ice.gov")
        );
        // A look-alike over http stays not official, with both reasons.
        assert_eq!(
            reasons("http://uscis.org"),
            vec![
                Reason::WrongTopLevelDomain { real: "uscis.gov" },
                Reason::PlainHttp
            ]
        );
        // An official name before an @ hides another site: still not official.
        assert!(reasons("http://www.uscis.gov@evil.example").contains(&Reason::HiddenHost));
        assert_eq!(
            reasons("http://x@www.uscis.gov"),
            vec![Reason::HiddenHost, Reason::PlainHttp]
        );
    }

    /// A host naming two real sites (`sevp.ice.gov.login.com` names sevp and ice) gives
    /// the "extra words" reason once, with the more precise real site.
    #[test]
    fn each_reason_appears_once_for_one_address() {
        for (input, real) in [
            ("https://sevp.ice.gov.login.com", "sevp.ice.gov"),
            ("https://sevp-ice.com", "sevp.ice.gov"),
            ("https://ice-sevp-portal.net", "sevp.ice.gov"),
            ("https://ebonds-ice.com", "ebonds.ice.gov"),
            ("https://i94-cbp-dhs.com", "i94.cbp.dhs.gov"),
        ] {
            let found = reasons(input);
            let kinds: Vec<_> = found.iter().map(std::mem::discriminant).collect();
            for (i, kind) in kinds.iter().enumerate() {
                assert!(!kinds[..i].contains(kind), "{input}: {found:?}");
            }
            assert!(
                found.contains(&Reason::ExtraWords { real }),
                "{input}: {found:?}"
            );
        }
    }

    #[test]
    fn look_alike_spellings() {
        assert_eq!(
            reasons("https://www.uscls.gov.us.com"),
            vec![Reason::LookAlike { real: "uscis.gov" }]
        );
        assert!(reasons("https://usc1s.com").contains(&Reason::LookAlike { real: "uscis.gov" }));
        assert!(reasons("https://1ce.com").contains(&Reason::LookAlike { real: "ice.gov" }));
        assert!(reasons("https://fmjfees.com").contains(&Reason::LookAlike { real: "fmjfee.com" }));
        assert!(
            reasons("https://studyinthestate.com").contains(&Reason::LookAlike {
                real: "studyinthestates.dhs.gov"
            })
        );
    }

    #[test]
    fn extra_words_around_a_real_name() {
        assert!(
            reasons("https://uscis-online.org").contains(&Reason::ExtraWords { real: "uscis.gov" })
        );
        assert!(
            reasons("https://ice.gov.eservice-portal.com")
                .contains(&Reason::ExtraWords { real: "ice.gov" })
        );
        assert!(
            reasons("https://eservice-ice.com").contains(&Reason::ExtraWords { real: "ice.gov" })
        );
        assert!(
            reasons("https://myuscisgov.com").contains(&Reason::ExtraWords { real: "uscis.gov" })
        );
        assert!(
            reasons("https://sevp-portal.net").contains(&Reason::ExtraWords {
                real: "sevp.ice.gov"
            })
        );
    }

    #[test]
    fn wrong_top_level_domain() {
        assert_eq!(
            reasons("uscis.org"),
            vec![Reason::WrongTopLevelDomain { real: "uscis.gov" }]
        );
        assert_eq!(
            reasons("https://ice.com"),
            vec![Reason::WrongTopLevelDomain { real: "ice.gov" }]
        );
        assert_eq!(
            reasons("fmjfee.org"),
            vec![Reason::WrongTopLevelDomain { real: "fmjfee.com" }]
        );
    }

    #[test]
    fn punycode_and_international_letters() {
        assert!(reasons("https://xn--uscs-5qa.gov.example").contains(&Reason::Punycode));
        // Cyrillic "і" in place of the Latin i.
        assert!(reasons("https://uscіs.gov").contains(&Reason::Punycode));
    }

    #[test]
    fn a_real_name_before_an_at_sign_hides_the_real_site() {
        let check = check_link("https://www.uscis.gov@evil.example/login");
        assert_eq!(check.host.as_deref(), Some("evil.example"));
        assert!(
            matches!(check.verdict, Verdict::NotOfficial { ref reasons } if reasons.contains(&Reason::HiddenHost))
        );
        assert!(matches!(
            verdict("https://x@www.uscis.gov"),
            Verdict::NotOfficial { .. }
        ));
    }

    #[test]
    fn the_real_site_named_is_always_a_listed_official_host() {
        for (name, real) in KNOWN_NAMES {
            assert!(
                OFFICIAL_HOSTS.iter().any(|(host, _)| *host == real),
                "{name}: {real} is not a listed official host"
            );
        }
    }

    #[test]
    fn cbp_look_alikes_point_to_the_i94_site_once() {
        for input in [
            "https://cbp-online.com",
            "cbp.com",
            "https://cbp-i94.com",
            "cbp.help@gmail.com",
        ] {
            let found = reasons(input);
            let real = |r: &Reason| match r {
                Reason::LookAlike { real }
                | Reason::ExtraWords { real }
                | Reason::WrongTopLevelDomain { real } => Some(*real),
                _ => None,
            };
            assert!(
                found
                    .iter()
                    .filter_map(real)
                    .all(|r| r == "i94.cbp.dhs.gov"),
                "{input}: {found:?}"
            );
            assert!(
                found.iter().any(|r| real(r).is_some()),
                "{input}: {found:?}"
            );
            for (i, reason) in found.iter().enumerate() {
                assert!(!found[..i].contains(reason), "{input}: {reason:?} twice");
            }
        }
        assert!(
            reasons("https://cbp-online.com")[0]
                .explain(Lang::En)
                .ends_with("The real site is i94.cbp.dhs.gov.")
        );
    }

    #[test]
    fn ordinary_sites_are_simply_unknown() {
        assert_eq!(reasons("https://example.com"), vec![Reason::Unknown]);
    }

    #[test]
    fn email_senders() {
        assert_eq!(
            verdict("do-not-reply.sevp@ice.dhs.gov"),
            Verdict::Official {
                service: OfficialService::SevpPortalEmail
            }
        );
        assert_eq!(
            verdict("\"SEVP\" <Do-Not-Reply.SEVP@ice.dhs.gov>"),
            Verdict::Official {
                service: OfficialService::SevpPortalEmail
            }
        );
        assert_eq!(
            verdict("sevp@ice.dhs.gov"),
            Verdict::Official {
                service: OfficialService::SevpResponseCenterEmail
            }
        );
        assert_eq!(verdict("portal@ice.dhs.gov"), Verdict::GovernmentDomain);
        assert!(check_link("sevp.portal.help@gmail.com").is_email);
        assert_eq!(
            reasons("sevp.portal.help@gmail.com"),
            vec![Reason::ExtraWords {
                real: "sevp.ice.gov"
            }]
        );
        assert!(
            reasons("support@uscis-gov.com").contains(&Reason::ExtraWords { real: "uscis.gov" })
        );
    }

    #[test]
    fn unreadable_input() {
        assert_eq!(verdict(""), Verdict::Unreadable);
        assert_eq!(verdict("hello"), Verdict::Unreadable);
        assert_eq!(verdict("javascript:alert(1)"), Verdict::Unreadable);
        assert_eq!(verdict("ftp://ice.gov"), Verdict::Unreadable);
        assert_eq!(verdict("@"), Verdict::Unreadable);
    }

    #[test]
    fn every_reason_is_explained_in_every_language() {
        let all = [
            Reason::PlainHttp,
            Reason::Punycode,
            Reason::LookAlike { real: "uscis.gov" },
            Reason::ExtraWords { real: "uscis.gov" },
            Reason::WrongTopLevelDomain { real: "uscis.gov" },
            Reason::HiddenHost,
            Reason::Unknown,
        ];
        for reason in all {
            for lang in Lang::ALL {
                assert!(reason.explain(lang).len() > 20);
            }
        }
    }

    proptest! {
        #[test]
        fn never_panics(input in "\\PC{0,60}") {
            let _ = check_link(&input);
        }

        #[test]
        fn only_listed_hosts_are_official(host in "[a-z0-9.-]{1,30}") {
            if let Verdict::Official { .. } = check_link(&["https://", &host].concat()).verdict {
                prop_assert!(OFFICIAL_HOSTS.iter().any(|(h, _)| *h == host));
            }
        }
    }
}
