//! Every portal API endpoint, its method and path written once. The server documents and
//! routes each handler at its endpoint's path, identifies a repeated write by it, and the
//! app calls it by the same constant: a path changed here changes everywhere, and a path
//! mistyped in one place cannot exist. Paths are relative to `/api`, as in the OpenAPI
//! contract; `{…}` marks an id the caller fills in.

/// The HTTP methods the API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Delete,
}

impl HttpMethod {
    /// As written on the wire (and in an idempotency fingerprint).
    pub const fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Delete => "DELETE",
        }
    }
}

/// One operation of the API: a method on a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub method: HttpMethod,
    /// Relative to `/api`, with `{name}` for each id, as the contract and the router write it.
    pub path: &'static str,
}

impl Endpoint {
    pub const fn get(path: &'static str) -> Endpoint {
        Endpoint {
            method: HttpMethod::Get,
            path,
        }
    }

    pub const fn post(path: &'static str) -> Endpoint {
        Endpoint {
            method: HttpMethod::Post,
            path,
        }
    }

    pub const fn put(path: &'static str) -> Endpoint {
        Endpoint {
            method: HttpMethod::Put,
            path,
        }
    }

    pub const fn delete(path: &'static str) -> Endpoint {
        Endpoint {
            method: HttpMethod::Delete,
            path,
        }
    }

    /// Every endpoint the server can have, the demo ones included: the contract test checks
    /// this list against the contract both ways.
    pub const ALL: &[Endpoint] = &[
        HEALTH,
        SESSION,
        SIGN_IN,
        SIGN_OUT,
        REFRESH_SESSION,
        ACTIVATE,
        DSO_STUDENTS,
        DSO_STUDENT,
        DSO_UPDATE_CONTACT,
        DSO_ADD_EMPLOYMENT,
        DSO_EDIT_EMPLOYMENT,
        DSO_END_EMPLOYMENT,
        DSO_RESEND_INVITATION,
        DSO_UNLOCK_PORTAL,
        DSO_CHANGE_PORTAL_EMAIL,
        DSO_CHANGES_REPORT,
        DSO_PORTAL_ACCOUNTS,
        DSO_ITEMS_DUE,
        DSO_MARK_DONE,
        DSO_REOPEN_ITEM,
        STUDENT_PROFILE,
        STUDENT_UPDATE_CONTACT,
        STUDENT_ADD_EMPLOYMENT,
        STUDENT_EDIT_EMPLOYMENT,
        STUDENT_END_EMPLOYMENT,
        STUDENT_UNEMPLOYMENT,
        STUDENT_STEM_REPORTS,
        STUDENT_VALIDATION_REPORT,
        SUPERVISION_CHANGE_ADDRESS,
        SUPERVISION_SLOTS,
        SUPERVISION_APPOINTMENTS,
        SUPERVISION_BOOK,
        SUPERVISION_RESCHEDULE,
        SUPERVISION_CANCEL,
        OFFICER_AUDIT,
        OFFICER_SCHOOLS,
        DEMO_OUTBOX,
        DEMO_ADVANCE_CLOCK,
    ];

    /// The path with its `{…}` placeholders filled by `ids`, in order. A placeholder without
    /// an id stays as written (a path no route has) — a programming error, so debug builds
    /// panic on any count that differs.
    pub fn path_with(&self, ids: &[&str]) -> String {
        debug_assert_eq!(
            self.path.matches('{').count(),
            ids.len(),
            "{} takes one id per placeholder",
            self.path
        );
        let mut ids = ids.iter();
        let mut path = String::with_capacity(self.path.len() + 32);
        let mut rest = self.path;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
            path.push_str(&rest[..open]);
            path.push_str(ids.next().copied().unwrap_or(&rest[open..close]));
            rest = &rest[close..];
        }
        path.push_str(rest);
        path
    }
}

pub const HEALTH: Endpoint = Endpoint::get("/health");

pub const SESSION: Endpoint = Endpoint::get("/session");
pub const SIGN_IN: Endpoint = Endpoint::post("/session");
pub const SIGN_OUT: Endpoint = Endpoint::delete("/session");
pub const REFRESH_SESSION: Endpoint = Endpoint::post("/session/refresh");
pub const ACTIVATE: Endpoint = Endpoint::post("/activation");

pub const DSO_STUDENTS: Endpoint = Endpoint::get("/dso/students");
pub const DSO_STUDENT: Endpoint = Endpoint::get("/dso/students/{id}");
pub const DSO_UPDATE_CONTACT: Endpoint = Endpoint::put("/dso/students/{id}/contact");
pub const DSO_ADD_EMPLOYMENT: Endpoint = Endpoint::post("/dso/students/{id}/employment");
pub const DSO_EDIT_EMPLOYMENT: Endpoint =
    Endpoint::put("/dso/students/{id}/employment/{employment_id}");
