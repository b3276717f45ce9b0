-- The portal's records. One file for SQLite and PostgreSQL: only types and statements
-- both understand (TEXT, BIGINT, INTEGER used as a boolean, partial unique indexes).
-- Timestamps are Unix seconds (UTC); dates are ISO 8601 text.

CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE offices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    display_name TEXT NOT NULL,
    -- School officials, students and officers sign in with email and password.
    email TEXT UNIQUE,
    password_hash TEXT,
    school_id TEXT REFERENCES schools (id),
    is_principal INTEGER NOT NULL DEFAULT 0,
    -- People under supervision sign in with the details on Form I-385.
    a_number TEXT UNIQUE,
    subject_id TEXT,
    date_of_birth TEXT,
    office_id TEXT REFERENCES offices (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE students (
    id TEXT PRIMARY KEY,
    account_id TEXT UNIQUE REFERENCES accounts (id),
    school_id TEXT NOT NULL REFERENCES schools (id),
    sevis_id TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    opt_kind TEXT NOT NULL,
    ead_start TEXT NOT NULL,
    ead_end TEXT NOT NULL,
    first_ead_start TEXT,
    portal_email TEXT NOT NULL,
    portal_state TEXT NOT NULL,
    invitation_expires BIGINT,
    contact_json TEXT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX students_school ON students (school_id);

CREATE TABLE employment (
    id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES students (id),
    employment_json TEXT NOT NULL,
    reported_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX employment_student ON employment (student_id);

-- Invitation links (a student's Portal account activation), stored hashed.
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES students (id),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- Changes a student made, for the DSO: items due within 21 days and the CSV report.
CREATE TABLE student_changes (
    id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES students (id),
    school_id TEXT NOT NULL REFERENCES schools (id),
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    summary TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    due TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX student_changes_school ON student_changes (school_id, done);

CREATE TABLE address_changes (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    reference TEXT NOT NULL UNIQUE,
    address_json TEXT NOT NULL,
    moved_on TEXT NOT NULL,
    court_case TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX address_changes_account ON address_changes (account_id);

CREATE TABLE slots (
    id TEXT PRIMARY KEY,
    office_id TEXT NOT NULL REFERENCES offices (id),
    day TEXT NOT NULL,
    time TEXT NOT NULL
);
CREATE INDEX slots_office ON slots (office_id, day);

CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    slot_id TEXT NOT NULL REFERENCES slots (id),
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- A slot holds one booked appointment at most; cancelled ones free it.
CREATE UNIQUE INDEX appointments_booked_slot ON appointments (slot_id) WHERE status = 'booked';
CREATE INDEX appointments_account ON appointments (account_id);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    idle_seconds BIGINT NOT NULL,
    absolute_expires BIGINT NOT NULL
);

-- Failed sign-ins, per account key and per client address, for throttling.
CREATE TABLE sign_in_failures (
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures (key, at);

-- A write's answer, kept per account and Idempotency-Key so a repeat writes nothing.
CREATE TABLE idempotency (
    account_id TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, key)
);

-- Append-only; each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
    sequence BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    actor_role TEXT,
    account_id TEXT,
    school_id TEXT,
    action TEXT NOT NULL,
    target TEXT,
    outcome TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Mail the portal would send (invitation links). Only read in demo mode.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
