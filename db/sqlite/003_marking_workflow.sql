-- Version 3: the marking workflow. Drafts that survive a crash, moderation decisions
-- with their reasons, a comment bank, the moderation tolerance of an assignment, and
-- audit of every status change, marker assignment, completion and moderation.

-- Markers whose dimension scores differ by more than this on any dimension go to
-- moderation (core/MarkerComparison.h).
ALTER TABLE assignments ADD COLUMN moderation_tolerance REAL NOT NULL DEFAULT 1.0
    CHECK (moderation_tolerance > 0);

-- A marker's unfinished marking of an attempt, saved every few seconds while they work
-- (core/MarkSheet.h JSON). Private to the marker; deleted when they complete it.
CREATE TABLE marking_drafts (
    attempt_id INTEGER NOT NULL REFERENCES attempts (id),
    marker_id  INTEGER NOT NULL REFERENCES users (id),
    content    TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (attempt_id, marker_id)
);

-- How an attempt's agreed scores were decided: 'agreed' by its markers (within
-- tolerance), 'moderated' by a moderator who is neither marker, or 'single' for a
-- practice assignment marked once. The reason is required for moderation.
CREATE TABLE moderations (
    id           INTEGER PRIMARY KEY,
    attempt_id   INTEGER NOT NULL REFERENCES attempts (id),
    decided_by   INTEGER REFERENCES users (id),
    kind         TEXT NOT NULL CHECK (kind IN ('agreed', 'moderated', 'single')),
    reason       TEXT NOT NULL,
    scores       TEXT NOT NULL,            -- JSON {dimension key: score}
    decided_at   TEXT NOT NULL,
    CHECK (kind <> 'moderated' OR length(trim(reason)) > 0)
);
CREATE INDEX moderations_by_attempt ON moderations (attempt_id);

CREATE TRIGGER moderations_audit_insert AFTER INSERT ON moderations
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
    VALUES (NEW.decided_by, 'moderation', NEW.id, NEW.kind,
            'attempt ' || NEW.attempt_id || ': ' || NEW.reason, NEW.scores);
END;

-- Reusable remarks. owner_id NULL: shared with every marker; dimension_key NULL: general.
CREATE TABLE comment_bank (
    id            INTEGER PRIMARY KEY,
    owner_id      INTEGER REFERENCES users (id),
    dimension_key TEXT,
    text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX comment_bank_by_owner ON comment_bank (owner_id);

-- Who last changed a submission's status, for the audit trigger below.
ALTER TABLE submissions ADD COLUMN status_changed_by INTEGER REFERENCES users (id);

CREATE TRIGGER submissions_audit_status AFTER UPDATE OF status ON submissions
WHEN OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, old_value, new_value)
    VALUES (NEW.status_changed_by, 'submission', NEW.id, 'status',
            'submission ' || NEW.id || ' of student ' || NEW.student_id, OLD.status, NEW.status);
END;

CREATE TRIGGER markings_audit_insert AFTER INSERT ON markings
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
    VALUES (NEW.marker_id, 'marking', NEW.attempt_id, 'assign',
            'attempt ' || NEW.attempt_id || ', marker ' || NEW.marker_id, NEW.role);
END;

CREATE TRIGGER markings_audit_complete AFTER UPDATE OF completed_at ON markings
WHEN OLD.completed_at IS NULL AND NEW.completed_at IS NOT NULL
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
    VALUES (NEW.marker_id, 'marking', NEW.attempt_id, 'complete',
            'attempt ' || NEW.attempt_id || ', ' || NEW.role || ' marker ' || NEW.marker_id, NEW.completed_at);
END;
