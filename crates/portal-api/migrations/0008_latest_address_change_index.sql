-- A new address change is compared with the person's latest one (supervision.rs,
-- LATEST_ADDRESS_CHANGE): this index has that query's order, so the latest is read, not
-- found by sorting all of the person's earlier changes (10 000 changes by one person in
-- `cargo xtask bench-api`: p99 13.5 s at 500 writes/s before, see docs/performance.md).
CREATE INDEX address_changes_latest
    ON address_changes (account_id, (COALESCE(sequence, 0)) DESC, recorded_at DESC);
-- It begins with account_id, so the index on account_id alone is no longer needed: one
-- index fewer to update on each insert.
DROP INDEX address_changes_account;
