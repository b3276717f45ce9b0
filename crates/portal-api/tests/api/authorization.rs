//! Every endpoint × every kind of caller: anonymous, each role, an official of another
//! school, another student, another person under supervision. Allowed callers get past the
//! checks; the others get 401, 403 or 404 — and no answer ever carries another school's or
//! person's record.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{
        DSO_LAKESHORE, DSO_RIVERSIDE, JEAN, MARIA, OFFICER, STUDENT_ANA, STUDENT_LUCIA, Session,
        TestApp,
    },
};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Caller {
    Anonymous,
    OfficialSameSchool,
    OfficialOtherSchool,
    Student,
    OtherStudent,
    Supervised,
    OtherSupervised,
    Officer,
}

const CALLERS: [Caller; 8] = [
    Caller::Anonymous,
    Caller::OfficialSameSchool,
    Caller::OfficialOtherSchool,
    Caller::Student,
    Caller::OtherStudent,
    Caller::Supervised,
    Caller::OtherSupervised,
    Caller::Officer,
];

/// Who may use an endpoint; everyone else is refused with the status given.
#[derive(Clone, Copy)]
enum Rule {
    /// School officials; an official of another school gets 404 for this record.
    OwnSchoolRecord,
    /// Any school official (lists of their own school).
    SchoolOfficials,
    /// Students, each their own record; another student gets 404 for this record.
    OwnStudentRecord,
    Students,
    /// People under supervision; another person gets 404 for this appointment.
    OwnAppointment,
    Supervised,
    Officers,
    AnyoneSignedIn,
    /// `GET /api/session`: anyone may ask; an anonymous caller is told "nobody" (204).
    WhoIsSignedIn,
}

fn expected(rule: Rule, caller: Caller) -> Option<StatusCode> {
    use Caller::*;
    if caller == Anonymous {
        return Some(match rule {
            Rule::WhoIsSignedIn => StatusCode::NO_CONTENT,
            _ => StatusCode::UNAUTHORIZED,
        });
    }
    let forbidden = Some(StatusCode::FORBIDDEN);
    match (rule, caller) {
        (Rule::AnyoneSignedIn | Rule::WhoIsSignedIn, _) => None,
        (Rule::OwnSchoolRecord, OfficialSameSchool) => None,
        (Rule::OwnSchoolRecord, OfficialOtherSchool) => Some(StatusCode::NOT_FOUND),
        (Rule::SchoolOfficials, OfficialSameSchool | OfficialOtherSchool) => None,
        (Rule::OwnStudentRecord, Student) => None,
        (Rule::OwnStudentRecord, OtherStudent) => Some(StatusCode::NOT_FOUND),
        (Rule::Students, Student | OtherStudent) => None,
        (Rule::OwnAppointment, Supervised) => None,
        (Rule::OwnAppointment, OtherSupervised) => Some(StatusCode::NOT_FOUND),
        (Rule::Supervised, Supervised | OtherSupervised) => None,
        (Rule::Officers, Officer) => None,
        _ => forbidden,
    }
}

