-- PrepMark schema, version 1: people, programme structure, rubrics, exercises,
-- assignments, submissions with their attempts, automatic evidence, marks and
-- dimension results. Timestamps are UTC ISO-8601 text.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name   TEXT NOT NULL,
    email          TEXT,
    role           TEXT NOT NULL CHECK (role IN ('student', 'lecturer', 'leader', 'admin')),
    password_hash  TEXT NOT NULL,           -- libsodium crypto_pwhash_str, Argon2id
    student_number TEXT UNIQUE,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE programmes (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE modules (
    id           INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    UNIQUE (programme_id, code)
);

CREATE TABLE cohorts (
    id            INTEGER PRIMARY KEY,
    module_id     INTEGER NOT NULL REFERENCES modules (id),
    name          TEXT NOT NULL UNIQUE,
    academic_year TEXT NOT NULL            -- "2024/25"
);

CREATE TABLE enrolments (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id),
    user_id   INTEGER NOT NULL REFERENCES users (id),
    role      TEXT NOT NULL CHECK (role IN ('student', 'lecturer')),
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX enrolments_by_user ON enrolments (user_id);

-- A rubric is stored whole, with its version: results are always read against the
-- version they were marked with.
CREATE TABLE rubrics (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    title      TEXT NOT NULL,
    definition TEXT NOT NULL,              -- the rubric JSON as loaded
    UNIQUE (key, version)
);

CREATE TABLE exercises (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    genre      TEXT NOT NULL,
    difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 3)
);

CREATE TABLE assignments (
    id            INTEGER PRIMARY KEY,
    cohort_id     INTEGER NOT NULL REFERENCES cohorts (id),
    exercise_id   INTEGER NOT NULL REFERENCES exercises (id),
    rubric_id     INTEGER NOT NULL REFERENCES rubrics (id),
    title         TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('practice', 'assessed')),
    due_at        TEXT,
    blind_marking INTEGER NOT NULL DEFAULT 0 CHECK (blind_marking IN (0, 1)),
    created_by    INTEGER REFERENCES users (id)
);
CREATE INDEX assignments_by_cohort ON assignments (cohort_id);

CREATE TABLE submissions (
    id            INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments (id),
    student_id    INTEGER NOT NULL REFERENCES users (id),
    status        TEXT NOT NULL DEFAULT 'not_marked' CHECK (status IN (
                      'not_marked', 'in_marking', 'first_marked', 'second_marked',
                      'needs_moderation', 'agreed', 'released')),
    UNIQUE (assignment_id, student_id)
);
CREATE INDEX submissions_by_student ON submissions (student_id);

CREATE TABLE attempts (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    number        INTEGER NOT NULL CHECK (number >= 1),
    submitted_at  TEXT NOT NULL,
    session_json  TEXT,                    -- the prepared session as submitted
    notes         TEXT,                    -- the student's notes for the mix engineer
    UNIQUE (submission_id, number)
);

-- What the automatic checks found for one criterion of one attempt.
CREATE TABLE evidence (
    id                INTEGER PRIMARY KEY,
    attempt_id        INTEGER NOT NULL REFERENCES attempts (id),
    criterion_key     TEXT NOT NULL,
    provisional_level INTEGER,             -- NULL: lecturer only
    lines             TEXT NOT NULL,       -- JSON array of evidence sentences
    UNIQUE (attempt_id, criterion_key)
);

-- One marker's level for one criterion of one attempt.
CREATE TABLE marks (
    id            INTEGER PRIMARY KEY,
    attempt_id    INTEGER NOT NULL REFERENCES attempts (id),
    marker_id     INTEGER NOT NULL REFERENCES users (id),
    criterion_key TEXT NOT NULL,
    level         INTEGER NOT NULL,
    remark        TEXT,
    updated_at    TEXT NOT NULL,
    UNIQUE (attempt_id, marker_id, criterion_key)
);

-- Who marks an attempt, in which role, and their overall feedback.
CREATE TABLE markings (
    attempt_id   INTEGER NOT NULL REFERENCES attempts (id),
    marker_id    INTEGER NOT NULL REFERENCES users (id),
    role         TEXT NOT NULL CHECK (role IN ('first', 'second', 'moderator')),
    feedback     TEXT,
    completed_at TEXT,
    PRIMARY KEY (attempt_id, marker_id)
);

-- Dimension scores: one set per marker ('marker') and one agreed set ('agreed').
CREATE TABLE dimension_results (
    id            INTEGER PRIMARY KEY,
    attempt_id    INTEGER NOT NULL REFERENCES attempts (id),
    marker_id     INTEGER REFERENCES users (id),
    kind          TEXT NOT NULL CHECK (kind IN ('marker', 'agreed')),
    dimension_key TEXT NOT NULL,
    score         REAL NOT NULL,
    CHECK ((kind = 'marker') = (marker_id IS NOT NULL))
);
CREATE UNIQUE INDEX dimension_results_per_marker
    ON dimension_results (attempt_id, marker_id, dimension_key) WHERE kind = 'marker';
CREATE UNIQUE INDEX dimension_results_agreed
    ON dimension_results (attempt_id, dimension_key) WHERE kind = 'agreed';
