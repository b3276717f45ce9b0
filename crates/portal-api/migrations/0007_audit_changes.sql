-- Issue 14: an audit entry says what the write changed, field by field (old and new values,
-- as JSON). Entries written before have none (NULL) and keep their hashes.
ALTER TABLE audit_log ADD COLUMN changes TEXT;

-- A person's address changes in the order they were reported (several can share a second):
-- what a new one changed is counted from the one before. NULL for changes reported before.
ALTER TABLE address_changes ADD COLUMN sequence BIGINT;
