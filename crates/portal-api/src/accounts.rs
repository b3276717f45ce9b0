//! Accounts: who can sign in, with which role, attached to which school or ICE office.

use navigator_domain::api::session::{AccountRole, AccountSummary};
use sqlx::{Row, any::AnyRow};

use crate::database::Pool;

#[derive(Clone, Debug)]
pub struct Account {
    pub id: String,
    pub role: AccountRole,
    pub display_name: String,
    pub school_id: Option<String>,
    pub school_name: Option<String>,
    pub is_principal: bool,
    pub office_id: Option<String>,
    /// A person under supervision's A-Number; kept for their audit entries, which show
    /// only its last digits.
    pub a_number: Option<String>,
}

impl Account {
    /// Whom a person's own writes are about, as the audit log names them: the name, and the
    /// A-Number's last four digits for a person under supervision (`Jean Baptiste
    /// (A•••••5678)`).
    pub fn audit_label(&self) -> String {
        match self.a_number.as_deref() {
            Some(a_number) if a_number.len() > 4 => [
                self.display_name.as_str(),
                " (A•••••",
                &a_number[a_number.len() - 4..],
                ")",
            ]
            .concat(),
            _ => self.display_name.clone(),
        }
    }

    pub fn summary(&self) -> AccountSummary {
        AccountSummary {
            id: self.id.clone(),
            role: self.role,
            display_name: self.display_name.clone(),
            school_name: self.school_name.clone(),
            is_principal: self.is_principal,
        }
    }
}

pub const SELECT: &str = "SELECT a.id, a.role, a.display_name, a.school_id, s.name AS school_name, a.is_principal, a.office_id, a.a_number \
                          FROM accounts a LEFT JOIN schools s ON s.id = a.school_id";

pub fn from_row(row: &AnyRow) -> Result<Account, sqlx::Error> {
    let role: String = row.try_get("role")?;
    Ok(Account {
        id: row.try_get("id")?,
        role: AccountRole::from_id(&role)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown role {role}").into()))?,
        display_name: row.try_get("display_name")?,
        school_id: row.try_get("school_id")?,
        school_name: row.try_get("school_name")?,
        is_principal: row.try_get::<i64, _>("is_principal")? != 0,
        office_id: row.try_get("office_id")?,
        a_number: row.try_get("a_number")?,
    })
}

/// An email account and its password hash (None: not activated yet).
pub async fn by_email(
    pool: &Pool,
    email: &str,
) -> Result<Option<(Account, Option<String>)>, sqlx::Error> {
    let sql = SELECT.replacen(" FROM accounts a", ", a.password_hash FROM accounts a", 1)
        + " WHERE LOWER(a.email) = LOWER($1)";
    let row = sqlx::query(&sql).bind(email).fetch_optional(pool).await?;
    row.map(|row| {
        Ok((
            from_row(&row)?,
            row.try_get::<Option<String>, _>("password_hash")?,
        ))
    })
    .transpose()
}

/// A person under supervision, with the details of Form I-385 to compare.
pub async fn by_a_number(
    pool: &Pool,
    a_number: &str,
) -> Result<Option<(Account, String, String)>, sqlx::Error> {
    let sql = SELECT.replacen(
        " FROM accounts a",
        ", a.subject_id, a.date_of_birth FROM accounts a",
        1,
    ) + " WHERE a.a_number = $1";
    let row = sqlx::query(&sql)
        .bind(a_number)
        .fetch_optional(pool)
        .await?;
    row.map(|row| {
        Ok((
            from_row(&row)?,
            row.try_get("subject_id")?,
            row.try_get("date_of_birth")?,
        ))
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_supervised_persons_label_masks_the_a_number() {
        let mut jean = Account {
            id: "acc-1".into(),
            role: AccountRole::Supervised,
            display_name: "Jean Baptiste".into(),
            school_id: None,
            school_name: None,
            is_principal: false,
            office_id: Some("newark".into()),
            a_number: Some("A012345678".into()),
        };
        assert_eq!(jean.audit_label(), "Jean Baptiste (A•••••5678)");
        jean.a_number = None;
        assert_eq!(jean.audit_label(), "Jean Baptiste");
    }
}
