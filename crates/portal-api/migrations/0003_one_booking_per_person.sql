-- A person holds one booked check-in at most. The handler checks first; this index is what
-- makes the check hold when one person books several times at once on PostgreSQL, where
-- writers run side by side.
CREATE UNIQUE INDEX appointments_one_booked_per_person ON appointments (account_id) WHERE status = 'booked';
