//! The portal's addresses: sign-in, activation and each role's workspace, with the record
//! ids some pages carry. [`Page`](crate::Page) holds only the area (pages are `Copy` and
//! shared with the shell and the server); the portal bundle reads the whole route.

use crate::api::session::AccountRole;

/// A part of the portal: one entry in [`Page`](crate::Page) each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PortalArea {
    SignIn,
    Activate,
    Dso,
    Student,
    Reporting,
    Officer,
}

impl PortalArea {
    pub const ALL: [PortalArea; 6] = [
        PortalArea::SignIn,
        PortalArea::Activate,
        PortalArea::Dso,
        PortalArea::Student,
        PortalArea::Reporting,
        PortalArea::Officer,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            PortalArea::SignIn => "sign-in",
            PortalArea::Activate => "activate",
            PortalArea::Dso => "dso",
            PortalArea::Student => "student",
            PortalArea::Reporting => "reporting",
            PortalArea::Officer => "officer",
        }
    }

    /// Who may use the area; sign-in and activation are for everyone.
    pub const fn role(self) -> Option<AccountRole> {
        match self {
            PortalArea::SignIn | PortalArea::Activate => None,
            PortalArea::Dso => Some(AccountRole::SchoolOfficial),
            PortalArea::Student => Some(AccountRole::Student),
            PortalArea::Reporting => Some(AccountRole::Supervised),
            PortalArea::Officer => Some(AccountRole::Officer),
        }
    }

    /// Where a role starts after signing in.
    pub const fn home_of(role: AccountRole) -> PortalArea {
        match role {
            AccountRole::SchoolOfficial => PortalArea::Dso,
            AccountRole::Student => PortalArea::Student,
            AccountRole::Supervised => PortalArea::Reporting,
            AccountRole::Officer => PortalArea::Officer,
        }
    }
}

/// A page of the portal, with the ids of the records it is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PortalRoute {
    SignIn,
    Activate,
    DsoStudents,
    DsoStudent(String),
    DsoContact(String),
    DsoAddEmployment(String),
    DsoEditEmployment(String, String),
    DsoEndEmployment(String, String),
    DsoPortalEmail(String),
    DsoResendInvitation(String),
    DsoUnlock(String),
    DsoReports,
    DsoItemsDue,
    StudentHome,
    StudentContact,
    StudentAddEmployment,
    StudentEditEmployment(String),
    StudentEndEmployment(String),
    StudentValidationReport,
    ReportingHome,
    ReportingAddress,
    ReportingBook,
    ReportingReschedule(String),
    ReportingCancel(String),
    OfficerAudit,
    OfficerSchools,
}

/// Record ids are the server's (hex); anything else in their place is not an address.
fn id(segment: &str) -> Option<String> {
    let valid = !segment.is_empty()
        && segment.len() <= 64
        && segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then(|| segment.to_owned())
}

impl PortalRoute {
    /// Reads a path without language prefix or trailing slash (`/dso/students/ab12`).
    pub fn parse(path: &str) -> Option<PortalRoute> {
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        use PortalRoute::*;
        Some(match segments.as_slice() {
            ["sign-in"] => SignIn,
            ["activate"] => Activate,
            ["dso"] => DsoStudents,
            ["dso", "students", s] => DsoStudent(id(s)?),
            ["dso", "students", s, "contact"] => DsoContact(id(s)?),
            ["dso", "students", s, "employment", "new"] => DsoAddEmployment(id(s)?),
            ["dso", "students", s, "employment", e] => DsoEditEmployment(id(s)?, id(e)?),
            ["dso", "students", s, "employment", e, "end"] => DsoEndEmployment(id(s)?, id(e)?),
            ["dso", "students", s, "portal-email"] => DsoPortalEmail(id(s)?),
            ["dso", "students", s, "invitation"] => DsoResendInvitation(id(s)?),
            ["dso", "students", s, "unlock"] => DsoUnlock(id(s)?),
            ["dso", "reports"] => DsoReports,
            ["dso", "items-due"] => DsoItemsDue,
            ["student"] => StudentHome,
            ["student", "contact"] => StudentContact,
            ["student", "employment", "new"] => StudentAddEmployment,
            ["student", "employment", e] => StudentEditEmployment(id(e)?),
            ["student", "employment", e, "end"] => StudentEndEmployment(id(e)?),
            ["student", "validation-report"] => StudentValidationReport,
            ["reporting"] => ReportingHome,
            ["reporting", "address"] => ReportingAddress,
            ["reporting", "check-in"] => ReportingBook,
            ["reporting", "check-in", a] => ReportingReschedule(id(a)?),
            ["reporting", "check-in", a, "cancel"] => ReportingCancel(id(a)?),
            ["officer"] => OfficerAudit,
            ["officer", "schools"] => OfficerSchools,
            _ => return None,
        })
    }

