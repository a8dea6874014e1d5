/**
 * The console's tables: staff, sessions, cases with their history, the hash-chained server audit log. Idempotent;
 * run after the receiver's own schema. Cases are derived from screening revisions by a trigger, so a case exists in
 * the same transaction that stored its first flagged revision, whichever receiver process stored it.
 */
export const CONSOLE_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS staff_users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL,
  agency text,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  failed_count integer NOT NULL DEFAULT 0,
  last_failed_at timestamptz,
  locked_until timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS staff_sessions_user ON staff_sessions (user_id);
-- A password an administrator set (a new account, a reset) is known to two people: its owner must replace it.
ALTER TABLE staff_users ADD COLUMN IF NOT EXISTS must_change_password boolean NOT NULL DEFAULT false;
CREATE TABLE IF NOT EXISTS cases (
  id text PRIMARY KEY,
  device_id text NOT NULL,
  revision integer NOT NULL,
  state text NOT NULL DEFAULT 'new',
  version integer NOT NULL DEFAULT 1,
  owner_id text REFERENCES staff_users (id),
  referred_to text,
  due_date date,
  finding text,
  reason text,
  opened_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  state_seq bigint NOT NULL,
  state_changed_at timestamptz NOT NULL DEFAULT now(),
  screened_at timestamptz NOT NULL,
  airport text NOT NULL,
  checkpoint text NOT NULL,
  agency text NOT NULL,
  outcome text,
  score integer NOT NULL,
  passenger_name text NOT NULL,
  passport_number text NOT NULL,
  nationality text NOT NULL,
  destination text,
  home_district text,
  name_tokens text[] NOT NULL,
  indicators text[] NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_inbox ON cases (screened_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS cases_state_inbox ON cases (state, screened_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS cases_owner_inbox ON cases (owner_id, screened_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS cases_passport ON cases (passport_number text_pattern_ops);
CREATE INDEX IF NOT EXISTS cases_names ON cases USING gin (name_tokens);
CREATE INDEX IF NOT EXISTS cases_indicators ON cases USING gin (indicators);
CREATE INDEX IF NOT EXISTS cases_device_states ON cases (device_id, state_seq);
CREATE TABLE IF NOT EXISTS case_history (
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text REFERENCES staff_users (id),
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  forced boolean NOT NULL DEFAULT false,
  previous_owner_id text,
  referred_to text,
  due_date date,
  finding text,
  reason text,
  PRIMARY KEY (case_id, seq)
);
CREATE TABLE IF NOT EXISTS console_audit (
  seq bigint PRIMARY KEY,
  at text NOT NULL,
  actor_id text,
  actor_username text,
  action text NOT NULL,
  subject text,
  detail jsonb NOT NULL,
  hash text NOT NULL
);
CREATE TABLE IF NOT EXISTS console_audit_head (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO console_audit_head (one, seq, hash) VALUES (true, 0, '') ON CONFLICT (one) DO NOTHING;
CREATE INDEX IF NOT EXISTS audit_entries_subject ON audit_entries (device_id, (payload->>'subject'));

CREATE OR REPLACE FUNCTION saring_name_tokens(p jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT t), '{}') FROM unnest(regexp_split_to_array(
    upper(coalesce(p->>'firstName', '') || ' ' || coalesce(p->>'lastName', '')), '[^A-Z0-9]+')) AS t
  WHERE t <> ''
$$;
CREATE OR REPLACE FUNCTION saring_yes_answers(a jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(key ORDER BY key), '{}') FROM jsonb_each_text(coalesce(a, '{}')) WHERE value = 'yes'
$$;
-- Tablet fields are free strings: a value that does not cast must never make the revision's own insert fail.
CREATE OR REPLACE FUNCTION saring_ts(v text) RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN v::timestamptz;
EXCEPTION WHEN OTHERS THEN
  RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION saring_int(v text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v ~ '^-?[0-9]{1,9}(\\.[0-9]+)?$' THEN round(v::numeric)::integer ELSE 0 END
$$;
CREATE OR REPLACE FUNCTION saring_case_from_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s jsonb := NEW.payload->'screening';
  p jsonb := NEW.payload->'screening'->'passenger';
  flagged boolean := coalesce(s->>'outcome', 'CLEAR') NOT IN ('CLEAR', 'CLEAR_ADVISED');
  created boolean;
BEGIN
  IF flagged THEN
    INSERT INTO cases (id, device_id, revision, state_seq, screened_at, airport, checkpoint, agency, outcome, score,
      passenger_name, passport_number, nationality, destination, home_district, name_tokens, indicators)
    VALUES (NEW.id, NEW.device_id, NEW.revision, nextval('change_seq'), coalesce(saring_ts(s->>'createdAt'), now()),
      s->>'airport', s->>'checkpoint', s->>'agency', s->>'outcome', saring_int(s->>'score'),
      trim(coalesce(p->>'lastName', '') || ', ' || coalesce(p->>'firstName', ''), ', '),
      upper(coalesce(p->>'passportNumber', '')), coalesce(p->>'nationality', ''),
      nullif(s->'flight'->>'finalDestination', ''), nullif(p->>'homeDistrictCode', ''),
      saring_name_tokens(p), saring_yes_answers(s->'answers'))
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS created = ROW_COUNT;
    IF created THEN
      INSERT INTO case_history (case_id, seq, action, to_state) VALUES (NEW.id, 1, 'opened', 'new');
      RETURN NEW;
    END IF;
  END IF;
  -- A later revision of an open case replaces what the inbox shows; an older one arriving late does not.
  UPDATE cases SET revision = NEW.revision, updated_at = now(), outcome = s->>'outcome',
      score = saring_int(s->>'score'), airport = s->>'airport', checkpoint = s->>'checkpoint',
      agency = s->>'agency',
      passenger_name = trim(coalesce(p->>'lastName', '') || ', ' || coalesce(p->>'firstName', ''), ', '),
      passport_number = upper(coalesce(p->>'passportNumber', '')), nationality = coalesce(p->>'nationality', ''),
      destination = nullif(s->'flight'->>'finalDestination', ''), home_district = nullif(p->>'homeDistrictCode', ''),
      name_tokens = saring_name_tokens(p), indicators = saring_yes_answers(s->'answers')
    WHERE id = NEW.id AND revision < NEW.revision AND device_id = NEW.device_id;
  IF FOUND THEN
    INSERT INTO case_history (case_id, seq, action, to_state)
      SELECT NEW.id, coalesce(max(seq), 0) + 1, 'revision', (SELECT state FROM cases WHERE id = NEW.id)
      FROM case_history WHERE case_id = NEW.id;
  END IF;
  RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS screening_revisions_case ON screening_revisions;
CREATE TRIGGER screening_revisions_case AFTER INSERT ON screening_revisions
  FOR EACH ROW EXECUTE FUNCTION saring_case_from_revision();
`;
