-- Sign-in attempts counted before the password is checked, and browsers their owners
-- signed in from (docs/adr/0013-sign-in-throttling.md).

DROP TABLE sign_in_failures;

-- One row per throttle key (an account, an account on a trusted browser, or a client
-- address): how many attempts since the window started. Updated with one upsert, so
-- parallel attempts are counted one by one on both engines.
CREATE TABLE sign_in_counters (
    key TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    attempts BIGINT NOT NULL
);

-- A browser that signed in to an account before: its cookie lets the owner past a
-- throttle or temporary lock that a stranger caused. Stored hashed.
CREATE TABLE trusted_devices (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX trusted_devices_account ON trusted_devices (account_id);

-- Failed and refused sign-ins, counted per hour instead of one audit entry each, so
-- nobody can flood the audit trail without an account.
CREATE TABLE sign_in_failure_counts (
    hour BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    PRIMARY KEY (hour, outcome)
);

-- A lock after failed sign-ins ends by itself; NULL is a lock only a DSO lifts.
ALTER TABLE students ADD COLUMN locked_until BIGINT;

-- One account per e-mail address, whatever its case.
CREATE UNIQUE INDEX accounts_email_any_case ON accounts (LOWER(email));
CREATE UNIQUE INDEX students_portal_email_any_case ON students (LOWER(portal_email));
