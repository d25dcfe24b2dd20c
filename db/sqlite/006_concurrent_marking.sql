-- Version 6: safe concurrent marking. Every row that two people (or one person in two
-- windows) could change at once carries a row version. A write names the version it read
-- (UPDATE ... SET row_version = row_version + 1 WHERE ... AND row_version = :read) and is
-- refused, as a conflict, when the row has moved on; "keep mine" is a deliberate write over
-- the version the conflict showed, with overwrite = 1, which the audit triggers record as
-- action 'overwrite'. An attempt has at most one first and one second marker.

-- Two first (or two second) markers of one attempt cannot be told apart, so the unique index
-- below could not be built: refuse the whole migration, naming the problem, and leave the
-- database as it was (the migration runs in one transaction, after a backup copy).
CREATE TEMP TABLE migration_006_problems (problem TEXT);

CREATE TEMP TRIGGER migration_006_refuse BEFORE INSERT ON migration_006_problems
BEGIN
    SELECT RAISE(ABORT, 'cannot upgrade to schema version 6: some attempts have two first markers or two second markers (find them with: SELECT attempt_id, role, count(*) FROM markings WHERE role IN (''first'', ''second'') GROUP BY attempt_id, role HAVING count(*) > 1). Keep one marker per role of each attempt (change the other''s role to ''moderator'' or delete their markings row), then open the database again; nothing was changed.');
END;

INSERT INTO migration_006_problems (problem)
SELECT 'duplicate marker roles'
WHERE EXISTS (SELECT 1 FROM markings WHERE role IN ('first', 'second')
              GROUP BY attempt_id, role HAVING count(*) > 1);

DROP TRIGGER migration_006_refuse;
DROP TABLE migration_006_problems;

CREATE UNIQUE INDEX markings_one_first_one_second ON markings (attempt_id, role)
    WHERE role IN ('first', 'second');
-- When the marker took the role (NULL for markings made before version 6), for the message
-- "Rosa Silva is already the first marker (since ...)".
ALTER TABLE markings ADD COLUMN assigned_at TEXT;

-- Row versions start at 1; a writer that read no row names version 0.
ALTER TABLE marks ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE marks ADD COLUMN overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1));

ALTER TABLE dimension_results ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dimension_results ADD COLUMN overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1));
-- When changed_by set the score (NULL for scores stored before version 6).
ALTER TABLE dimension_results ADD COLUMN changed_at TEXT;

ALTER TABLE marking_drafts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE marking_drafts ADD COLUMN overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1));

-- A submission's version counts every change of its marking state: status changes, new
-- attempts, and agreed scores kept over another decision. status_changed_by (version 3)
-- and status_changed_at say who made the last of them and when.
ALTER TABLE submissions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE submissions ADD COLUMN status_changed_at TEXT;

-- The audit triggers of version 2, now also naming deliberate overwrites.
DROP TRIGGER marks_audit_update;

CREATE TRIGGER marks_audit_update AFTER UPDATE OF level, remark ON marks
WHEN OLD.level IS NOT NEW.level OR OLD.remark IS NOT NEW.remark OR NEW.overwrite = 1
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
    VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'mark', NEW.id,
            CASE NEW.overwrite WHEN 1 THEN 'overwrite' ELSE 'update' END,
            'attempt ' || NEW.attempt_id || ', criterion ' || NEW.criterion_key
                || CASE NEW.overwrite WHEN 1
                       THEN ', kept over version ' || OLD.row_version || ' by user '
                            || COALESCE(OLD.changed_by, OLD.marker_id) || ' at ' || OLD.updated_at
                       ELSE '' END,
            OLD.level, NEW.level);
END;

DROP TRIGGER dimension_scores_audit_update;

CREATE TRIGGER dimension_scores_audit_update AFTER UPDATE OF score ON dimension_results
WHEN OLD.score IS NOT NEW.score OR NEW.overwrite = 1
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
    VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'dimension_result', NEW.id,
            CASE NEW.overwrite WHEN 1 THEN 'overwrite' ELSE 'update' END,
            NEW.kind || ' ' || NEW.dimension_key || ', attempt ' || NEW.attempt_id
                || CASE NEW.overwrite WHEN 1
                       THEN ', kept over version ' || OLD.row_version || ' by user '
                            || COALESCE(OLD.changed_by, '?') || ' at ' || COALESCE(OLD.changed_at, '?')
                       ELSE '' END,
            OLD.score, NEW.score);
END;

-- Drafts are a marker's scratch work and are not audited while they are saved, but a draft
-- kept over a newer one is: the audit log keeps the draft that was overwritten.
CREATE TRIGGER marking_drafts_audit_overwrite AFTER UPDATE ON marking_drafts
WHEN NEW.overwrite = 1
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
    VALUES (NEW.marker_id, 'marking_draft', NEW.attempt_id, 'overwrite',
            'attempt ' || NEW.attempt_id || ', marker ' || NEW.marker_id || ': kept over version '
                || OLD.row_version || ' saved at ' || OLD.saved_at,
            OLD.content, NEW.content);
END;
