/** The receiver's schema; plain PostgreSQL that PGlite runs unchanged. Idempotent (IF NOT EXISTS). */
export const SCHEMA_SQL = `
CREATE SEQUENCE IF NOT EXISTS change_seq;
CREATE TABLE IF NOT EXISTS devices (
  id text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  airport text NOT NULL,
  checkpoint text NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked boolean NOT NULL DEFAULT false
);
-- Added after the first release: revocation and the tablet's own status report (existing data folders upgrade).
ALTER TABLE devices ADD COLUMN IF NOT EXISTS revoked_at timestamptz;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS revoked_by text;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS app_version text;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS pending integer;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS rejected integer;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS last_seen_at timestamptz;
-- Every token a device holds or held, hashed. A token lives 30 days from issue; a rotated-away token keeps working
-- until grace_until (24 h after rotation) or until its successor is first used, whichever comes first.
CREATE TABLE IF NOT EXISTS device_tokens (
  token_hash text PRIMARY KEY,
  device_id text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  first_used_at timestamptz,
  replaced_by text,
  grace_until timestamptz
);
CREATE INDEX IF NOT EXISTS device_tokens_device ON device_tokens (device_id);
-- Tokens issued before rotation existed get a full lifetime from the upgrade (none is cut off by it).
INSERT INTO device_tokens (token_hash, device_id, issued_at, expires_at)
  SELECT token_hash, id, enrolled_at, now() + interval '30 days' FROM devices
  ON CONFLICT (token_hash) DO NOTHING;
CREATE TABLE IF NOT EXISTS enrol_codes (
  code_hash text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text
);
CREATE TABLE IF NOT EXISTS screening_revisions (
  id text NOT NULL,
  revision integer NOT NULL,
  payload jsonb NOT NULL,
  payload_hash text NOT NULL,
  flagged_outcome text,
  device_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, revision)
);
CREATE TABLE IF NOT EXISTS linked_persons (
  id text PRIMARY KEY,
  payload jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The device that first sent a linked person owns it (older rows: NULL, claimed by nobody).
ALTER TABLE linked_persons ADD COLUMN IF NOT EXISTS device_id text;
-- The screening revision a linked person was last taken from: a revision older than it never overwrites it, whatever
-- order revisions arrive in (older rows: NULL, replaced by the next revision that names the person).
ALTER TABLE linked_persons ADD COLUMN IF NOT EXISTS source_id text;
ALTER TABLE linked_persons ADD COLUMN IF NOT EXISTS source_revision integer;
ALTER TABLE linked_persons ADD COLUMN IF NOT EXISTS source_updated_at text;
CREATE TABLE IF NOT EXISTS audit_entries (
  device_id text NOT NULL,
  seq bigint NOT NULL,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, seq)
);
-- An audit entry that arrived under a seq already held with other content: kept beside the first, never merged.
CREATE TABLE IF NOT EXISTS audit_conflicts (
  device_id text NOT NULL,
  seq bigint NOT NULL,
  payload_hash text NOT NULL,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, seq, payload_hash)
);
-- A screening payload that arrived under an id and revision already stored with other content: kept apart, owned by
-- the device that sent it, once per distinct payload (a resend counts up times_received). A case worker resolves it:
-- kept (the stored revision stays) or accepted (stored as the next revision). outcome_seq: the device's pull cursor.
CREATE TABLE IF NOT EXISTS screening_conflicts (
  id text PRIMARY KEY,
  record_id text NOT NULL,
  revision integer NOT NULL,
  device_id text NOT NULL,
  payload jsonb NOT NULL,
  payload_hash text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  last_received_at timestamptz NOT NULL DEFAULT now(),
  times_received integer NOT NULL DEFAULT 1,
  state text NOT NULL DEFAULT 'open',
  version integer NOT NULL DEFAULT 1,
  resolved_by text,
  resolved_at timestamptz,
  reason text,
  accepted_revision integer,
  outcome_seq bigint,
  UNIQUE (device_id, record_id, revision, payload_hash)
);
CREATE INDEX IF NOT EXISTS screening_conflicts_state ON screening_conflicts (state, received_at DESC);
CREATE INDEX IF NOT EXISTS screening_conflicts_outcomes ON screening_conflicts (device_id, outcome_seq)
  WHERE outcome_seq IS NOT NULL;
CREATE TABLE IF NOT EXISTS shift_counts (
  device_id text NOT NULL,
  day date NOT NULL,
  shift text NOT NULL,
  airport text NOT NULL,
  checkpoint text NOT NULL,
  agency text NOT NULL,
  clear integer NOT NULL,
  clear_advised integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, day, shift, checkpoint, agency)
);
CREATE TABLE IF NOT EXISTS watchlist (
  id text PRIMARY KEY,
  payload jsonb NOT NULL,
  seq bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS watchlist_seq ON watchlist (seq);
CREATE TABLE IF NOT EXISTS catalogue (
  version integer PRIMARY KEY,
  body jsonb NOT NULL,
  seq bigint NOT NULL
);
`;