    /// The path without language prefix.
    pub fn path(&self) -> String {
        use PortalRoute::*;
        match self {
            SignIn => "/sign-in".into(),
            Activate => "/activate".into(),
            DsoStudents => "/dso".into(),
            DsoStudent(s) => ["/dso/students/", s].concat(),
            DsoContact(s) => ["/dso/students/", s, "/contact"].concat(),
            DsoAddEmployment(s) => ["/dso/students/", s, "/employment/new"].concat(),
            DsoEditEmployment(s, e) => ["/dso/students/", s, "/employment/", e].concat(),
            DsoEndEmployment(s, e) => ["/dso/students/", s, "/employment/", e, "/end"].concat(),
            DsoPortalEmail(s) => ["/dso/students/", s, "/portal-email"].concat(),
            DsoResendInvitation(s) => ["/dso/students/", s, "/invitation"].concat(),
            DsoUnlock(s) => ["/dso/students/", s, "/unlock"].concat(),
            DsoReports => "/dso/reports".into(),
            DsoItemsDue => "/dso/items-due".into(),
            StudentHome => "/student".into(),
            StudentContact => "/student/contact".into(),
            StudentAddEmployment => "/student/employment/new".into(),
            StudentEditEmployment(e) => ["/student/employment/", e].concat(),
            StudentEndEmployment(e) => ["/student/employment/", e, "/end"].concat(),
            StudentValidationReport => "/student/validation-report".into(),
            ReportingHome => "/reporting".into(),
            ReportingAddress => "/reporting/address".into(),
            ReportingBook => "/reporting/check-in".into(),
            ReportingReschedule(a) => ["/reporting/check-in/", a].concat(),
            ReportingCancel(a) => ["/reporting/check-in/", a, "/cancel"].concat(),
            OfficerAudit => "/officer".into(),
            OfficerSchools => "/officer/schools".into(),
        }
    }

    pub fn area(&self) -> PortalArea {
        use PortalRoute::*;
        match self {
            SignIn => PortalArea::SignIn,
            Activate => PortalArea::Activate,
            DsoStudents
            | DsoStudent(_)
            | DsoContact(_)
            | DsoAddEmployment(_)
            | DsoEditEmployment(..)
            | DsoEndEmployment(..)
            | DsoPortalEmail(_)
            | DsoResendInvitation(_)
            | DsoUnlock(_)
            | DsoReports
            | DsoItemsDue => PortalArea::Dso,
            StudentHome
            | StudentContact
            | StudentAddEmployment
            | StudentEditEmployment(_)
            | StudentEndEmployment(_)
            | StudentValidationReport => PortalArea::Student,
            ReportingHome
            | ReportingAddress
            | ReportingBook
            | ReportingReschedule(_)
            | ReportingCancel(_) => PortalArea::Reporting,
            OfficerAudit | OfficerSchools => PortalArea::Officer,
        }
    }