async fn every_endpoint_for_every_caller(app: TestApp) {
    let sessions: Vec<(Caller, Option<Session>)> = vec![
        (Caller::Anonymous, None),
        (
            Caller::OfficialSameSchool,
            Some(app.sign_in(DSO_RIVERSIDE).await),
        ),
        (
            Caller::OfficialOtherSchool,
            Some(app.sign_in(DSO_LAKESHORE).await),
        ),
        (Caller::Student, Some(app.sign_in(STUDENT_ANA).await)),
        (Caller::OtherStudent, Some(app.sign_in(STUDENT_LUCIA).await)),
        (
            Caller::Supervised,
            Some(app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await),
        ),
        (
            Caller::OtherSupervised,
            Some(app.sign_in_supervised(MARIA.0, MARIA.1, MARIA.2).await),
        ),
        (Caller::Officer, Some(app.sign_in(OFFICER).await)),
    ];
    let session_of = |caller: Caller| {
        sessions
            .iter()
            .find(|(c, _)| *c == caller)
            .unwrap()
            .1
            .clone()
    };
    let ana = app.student_id("Lopez").await;
    let ana_profile = app
        .get_json(
            "/api/student/profile",
            &session_of(Caller::Student).unwrap(),
        )
        .await;
    let ana_job = ana_profile["employment"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let jean = session_of(Caller::Supervised).unwrap();
    let slots = app.get_json("/api/supervision/slots", &jean).await;
    let slot = |i: usize| slots[i]["id"].as_str().unwrap().to_owned();
    let booked = app
        .request(
            Method::POST,
            "/api/supervision/appointments",
            Some(&jean),
            Some(json!({"slot_id": slot(0)})),
            None,
        )
        .await;
    assert_eq!(booked.status(), StatusCode::CREATED);
    let appointment = booked.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let contact = json!({"address": {"line1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02115"}, "phone": "617 555 0199"});
    let job = json!({
        "employer_name": "Globex", "address": {"line1": "2 Market St", "city": "Boston", "state": "MA", "zip": "02110"},
        "ein": "", "hours": "full_time", "start_date": {"day": "1", "month": "11", "year": "2026"}, "end_date": {},
        "job_title": "Analyst", "supervisor_name": "Sam Lee", "supervisor_phone": "617 555 0111",
        "supervisor_email": "sam@globex.example", "relation_to_study": "Data analysis, as studied."
    });
    let end = json!({"end_date": {"day": "20", "month": "11", "year": "2026"}});
    let address = json!({"address": {"line1": "9 Elm St", "city": "Newark", "state": "NJ", "zip": "07102"},
        "moved_on": {"day": "20", "month": "11", "year": "2026"}, "court_case": "yes"});
    // Changing a Portal e-mail signs its student out everywhere: Omar's, not the caller Ana's.
    let omar = app.student_id("Haddad").await;
    let s = |path: &str| {
        path.replace("{ana}", &ana)
            .replace("{omar}", &omar)
            .replace("{job}", &ana_job)
            .replace("{appointment}", &appointment)
    };

    let endpoints: Vec<(Method, String, Option<Value>, Rule)> = vec![
        (Method::GET, s("/api/session"), None, Rule::WhoIsSignedIn),
        (
            Method::POST,
            s("/api/session/refresh"),
            None,
            Rule::AnyoneSignedIn,
        ),
        (
            Method::GET,
            s("/api/dso/students"),
            None,
            Rule::SchoolOfficials,
        ),
        (
            Method::GET,
            s("/api/dso/students/{ana}"),
            None,
            Rule::OwnSchoolRecord,
        ),
        (
            Method::PUT,
            s("/api/dso/students/{ana}/contact"),
            Some(contact.clone()),
            Rule::OwnSchoolRecord,
        ),
        (
            Method::POST,
            s("/api/dso/students/{ana}/employment"),
            Some(job.clone()),
            Rule::OwnSchoolRecord,
        ),
        (
            Method::PUT,
            s("/api/dso/students/{ana}/employment/{job}"),
            Some(job.clone()),
            Rule::OwnSchoolRecord,
        ),
        (
            Method::POST,
            s("/api/dso/students/{ana}/employment/{job}/end"),
            Some(end.clone()),
            Rule::OwnSchoolRecord,
        ),
        (
            Method::POST,
            s("/api/dso/students/{ana}/portal/invitation"),
            None,
            Rule::OwnSchoolRecord,
        ),
        (
            Method::POST,
            s("/api/dso/students/{ana}/portal/unlock"),
            None,
            Rule::OwnSchoolRecord,
        ),
        (
            Method::PUT,
            s("/api/dso/students/{omar}/portal/email"),
            Some(json!({"email": "omar.h@student.example"})),
            Rule::OwnSchoolRecord,
        ),
        (
            Method::GET,
            s("/api/dso/reports/student-changes.csv"),
            None,
            Rule::SchoolOfficials,
        ),
        (
            Method::GET,
            s("/api/dso/reports/portal-accounts"),
            None,
            Rule::SchoolOfficials,
        ),
        (
            Method::GET,
            s("/api/dso/items-due"),
            None,
            Rule::SchoolOfficials,
        ),
        (Method::GET, s("/api/student/profile"), None, Rule::Students),
        (
            Method::PUT,
            s("/api/student/contact"),
            Some(contact.clone()),
            Rule::Students,
        ),
        (
            Method::POST,
            s("/api/student/employment"),
            Some(job.clone()),
            Rule::Students,
        ),
        (
            Method::PUT,
            s("/api/student/employment/{job}"),
            Some(job.clone()),
            Rule::OwnStudentRecord,
        ),
        (
            Method::POST,
            s("/api/student/employment/{job}/end"),
            Some(end.clone()),
            Rule::OwnStudentRecord,
        ),
        (
            Method::GET,
            s("/api/student/unemployment"),
            None,
            Rule::Students,
        ),
        (
            Method::GET,
            s("/api/student/stem-reports"),
            None,
            Rule::Students,
        ),
        (
            Method::POST,
            s("/api/supervision/address"),
            Some(address.clone()),
            Rule::Supervised,
        ),
        (
            Method::GET,
            s("/api/supervision/slots"),
            None,
            Rule::Supervised,
        ),
        (
            Method::GET,
            s("/api/supervision/appointments"),
            None,
            Rule::Supervised,
        ),
        (
            Method::PUT,
            s("/api/supervision/appointments/{appointment}"),
            Some(json!({"slot_id": slot(1)})),
            Rule::OwnAppointment,
        ),
        (
            Method::DELETE,
            s("/api/supervision/appointments/{appointment}"),
            None,
            Rule::OwnAppointment,
        ),
        (Method::GET, s("/api/officer/audit"), None, Rule::Officers),
        (Method::GET, s("/api/officer/schools"), None, Rule::Officers),
        // Last: signs each caller out.
        (
            Method::DELETE,
            s("/api/session"),
            None,
            Rule::AnyoneSignedIn,
        ),
    ];
    let mut checked = 0;
    for (method, path, body, rule) in &endpoints {
        for caller in CALLERS {
            let session = session_of(caller);
            let response = app
                .request(method.clone(), path, session.as_ref(), body.clone(), None)
                .await;
            let status = response.status();
            let text = response.text().await.unwrap();
            match expected(*rule, caller) {
                Some(refused) => {
                    assert_eq!(status, refused, "{method} {path} as {caller:?}: {text}")
                }
                None => assert!(
                    ![
                        StatusCode::UNAUTHORIZED,
                        StatusCode::FORBIDDEN,
                        StatusCode::NOT_FOUND
                    ]
                    .contains(&status),
                    "{method} {path} as {caller:?} was refused with {status}: {text}"
                ),
            }
            // Nothing of Ana's reaches anyone but her school and herself; nothing of Jean's
            // reaches anyone but Jean.
            if !matches!(
                caller,
                Caller::OfficialSameSchool | Caller::Student | Caller::Officer
            ) {
                assert!(
                    !text.contains("Lopez"),
                    "{method} {path} as {caller:?} leaked Ana's record"
                );
            }
            if caller != Caller::Supervised && caller != Caller::Officer {
                assert!(
                    !text.contains(&appointment),
                    "{method} {path} as {caller:?} leaked Jean's appointment"
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, endpoints.len() * CALLERS.len());
}

on_both_databases!(every_endpoint_for_every_caller);
