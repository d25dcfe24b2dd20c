-- Version 4: the student's prep workbench. Practice attempts at any bundled exercise
-- outside assignments, with their automatic grading, and the workbench's drafts, which
-- survive a crash.

CREATE TABLE practice_attempts (
    id           INTEGER PRIMARY KEY,
    student_id   INTEGER NOT NULL REFERENCES users (id),
    exercise_key TEXT NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    submitted_at TEXT NOT NULL,
    session_json TEXT NOT NULL,            -- the prepared session as submitted
    notes        TEXT,                     -- the notes for the mix engineer, as text
    grading      TEXT,                     -- JSON of `prepmark-cli grade --json`; NULL: not graded
    UNIQUE (student_id, exercise_key, number)
);
CREATE INDEX practice_attempts_by_student ON practice_attempts (student_id, exercise_key);

-- The workbench's unsaved preparation of one exercise for one task (an assignment, or
-- practice when assignment_id is NULL), saved a few seconds after every edit. Private
-- to its user; deleted when the preparation is submitted.
CREATE TABLE workbench_drafts (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    exercise_key  TEXT NOT NULL,
    assignment_id INTEGER REFERENCES assignments (id),
    session_json  TEXT NOT NULL,
    saved_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX workbench_drafts_one_per_task
    ON workbench_drafts (user_id, exercise_key, ifnull(assignment_id, 0));

