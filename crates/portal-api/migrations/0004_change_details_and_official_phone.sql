-- What each student-made change touched, field by field (old and new values, as JSON), and
-- who made it: the CSV and the items due carry the full change so SEVIS can be updated
-- from them (a summary held only the first address line or the employer's name).
ALTER TABLE student_changes ADD COLUMN changes_json TEXT;
ALTER TABLE student_changes ADD COLUMN changed_by TEXT;

-- A school official's work phone, shown to their students with the e-mail address.
ALTER TABLE accounts ADD COLUMN phone TEXT;
