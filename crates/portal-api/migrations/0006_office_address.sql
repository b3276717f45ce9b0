-- Where an ICE office is, so a check-in confirmation says where to go: a U.S. address as
-- JSON (navigator_domain::identifiers::UsAddress), empty for an office recorded without one.
ALTER TABLE offices ADD COLUMN address_json TEXT;
