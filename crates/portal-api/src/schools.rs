//! Schools and their officials, for ICE staff's program management view.

use navigator_domain::{
    api::school::{Official, SchoolOfficials},
    identifiers::{EmailAddress, PhoneNumber, SchoolCode},
};
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::{database::Pool, error::ApiError};

/// Every school, by name, with its number of students and its officials (principal first).
pub async fn with_officials(pool: &Pool) -> Result<Vec<SchoolOfficials>, ApiError> {
    let schools = sqlx::query(
        "SELECT sc.id, sc.code, sc.name, (SELECT COUNT(*) FROM students st WHERE st.school_id = sc.id) AS students \
         FROM schools sc ORDER BY sc.name",
    )
    .fetch_all(pool)
    .await?;
    let officials = sqlx::query(
        "SELECT school_id, display_name, email, phone, is_principal FROM accounts \
         WHERE role = 'school_official' ORDER BY is_principal DESC, display_name",
    )
    .fetch_all(pool)
    .await?;
    let mut out = Vec::new();
    for school in &schools {
        let id: String = school.try_get("id")?;
        let code: String = school.try_get("code")?;
        let mut list = Vec::new();
        for official in officials.iter().filter(|o| {
            o.try_get::<Option<String>, _>("school_id")
                .ok()
                .flatten()
                .as_deref()
                == Some(id.as_str())
        }) {
            list.push(official_from_row(official).map_err(ApiError::internal)?);
        }
        out.push(SchoolOfficials {
            code: SchoolCode::parse(&code).map_err(ApiError::internal)?,
            name: school.try_get("name")?,
            students: school.try_get::<i64, _>("students")? as u32,
            officials: list,
        });
    }
    Ok(out)
}

fn official_from_row(row: &AnyRow) -> Result<Official, sqlx::Error> {
    let email: Option<String> = row.try_get("email")?;
    let phone: Option<String> = row.try_get("phone")?;
    Ok(Official {
        name: row.try_get("display_name")?,
        email: EmailAddress::parse(&email.unwrap_or_default())
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        phone: phone
            .as_deref()
            .map(PhoneNumber::parse)
            .transpose()
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        is_principal: row.try_get::<i64, _>("is_principal")? != 0,
    })
}

/// The officials of one school, principal first: whom its students contact.
pub async fn officials_of(
    conn: &mut AnyConnection,
    school_id: &str,
) -> Result<Vec<Official>, sqlx::Error> {
    sqlx::query(
        "SELECT display_name, email, phone, is_principal FROM accounts \
         WHERE role = 'school_official' AND school_id = $1 ORDER BY is_principal DESC, display_name",
    )
    .bind(school_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(official_from_row)
    .collect()
}
