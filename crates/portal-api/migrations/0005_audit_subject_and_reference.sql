-- Issue 14: an audit entry names whom it was about (the person the record belongs to, by
-- name and masked identifier) and the reference of the write. Entries written before have
-- neither (NULL): nothing is filled in afterwards, so their hashes stay as they were.
ALTER TABLE audit_log ADD COLUMN subject TEXT;
ALTER TABLE audit_log ADD COLUMN reference TEXT;