    /// The portal route of a full path (`/es/dso/students/ab12`), `None` when the path is
    /// not a portal page.
    pub fn of_path(path: &str) -> Option<PortalRoute> {
        let (_, rest) = crate::page::split_language(path);
        PortalRoute::parse(match rest.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        })
    }

    /// Where to go after signing in, from the `next` the sign-in page was given: only a
    /// portal page of this site (with its query), so a crafted link cannot send people
    /// elsewhere.
    pub fn safe_return(next: &str) -> Option<String> {
        let path = next.split(['?', '#']).next().unwrap_or_default();
        // A control character could not be sent back in a `Location` header.
        let local = path.starts_with('/')
            && !path.starts_with("//")
            && !next.contains('\\')
            && !next.chars().any(char::is_control);
        (local && PortalRoute::of_path(path).is_some_and(|r| r.area().role().is_some()))
            .then(|| next.split('#').next().unwrap_or_default().to_owned())
    }

    /// The area's first page.
    pub fn home(area: PortalArea) -> PortalRoute {
        match area {
            PortalArea::SignIn => PortalRoute::SignIn,
            PortalArea::Activate => PortalRoute::Activate,
            PortalArea::Dso => PortalRoute::DsoStudents,
            PortalArea::Student => PortalRoute::StudentHome,
            PortalArea::Reporting => PortalRoute::ReportingHome,
            PortalArea::Officer => PortalRoute::OfficerAudit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn examples() -> Vec<PortalRoute> {
        use PortalRoute::*;
        let s = || "0a1b2c".to_owned();
        let e = || "9f8e7d".to_owned();
        vec![
            SignIn,
            Activate,
            DsoStudents,
            DsoStudent(s()),
            DsoContact(s()),
            DsoAddEmployment(s()),
            DsoEditEmployment(s(), e()),
            DsoEndEmployment(s(), e()),
            DsoPortalEmail(s()),
            DsoResendInvitation(s()),
            DsoUnlock(s()),
            DsoReports,
            DsoItemsDue,
            StudentHome,
            StudentContact,
            StudentAddEmployment,
            StudentEditEmployment(e()),
            StudentEndEmployment(e()),
            StudentValidationReport,
            ReportingHome,
            ReportingAddress,
            ReportingBook,
            ReportingReschedule(e()),
            ReportingCancel(e()),
            OfficerAudit,
            OfficerSchools,
        ]
    }

    #[test]
    fn every_route_round_trips() {
        for route in examples() {
            assert_eq!(PortalRoute::parse(&route.path()), Some(route.clone()));
        }
    }

    #[test]
    fn every_area_starts_at_its_home() {
        for area in PortalArea::ALL {
            let home = PortalRoute::home(area);
            assert_eq!(home.area(), area);
            assert_eq!(home.path(), ["/", area.slug()].concat());
        }
    }

    #[test]
    fn malformed_ids_and_unknown_pages_are_not_routes() {
        assert_eq!(PortalRoute::parse("/dso/students/"), None);
        assert_eq!(PortalRoute::parse("/dso/students/a%2Fb"), None);
        assert_eq!(PortalRoute::parse("/dso/students/ab/unknown"), None);
        assert_eq!(PortalRoute::parse("/student/employment"), None);
        assert_eq!(PortalRoute::parse("/officer/audit/extra"), None);
        assert_eq!(
            PortalRoute::parse("/student/employment/new"),
            Some(PortalRoute::StudentAddEmployment)
        );
    }

    #[test]
    fn only_portal_pages_of_this_site_are_returned_to() {
        let ok = |next: &str| PortalRoute::safe_return(next);
        assert_eq!(
            ok("/es/student/contact?step=check").as_deref(),
            Some("/es/student/contact?step=check")
        );
        assert_eq!(ok("/dso").as_deref(), Some("/dso"));
        assert_eq!(ok("//evil.example/dso"), None);
        assert_eq!(ok("https://evil.example/dso"), None);
        assert_eq!(ok("/\\evil.example"), None);
        assert_eq!(ok("/dso?\n"), None);
        assert_eq!(ok("/guides"), None);
        assert_eq!(ok("/sign-in"), None);
        assert_eq!(ok(""), None);
    }

    #[test]
    fn each_role_has_one_home_area() {
        for area in PortalArea::ALL {
            if let Some(role) = area.role() {
                assert_eq!(PortalArea::home_of(role), area);
            }
        }
    }
}
