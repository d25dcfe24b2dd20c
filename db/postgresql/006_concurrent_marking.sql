-- Version 6 (PostgreSQL): safe concurrent marking, as db/sqlite/006_concurrent_marking.sql.
-- Row versions on marks, dimension results, marking drafts and submissions; deliberate
-- overwrites audited as 'overwrite'; at most one first and one second marker per attempt.

DO $$
DECLARE
    clashes text;
BEGIN
    SELECT string_agg(format('attempt %s has %s %s markers', attempt_id, n, role), '; ' ORDER BY attempt_id, role)
        INTO clashes
        FROM (SELECT attempt_id, role, count(*) AS n FROM markings WHERE role IN ('first', 'second')
              GROUP BY attempt_id, role HAVING count(*) > 1) d;
    IF clashes IS NOT NULL THEN
        RAISE EXCEPTION 'cannot upgrade to schema version 6: %. Keep one marker per role of each attempt (change the other''s role to ''moderator'' or delete their markings row), then migrate again; nothing was changed.', clashes;
    END IF;
END $$;

CREATE UNIQUE INDEX markings_one_first_one_second ON markings (attempt_id, role)
    WHERE role IN ('first', 'second');
-- When the marker took the role (NULL for markings made before version 6), for the message
-- "Rosa Silva is already the first marker (since ...)".
ALTER TABLE markings ADD COLUMN assigned_at TEXT;

ALTER TABLE marks ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE marks ADD COLUMN overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1));

ALTER TABLE dimension_results ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE dimension_results ADD COLUMN overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1));
ALTER TABLE dimension_results ADD COLUMN changed_at TEXT;

ALTER TABLE marking_drafts ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE marking_drafts ADD COLUMN overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1));

ALTER TABLE submissions ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE submissions ADD COLUMN status_changed_at TEXT;

-- Whoever may change a submission's status (a student handing in again, staff marking it)
-- moves its version and says when. The other tables' new columns are covered by the
-- table-wide privileges of db/postgresql/005_server_security.sql.
GRANT UPDATE (row_version, status_changed_at) ON submissions TO prepmark_student, prepmark_lecturer;

CREATE OR REPLACE FUNCTION pm_marks_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
        VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'mark', NEW.id, 'insert',
                'attempt ' || NEW.attempt_id || ', criterion ' || NEW.criterion_key, NEW.level);
    ELSIF TG_OP = 'UPDATE' THEN
        IF OLD.level IS DISTINCT FROM NEW.level OR OLD.remark IS DISTINCT FROM NEW.remark OR NEW.overwrite = 1 THEN
            INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
            VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'mark', NEW.id,
                    CASE NEW.overwrite WHEN 1 THEN 'overwrite' ELSE 'update' END,
                    'attempt ' || NEW.attempt_id || ', criterion ' || NEW.criterion_key
                        || CASE NEW.overwrite WHEN 1
                               THEN ', kept over version ' || OLD.row_version || ' by user '
                                    || COALESCE(OLD.changed_by, OLD.marker_id) || ' at ' || OLD.updated_at
                               ELSE '' END,
                    OLD.level, NEW.level);
        END IF;
    ELSE
        INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value)
        VALUES (OLD.changed_by, 'mark', OLD.id, 'delete',
                'attempt ' || OLD.attempt_id || ', criterion ' || OLD.criterion_key, OLD.level);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION pm_dimension_results_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.kind = 'agreed' THEN
            INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
            VALUES (NEW.changed_by, 'dimension_result', NEW.id, 'insert',
                    'agreed ' || NEW.dimension_key || ', attempt ' || NEW.attempt_id, NEW.score);
        END IF;
    ELSIF OLD.score IS DISTINCT FROM NEW.score OR NEW.overwrite = 1 THEN
        INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
        VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'dimension_result', NEW.id,
                CASE NEW.overwrite WHEN 1 THEN 'overwrite' ELSE 'update' END,
                NEW.kind || ' ' || NEW.dimension_key || ', attempt ' || NEW.attempt_id
                    || CASE NEW.overwrite WHEN 1
                           THEN ', kept over version ' || OLD.row_version || ' by user '
                                || COALESCE(OLD.changed_by::text, '?') || ' at ' || COALESCE(OLD.changed_at, '?')
                           ELSE '' END,
                OLD.score, NEW.score);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION pm_marking_drafts_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.overwrite = 1 THEN
        INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
        VALUES (NEW.marker_id, 'marking_draft', NEW.attempt_id, 'overwrite',
                'attempt ' || NEW.attempt_id || ', marker ' || NEW.marker_id || ': kept over version '
                    || OLD.row_version || ' saved at ' || OLD.saved_at,
                OLD.content, NEW.content);
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION pm_marking_drafts_audit() FROM PUBLIC;

CREATE TRIGGER marking_drafts_audit_overwrite AFTER UPDATE ON marking_drafts
    FOR EACH ROW EXECUTE FUNCTION pm_marking_drafts_audit();
