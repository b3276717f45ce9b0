//! Schools and their officials, for ICE staff's program management view.

use navigator_domain::{
    api::school::{Official, SchoolOfficials},
    identifiers::{EmailAddress, SchoolCode},
};
use sqlx::Row;

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
        "SELECT school_id, display_name, email, is_principal FROM accounts \
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
            let email: Option<String> = official.try_get("email")?;
            list.push(Official {
                name: official.try_get("display_name")?,
                email: EmailAddress::parse(&email.unwrap_or_default())
                    .map_err(ApiError::internal)?,
                is_principal: official.try_get::<i64, _>("is_principal")? != 0,
            });
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
