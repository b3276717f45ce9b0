//! People under ICE supervision: their address changes and check-in appointments at their
//! office.

use navigator_domain::{
    api::{
        field_change::{FieldChange, field_changes},
        supervision::{AddressChange, Appointment, AppointmentStatus, CheckInSlot},
    },
    calendar::{Date, Timestamp},
    identifiers::UsAddress,
    reference_number::ReferenceNumber,
};
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::secrets::{new_id, new_reference};

/// How far ahead people can book.
pub const BOOKING_DAYS: i64 = 28;

/// An office's name and street address.
struct Office {
    name: String,
    address: Option<UsAddress>,
}

fn slot(row: &AnyRow, office: &Office) -> Result<CheckInSlot, sqlx::Error> {
    let day: String = row.try_get("day")?;
    Ok(CheckInSlot {
        id: row.try_get("slot_id")?,
        office: office.name.clone(),
        office_address: office.address.clone(),
        date: Date::parse_iso(&day).ok_or_else(|| sqlx::Error::Decode("slot day".into()))?,
        time: row.try_get("time")?,
        available: row.try_get::<i64, _>("taken")? == 0,
    })
}

async fn office(conn: &mut AnyConnection, office_id: &str) -> Result<Office, sqlx::Error> {
    let row = sqlx::query("SELECT name, address_json FROM offices WHERE id = $1")
        .bind(office_id)
        .fetch_one(conn)
        .await?;
    let address: Option<String> = row.try_get("address_json")?;
    Ok(Office {
        name: row.try_get("name")?,
        address: address
            .map(|json| serde_json::from_str(&json))
            .transpose()
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
    })
}

/// The office's appointment times from today, with whether each is free.
pub async fn slots(
    conn: &mut AnyConnection,
    office_id: &str,
    from: Date,
) -> Result<Vec<CheckInSlot>, sqlx::Error> {
    let office = office(conn, office_id).await?;
    let rows = sqlx::query(
        "SELECT s.id AS slot_id, s.day, s.time, \
         (SELECT COUNT(*) FROM appointments a WHERE a.slot_id = s.id AND a.status = 'booked') AS taken \
         FROM slots s WHERE s.office_id = $1 AND s.day >= $2 AND s.day < $3 ORDER BY s.day, s.time",
    )
    .bind(office_id)
    .bind(from.to_iso())
    .bind(from.add_days(BOOKING_DAYS).to_iso())
    .fetch_all(conn)
    .await?;
    rows.iter().map(|row| slot(row, &office)).collect()
}

pub async fn slot_by_id(
    conn: &mut AnyConnection,
    office_id: &str,
    slot_id: &str,
) -> Result<Option<CheckInSlot>, sqlx::Error> {
    let office = office(conn, office_id).await?;
    let row = sqlx::query(
        "SELECT s.id AS slot_id, s.day, s.time, \
         (SELECT COUNT(*) FROM appointments a WHERE a.slot_id = s.id AND a.status = 'booked') AS taken \
         FROM slots s WHERE s.office_id = $1 AND s.id = $2",
    )
    .bind(office_id)
    .bind(slot_id)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(|row| slot(row, &office)).transpose()
}

pub async fn appointments(
    conn: &mut AnyConnection,
    account_id: &str,
    office_id: &str,
) -> Result<Vec<Appointment>, sqlx::Error> {
    let office = office(conn, office_id).await?;
    let rows = sqlx::query(
        "SELECT a.id, a.reference, a.status, a.updated_at, s.id AS slot_id, s.day, s.time, 0 AS taken \
         FROM appointments a JOIN slots s ON s.id = a.slot_id WHERE a.account_id = $1 ORDER BY s.day, s.time",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            let reference: String = row.try_get("reference")?;
            let status: String = row.try_get("status")?;
            let mut slot = slot(row, &office)?;
            slot.available = false;
            Ok(Appointment {
                id: row.try_get("id")?,
                reference: ReferenceNumber::parse(&reference)
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                slot,
                status: if status == "booked" {
                    AppointmentStatus::Booked
                } else {
                    AppointmentStatus::Cancelled
                },
                recorded_at: Timestamp::from_unix_seconds(row.try_get("updated_at")?),
            })
        })
        .collect()
}

/// A reported move as its fields compare (`address.zip`, `moved_on`).
fn reported(address: serde_json::Value, moved_on: String) -> serde_json::Value {
    serde_json::json!({ "address": address, "moved_on": moved_on })
}

/// The change a new one is compared with. Read by the index `address_changes_latest`
/// (migration 0008), which has this `ORDER BY`: without it each write sorted all of the
/// person's earlier changes.
pub const LATEST_ADDRESS_CHANGE: &str = "SELECT address_json, moved_on, COALESCE(sequence, 0) AS sequence \
     FROM address_changes WHERE account_id = $1 \
     ORDER BY COALESCE(sequence, 0) DESC, recorded_at DESC LIMIT 1";

/// Records a new address the person reported, under its reference; answers what changed
/// since the address reported before (every field, the first time).
pub async fn record_address_change(
    conn: &mut AnyConnection,
    account_id: &str,
    reference: &ReferenceNumber,
    change: &AddressChange,
    now: Timestamp,
) -> Result<Vec<FieldChange>, sqlx::Error> {
    let last = sqlx::query(LATEST_ADDRESS_CHANGE)
        .bind(account_id)
        .fetch_optional(&mut *conn)
        .await?;
    let (before, sequence) = match last {
        Some(row) => {
            let address: String = row.try_get("address_json")?;
            let address =
                serde_json::from_str(&address).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            (
                Some(reported(address, row.try_get("moved_on")?)),
                row.try_get::<i64, _>("sequence")? + 1,
            )
        }
        None => (None, 1),
    };
    let address =
        serde_json::to_value(&change.address).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let after = reported(address, change.moved_on.to_iso());
    sqlx::query(
        "INSERT INTO address_changes (id, account_id, reference, address_json, moved_on, court_case, recorded_at, sequence) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new_id())
    .bind(account_id)
    .bind(reference.as_str())
    .bind(after["address"].to_string())
    .bind(change.moved_on.to_iso())
    .bind(change.court_case.id())
    .bind(now.unix_seconds())
    .bind(sequence)
    .execute(conn)
    .await?;
    Ok(field_changes(before.as_ref(), &after))
}

/// Books a slot (the unique indexes refuse a taken slot and a second booking); its id.
pub async fn book(
    conn: &mut AnyConnection,
    account_id: &str,
    slot_id: &str,
    now: Timestamp,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO appointments (id, account_id, slot_id, reference, status, updated_at) \
         VALUES ($1, $2, $3, $4, 'booked', $5)",
    )
    .bind(&id)
    .bind(account_id)
    .bind(slot_id)
    .bind(new_reference().as_str())
    .bind(now.unix_seconds())
    .execute(conn)
    .await?;
    Ok(id)
}

/// Moves an appointment to another slot; its reference stays.
pub async fn move_appointment(
    conn: &mut AnyConnection,
    appointment_id: &str,
    slot_id: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE appointments SET slot_id = $1, updated_at = $2 WHERE id = $3")
        .bind(slot_id)
        .bind(now.unix_seconds())
        .bind(appointment_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn cancel(
    conn: &mut AnyConnection,
    appointment_id: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE appointments SET status = 'cancelled', updated_at = $1 WHERE id = $2")
        .bind(now.unix_seconds())
        .bind(appointment_id)
        .execute(conn)
        .await?;
    Ok(())
}
