/**
 * Cekal proposals and what the console keeps about watchlist entries besides the payload the tablets pull: when an
 * entry expires, where it came from and who changed it last. Idempotent; run after the receiver's schema.
 */
export const WATCH_SCHEMA_SQL = `
ALTER TABLE watchlist ADD COLUMN IF NOT EXISTS expires_at timestamptz;
ALTER TABLE watchlist ADD COLUMN IF NOT EXISTS source text;
ALTER TABLE watchlist ADD COLUMN IF NOT EXISTS changed_by text;
ALTER TABLE watchlist ADD COLUMN IF NOT EXISTS changed_at timestamptz;
CREATE INDEX IF NOT EXISTS watchlist_expiry ON watchlist (expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS cekal_proposals (
  id text PRIMARY KEY,
  case_id text NOT NULL,
  kind text NOT NULL,
  state text NOT NULL DEFAULT 'proposed',
  passenger_name text NOT NULL,
  passport_number text NOT NULL,
  birth_date text,
  grounds text NOT NULL,
  proposed_by text NOT NULL REFERENCES staff_users (id),
  proposed_at timestamptz NOT NULL DEFAULT now(),
  decided_by text REFERENCES staff_users (id),
  decided_at timestamptz,
  decision_reason text,
  expires_on date,
  watchlist_id text
);
CREATE INDEX IF NOT EXISTS cekal_proposals_case ON cekal_proposals (case_id);
CREATE INDEX IF NOT EXISTS cekal_proposals_state ON cekal_proposals (state, proposed_at DESC);
`;
