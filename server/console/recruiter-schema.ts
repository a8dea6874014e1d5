/**
 * What the console keeps for recruiters: which linked persons each screening names (from its newest revision, kept
 * by triggers so every receiver process sees the same), workers' assessments of a party (never edited, a new one is
 * added), and the key of the per-dossier pseudonyms. Idempotent; run after the receiver's and the console's schema.
 */
export const RECRUITER_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS person_departures (
  person_id text NOT NULL,
  screening_id text NOT NULL,
  revision integer NOT NULL,
  device_id text NOT NULL,
  screened_at timestamptz,
  airport text NOT NULL,
  checkpoint text NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, screening_id)
);
CREATE INDEX IF NOT EXISTS person_departures_screening ON person_departures (screening_id);
-- The recruiter grouping reads what was written since it last looked.
CREATE INDEX IF NOT EXISTS person_departures_stored ON person_departures (stored_at);
CREATE INDEX IF NOT EXISTS linked_persons_updated ON linked_persons (updated_at);
CREATE TABLE IF NOT EXISTS recruiter_assessments (
  id text PRIMARY KEY,
  person_id text NOT NULL,
  assessment text NOT NULL,
  note text NOT NULL,
  actor_id text NOT NULL REFERENCES staff_users (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS recruiter_assessments_person ON recruiter_assessments (person_id, at DESC);
CREATE TABLE IF NOT EXISTS console_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE IF NOT EXISTS recruiter_meta (
  name text PRIMARY KEY
);

CREATE OR REPLACE FUNCTION saring_linked_ids(s jsonb) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT x FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(s->'linkedPersonIds') = 'array'
    THEN s->'linkedPersonIds' ELSE '[]'::jsonb END) AS x WHERE x <> ''
$$;
-- The newest revision of a screening decides whom it names; an older one arriving late changes nothing.
CREATE OR REPLACE FUNCTION saring_person_departures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s jsonb := NEW.payload->'screening';
BEGIN
  IF EXISTS (SELECT 1 FROM screening_revisions WHERE id = NEW.id AND revision > NEW.revision) THEN
    RETURN NEW;
  END IF;
  DELETE FROM person_departures WHERE screening_id = NEW.id;
  INSERT INTO person_departures (person_id, screening_id, revision, device_id, screened_at, airport, checkpoint)
    SELECT x, NEW.id, NEW.revision, NEW.device_id, saring_ts(s->>'createdAt'), coalesce(s->>'airport', ''),
      coalesce(s->>'checkpoint', '')
    FROM saring_linked_ids(s) AS x
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS screening_revisions_persons ON screening_revisions;
CREATE TRIGGER screening_revisions_persons AFTER INSERT ON screening_revisions
  FOR EACH ROW EXECUTE FUNCTION saring_person_departures();
-- Retention removes a screening's revisions: its departures go with them.
CREATE OR REPLACE FUNCTION saring_person_departures_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_departures WHERE screening_id = OLD.id AND revision = OLD.revision;
  RETURN OLD;
END
$$;
DROP TRIGGER IF EXISTS screening_revisions_persons_gone ON screening_revisions;
CREATE TRIGGER screening_revisions_persons_gone AFTER DELETE ON screening_revisions
  FOR EACH ROW EXECUTE FUNCTION saring_person_departures_gone();
-- Screenings stored before this table existed: filled once from their newest revisions.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM recruiter_meta WHERE name = 'departures_filled') THEN
    INSERT INTO person_departures (person_id, screening_id, revision, device_id, screened_at, airport, checkpoint)
      SELECT x, r.id, r.revision, r.device_id, saring_ts(r.payload->'screening'->>'createdAt'),
        coalesce(r.payload->'screening'->>'airport', ''), coalesce(r.payload->'screening'->>'checkpoint', '')
      FROM (SELECT DISTINCT ON (id) id, revision, device_id, payload FROM screening_revisions
            ORDER BY id, revision DESC) AS r, saring_linked_ids(r.payload->'screening') AS x
    ON CONFLICT DO NOTHING;
    INSERT INTO recruiter_meta (name) VALUES ('departures_filled') ON CONFLICT DO NOTHING;
  END IF;
END
$$;
`;
