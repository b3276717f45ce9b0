//! Demo data, created only in demo mode on an empty database: two schools with their
//! officials, students on post-completion and STEM OPT (one invited, one locked), people
//! under supervision with an ICE office and appointment times, and an officer.

use navigator_domain::{
    Lang,
    api::{
        contact::Contact,
        employment::{Employment, Hours, Supervisor},
        student::OptKind,
    },
    calendar::{Date, Timestamp, date},
    identifiers::{AddressInput, EmailAddress, PhoneNumber},
};
use sqlx::Row;

use crate::{
    database::Database,
    invitations,
    outbox::Outbox,
    passwords,
    secrets::{new_id, new_token},
    students::{INVITATION_DAYS, opt_kind_id},
};

pub const PASSWORD: &str = "demo-password-2026";

/// What to print so people can sign in.
pub struct DemoAccount {
    pub role: &'static str,
    pub sign_in: String,
}

struct StudentSeed {
    first: &'static str,
    last: &'static str,
    sevis: &'static str,
    kind: OptKind,
    ead: (Date, Date),
    first_ead: Option<Date>,
    state: &'static str,
    jobs: Vec<(&'static str, Date, Option<Date>)>,
}

fn address(
    line1: &str,
    city: &str,
    state: &str,
    zip: &str,
) -> navigator_domain::identifiers::UsAddress {
    AddressInput {
        line1: line1.into(),
        line2: String::new(),
        city: city.into(),
        state: state.into(),
        zip: zip.into(),
    }
    .parse(Lang::default())
    .expect("demo addresses are valid")
}

fn job(employer: &str, start: Date, end: Option<Date>) -> Employment {
    Employment {
        employer_name: employer.into(),
        address: address("100 Innovation Way", "Cambridge", "MA", "02139"),
        ein: None,
        hours: Hours::FullTime,
        start,
        end,
        job_title: "Software engineer".into(),
        supervisor: Supervisor {
            name: "Dana Lee".into(),
            phone: PhoneNumber::parse("617 555 0100").expect("valid"),
            email: EmailAddress::parse("dana.lee@employer.example").expect("valid"),
        },
        relation_to_study: "Builds software, the subject of the degree in computer science.".into(),
    }
}

/// Seeds when the database has no school yet; returns the accounts to print.
pub async fn seed_if_empty(
    db: &Database,
    outbox: &Outbox,
    now: Timestamp,
) -> Result<Option<Vec<DemoAccount>>, sqlx::Error> {
    let schools: i64 = sqlx::query("SELECT COUNT(*) AS n FROM schools")
        .fetch_one(&db.pool)
        .await?
        .try_get("n")?;
    if schools > 0 {
        return Ok(None);
    }
    let hash = tokio::task::spawn_blocking(|| passwords::hash(PASSWORD))
        .await
        .expect("hashing does not panic");
    let at = now.unix_seconds();
    let mut tx = db.write().await?;
    let mut printed = Vec::new();
    let riverside = new_id();
    let lakeshore = new_id();
    for (id, code, name) in [
        (&riverside, "BOS214F00123000", "Riverside University"),
        (
            &lakeshore,
            "CHI214F00456000",
            "Lakeshore Institute of Technology",
        ),
    ] {
        sqlx::query("INSERT INTO schools (id, code, name) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(code)
            .bind(name)
            .execute(&mut *tx)
            .await?;
    }
    let officials = [
        (
            "Morgan Patel",
            "morgan.patel@riverside.example",
            "617 555 0171",
            &riverside,
            1,
            "PDSO, Riverside University",
        ),
        (
            "Chris Okafor",
            "chris.okafor@riverside.example",
            "617 555 0172",
            &riverside,
            0,
            "DSO, Riverside University",
        ),
        (
            "Jordan Kim",
            "jordan.kim@lakeshore.example",
            "312 555 0173",
            &lakeshore,
            1,
            "PDSO, Lakeshore Institute of Technology",
        ),
    ];
    for (name, email, phone, school, principal, role) in officials {
        let phone = PhoneNumber::parse(phone).expect("valid").display();
        sqlx::query(
            "INSERT INTO accounts (id, role, display_name, email, phone, password_hash, school_id, is_principal, created_at) \
             VALUES ($1, 'school_official', $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(new_id()).bind(name).bind(email).bind(phone).bind(&hash).bind(school).bind(principal as i64).bind(at)
        .execute(&mut *tx).await?;
        printed.push(DemoAccount {
            role,
            sign_in: email.to_owned(),
        });
    }
    let students = [
        (
            "ana.lopez@student.example",
            &riverside,
            StudentSeed {
                first: "Ana",
                last: "Lopez",
                sevis: "N0004720633",
                kind: OptKind::PostCompletion,
                ead: (date(2026, 6, 1), date(2027, 5, 31)),
                first_ead: None,
                state: "active",
                jobs: vec![
                    ("Acme Robotics", date(2026, 6, 15), Some(date(2026, 8, 31))),
                    ("Brightside Labs", date(2026, 10, 1), None),
                ],
            },
        ),
        (
            "wei.zhang@student.example",
            &riverside,
            StudentSeed {
                first: "Wei",
                last: "Zhang",
                sevis: "N0001234567",
                kind: OptKind::Stem,
                ead: (date(2026, 7, 1), date(2028, 6, 30)),
                first_ead: Some(date(2025, 7, 1)),
                state: "active",
                // The same employer through post-completion OPT, then on STEM OPT from the
                // STEM EAD's first day (a STEM job cannot start before its EAD).
                jobs: vec![
                    (
                        "Northwind Analytics",
                        date(2025, 7, 15),
                        Some(date(2026, 6, 30)),
                    ),
                    ("Northwind Analytics", date(2026, 7, 1), None),
                ],
            },
        ),
        (
            "priya.raman@student.example",
            &riverside,
            StudentSeed {
                first: "Priya",
                last: "Raman",
                sevis: "N0007654321",
                kind: OptKind::PostCompletion,
                ead: (date(2026, 9, 1), date(2027, 8, 31)),
                first_ead: None,
                state: "invited",
                jobs: vec![],
            },
        ),
        (
            "omar.haddad@student.example",
            &riverside,
            StudentSeed {
                first: "Omar",
                last: "Haddad",
                sevis: "N0002468101",
                kind: OptKind::Stem,
                ead: (date(2026, 3, 1), date(2028, 2, 29)),
                first_ead: Some(date(2025, 3, 1)),
                state: "locked",
                jobs: vec![
                    ("Contoso Health", date(2025, 3, 10), Some(date(2026, 2, 28))),
                    ("Contoso Health", date(2026, 3, 1), None),
                ],
            },
        ),
        (
            "lucia.fernandez@student.example",
            &lakeshore,
            StudentSeed {
                first: "Lucía",
                last: "Fernández",
                sevis: "N0003692581",
                kind: OptKind::PostCompletion,
                ead: (date(2026, 8, 15), date(2027, 8, 14)),
                first_ead: None,
                state: "active",
                jobs: vec![("Fabrikam Energy", date(2026, 9, 1), None)],
            },
        ),
    ];
    for (email, school, seed) in students {
        let student_id = new_id();
        let account_id = (seed.state != "invited").then(new_id);
        let name = [seed.first, " ", seed.last].concat();
        if let Some(account_id) = &account_id {
            sqlx::query(
                "INSERT INTO accounts (id, role, display_name, email, password_hash, school_id, is_principal, created_at) \
                 VALUES ($1, 'student', $2, $3, $4, $5, 0, $6)",
            )
            .bind(account_id).bind(&name).bind(email).bind(&hash).bind(school).bind(at)
            .execute(&mut *tx).await?;
        }
        let contact = Contact {
            address: address("12 Elm Street", "Boston", "MA", "02115"),
            phone: PhoneNumber::parse("617 555 0142").expect("valid"),
        };
        let invitation_expires = (seed.state == "invited").then(|| at + INVITATION_DAYS * 86_400);
        sqlx::query(
            "INSERT INTO students (id, account_id, school_id, sevis_id, first_name, last_name, opt_kind, ead_start, ead_end, first_ead_start, \
             portal_email, portal_state, invitation_expires, contact_json, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        )
        .bind(&student_id).bind(&account_id).bind(school).bind(seed.sevis).bind(seed.first).bind(seed.last)
        .bind(opt_kind_id(seed.kind)).bind(seed.ead.0.to_iso()).bind(seed.ead.1.to_iso()).bind(seed.first_ead.map(|d| d.to_iso()))
        .bind(email).bind(seed.state).bind(invitation_expires)
        .bind(serde_json::to_string(&contact).expect("serialisable")).bind(at)
        .execute(&mut *tx).await?;
        for (employer, start, end) in &seed.jobs {
            sqlx::query("INSERT INTO employment (id, student_id, employment_json, reported_by, updated_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(new_id()).bind(&student_id)
                .bind(serde_json::to_string(&job(employer, *start, *end)).expect("serialisable"))
                .bind("student")
                .bind(at).execute(&mut *tx).await?;
        }
        if seed.state == "invited" {
            let token = new_token();
            let expires = invitation_expires.expect("an invited student's link has an end");
            invitations::replace(&mut tx, &student_id, &token, expires).await?;
            outbox
                .send_invitation(&mut tx, email, &name, &token, now)
                .await?;
        }
        let note = match seed.state {
            "invited" => " (not activated: ICE staff see the invitation link at /api/demo/outbox)",
            "locked" => " (locked: a DSO can unlock it)",
            _ => "",
        };
        printed.push(DemoAccount {
            role: match seed.kind {
                OptKind::Stem => "student, STEM OPT",
                _ => "student, post-completion OPT",
            },
            sign_in: [email, note].concat(),
        });
    }
    let office = new_id();
    let office_address = AddressInput {
        line1: "970 Broad St".into(),
        line2: String::new(),
        city: "Newark".into(),
        state: "NJ".into(),
        zip: "07102".into(),
    }
    .parse(Lang::En)
    .expect("valid");
    sqlx::query(
        "INSERT INTO offices (id, name, address_json) VALUES ($1, 'Newark ERO Field Office', $2)",
    )
    .bind(&office)
    .bind(serde_json::to_string(&office_address).expect("an address serialises"))
    .execute(&mut *tx)
    .await?;
    // Appointment times on working days for 90 days from today.
    let today = now.date();
    for offset in 0..90 {
        let day = today.add_days(offset);
        if !navigator_domain::calendar::is_working_day(day) {
            continue;
        }
        for time in [
            "09:00", "09:30", "10:00", "10:30", "11:00", "13:30", "14:00", "14:30",
        ] {
            sqlx::query("INSERT INTO slots (id, office_id, day, time) VALUES ($1, $2, $3, $4)")
                .bind(new_id())
                .bind(&office)
                .bind(day.to_iso())
                .bind(time)
                .execute(&mut *tx)
                .await?;
        }
    }
    for (name, a_number, subject, birth) in [
        ("Jean Baptiste", "A012345678", "SUB12345", date(1988, 4, 12)),
        ("María Gómez", "A098765432", "SUB67890", date(1992, 11, 3)),
    ] {
        sqlx::query(
            "INSERT INTO accounts (id, role, display_name, a_number, subject_id, date_of_birth, office_id, is_principal, created_at) \
             VALUES ($1, 'supervised', $2, $3, $4, $5, $6, 0, $7)",
        )
        .bind(new_id()).bind(name).bind(a_number).bind(subject).bind(birth.to_iso()).bind(&office).bind(at)
        .execute(&mut *tx).await?;
        printed.push(DemoAccount {
            role: "person under ICE supervision",
            sign_in: [
                "A-Number ",
                a_number,
                ", Subject ID ",
                subject,
                ", born ",
                &birth.to_iso(),
            ]
            .concat(),
        });
    }
    sqlx::query(
        "INSERT INTO accounts (id, role, display_name, email, password_hash, is_principal, created_at) \
         VALUES ($1, 'officer', 'Officer Taylor Reed', 'taylor.reed@ice.example', $2, 0, $3)",
    )
    .bind(new_id()).bind(&hash).bind(at).execute(&mut *tx).await?;
    printed.push(DemoAccount {
        role: "ICE officer",
        sign_in: "taylor.reed@ice.example".into(),
    });
    tx.commit().await?;
    Ok(Some(printed))
}