pub const DSO_END_EMPLOYMENT: Endpoint =
    Endpoint::post("/dso/students/{id}/employment/{employment_id}/end");
pub const DSO_RESEND_INVITATION: Endpoint = Endpoint::post("/dso/students/{id}/portal/invitation");
pub const DSO_UNLOCK_PORTAL: Endpoint = Endpoint::post("/dso/students/{id}/portal/unlock");
pub const DSO_CHANGE_PORTAL_EMAIL: Endpoint = Endpoint::put("/dso/students/{id}/portal/email");
pub const DSO_CHANGES_REPORT: Endpoint = Endpoint::get("/dso/reports/student-changes.csv");
pub const DSO_PORTAL_ACCOUNTS: Endpoint = Endpoint::get("/dso/reports/portal-accounts");
pub const DSO_ITEMS_DUE: Endpoint = Endpoint::get("/dso/items-due");
pub const DSO_MARK_DONE: Endpoint = Endpoint::post("/dso/items-due/{id}/done");
pub const DSO_REOPEN_ITEM: Endpoint = Endpoint::post("/dso/items-due/{id}/reopen");

pub const STUDENT_PROFILE: Endpoint = Endpoint::get("/student/profile");
pub const STUDENT_UPDATE_CONTACT: Endpoint = Endpoint::put("/student/contact");
pub const STUDENT_ADD_EMPLOYMENT: Endpoint = Endpoint::post("/student/employment");
pub const STUDENT_EDIT_EMPLOYMENT: Endpoint = Endpoint::put("/student/employment/{employment_id}");
pub const STUDENT_END_EMPLOYMENT: Endpoint =
    Endpoint::post("/student/employment/{employment_id}/end");
pub const STUDENT_UNEMPLOYMENT: Endpoint = Endpoint::get("/student/unemployment");
pub const STUDENT_STEM_REPORTS: Endpoint = Endpoint::get("/student/stem-reports");
pub const STUDENT_VALIDATION_REPORT: Endpoint = Endpoint::post("/student/validation-report");

pub const SUPERVISION_CHANGE_ADDRESS: Endpoint = Endpoint::post("/supervision/address");
pub const SUPERVISION_SLOTS: Endpoint = Endpoint::get("/supervision/slots");
pub const SUPERVISION_APPOINTMENTS: Endpoint = Endpoint::get("/supervision/appointments");
pub const SUPERVISION_BOOK: Endpoint = Endpoint::post("/supervision/appointments");
pub const SUPERVISION_RESCHEDULE: Endpoint = Endpoint::put("/supervision/appointments/{id}");
pub const SUPERVISION_CANCEL: Endpoint = Endpoint::delete("/supervision/appointments/{id}");

pub const OFFICER_AUDIT: Endpoint = Endpoint::get("/officer/audit");
pub const OFFICER_SCHOOLS: Endpoint = Endpoint::get("/officer/schools");

/// Only on a server started in demo mode.
pub const DEMO_OUTBOX: Endpoint = Endpoint::get("/demo/outbox");
/// Only on a server started in demo mode.
pub const DEMO_ADVANCE_CLOCK: Endpoint = Endpoint::post("/demo/clock");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_without_ids_is_itself() {
        assert_eq!(STUDENT_PROFILE.path_with(&[]), "/student/profile");
    }

    #[test]
    fn ids_fill_the_placeholders_in_order() {
        assert_eq!(DSO_STUDENT.path_with(&["s1"]), "/dso/students/s1");
        assert_eq!(
            DSO_END_EMPLOYMENT.path_with(&["s1", "e2"]),
            "/dso/students/s1/employment/e2/end"
        );
        assert_eq!(
            DSO_EDIT_EMPLOYMENT.path_with(&["s1", "e2"]),
            "/dso/students/s1/employment/e2"
        );
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "one id per placeholder")]
    fn too_few_ids_panic_in_debug() {
        DSO_END_EMPLOYMENT.path_with(&["s1"]);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "one id per placeholder")]
    fn too_many_ids_panic_in_debug() {
        STUDENT_PROFILE.path_with(&["s1"]);
    }

    #[test]
    fn every_endpoint_is_listed_once() {
        for (i, endpoint) in Endpoint::ALL.iter().enumerate() {
            assert!(
                !Endpoint::ALL[i + 1..].contains(endpoint),
                "{endpoint:?} is listed twice"
            );
            assert!(endpoint.path.starts_with('/'), "{endpoint:?}");
            assert!(!endpoint.path.starts_with("/api"), "{endpoint:?}");
        }
    }
}
