-- Version 2: released result snapshots, the append-only audit log of every mark
-- change, and programme learning outcomes mapped to rubric dimensions.

-- A released result is a snapshot: scores, verdict and the rubric version they were
-- judged against, so a later change of thresholds never rewrites history.
CREATE TABLE released_results (
    id             INTEGER PRIMARY KEY,
    attempt_id     INTEGER NOT NULL UNIQUE REFERENCES attempts (id),
    released_at    TEXT NOT NULL,
    released_by    INTEGER NOT NULL REFERENCES users (id),
    rubric_key     TEXT NOT NULL,
    rubric_version INTEGER NOT NULL,
    scores         TEXT NOT NULL,          -- JSON {dimension key: score}
    verdict        TEXT NOT NULL,          -- JSON verdict object (CLI contract)
    adequate       INTEGER NOT NULL CHECK (adequate IN (0, 1)),
    mean           REAL NOT NULL,
    blocking       TEXT NOT NULL,          -- JSON array of dimension keys
    feedback       TEXT
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor_id  INTEGER REFERENCES users (id),
    entity    TEXT NOT NULL,               -- 'mark', 'dimension_result', 'release', ...
    entity_id INTEGER,
    action    TEXT NOT NULL,               -- 'insert', 'update', 'delete', 'imported', ...
    detail    TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Who last changed a mark (a moderator may change another marker's mark).
ALTER TABLE marks ADD COLUMN changed_by INTEGER REFERENCES users (id);
UPDATE marks SET changed_by = marker_id;

-- Marks that existed before the audit log started are recorded as imported.
INSERT INTO audit_log (at, actor_id, entity, entity_id, action, detail, new_value)
SELECT updated_at, marker_id, 'mark', id, 'imported',
       'attempt ' || attempt_id || ', criterion ' || criterion_key, level
FROM marks;

-- Every later change is logged by the database itself, whichever code path made it.
CREATE TRIGGER marks_audit_insert AFTER INSERT ON marks
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
    VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'mark', NEW.id, 'insert',
            'attempt ' || NEW.attempt_id || ', criterion ' || NEW.criterion_key, NEW.level);
END;

CREATE TRIGGER marks_audit_update AFTER UPDATE OF level, remark ON marks
WHEN OLD.level IS NOT NEW.level OR OLD.remark IS NOT NEW.remark
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
    VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'mark', NEW.id, 'update',
            'attempt ' || NEW.attempt_id || ', criterion ' || NEW.criterion_key,
            OLD.level, NEW.level);
END;

CREATE TRIGGER marks_audit_delete AFTER DELETE ON marks
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value)
    VALUES (OLD.changed_by, 'mark', OLD.id, 'delete',
            'attempt ' || OLD.attempt_id || ', criterion ' || OLD.criterion_key, OLD.level);
END;

-- Who set a dimension score: the marker, or the moderator for agreed scores.
ALTER TABLE dimension_results ADD COLUMN changed_by INTEGER REFERENCES users (id);
UPDATE dimension_results SET changed_by = marker_id;

CREATE TRIGGER agreed_scores_audit_insert AFTER INSERT ON dimension_results
WHEN NEW.kind = 'agreed'
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
    VALUES (NEW.changed_by, 'dimension_result', NEW.id, 'insert',
            'agreed ' || NEW.dimension_key || ', attempt ' || NEW.attempt_id, NEW.score);
END;

CREATE TRIGGER dimension_scores_audit_update AFTER UPDATE OF score ON dimension_results
WHEN OLD.score IS NOT NEW.score
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
    VALUES (COALESCE(NEW.changed_by, NEW.marker_id), 'dimension_result', NEW.id, 'update',
            NEW.kind || ' ' || NEW.dimension_key || ', attempt ' || NEW.attempt_id, OLD.score, NEW.score);
END;

CREATE TABLE learning_outcomes (
    id           INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    code         TEXT NOT NULL,            -- "LO3"
    description  TEXT NOT NULL,
    UNIQUE (programme_id, code)
);

CREATE TABLE outcome_dimensions (
    outcome_id    INTEGER NOT NULL REFERENCES learning_outcomes (id),
    dimension_key TEXT NOT NULL,
    PRIMARY KEY (outcome_id, dimension_key)
);
