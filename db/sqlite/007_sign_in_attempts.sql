-- Version 7: failed sign-ins to an SQLite file, so that guessing passwords is slow
-- (app/storage/SignInLimiter.h): after 5 failures for one user name within 15 minutes that
-- name is refused for 15 minutes, whether or not it names an account; a successful sign-in
-- clears its failures. Rows older than the window are deleted as new ones arrive; every
-- failure and refusal is also written to the audit log (entity 'sign_in'), which keeps them.
-- A server limits and logs failed sign-ins itself (db/postgresql/007_sign_in_attempts.sql).

CREATE TABLE failed_sign_ins (
    id        INTEGER PRIMARY KEY,
    username  TEXT NOT NULL,  -- as typed, trimmed, in lower case: it need not name an account
    failed_at TEXT NOT NULL   -- UTC, ISO 8601 with milliseconds, as audit_log.at
);
CREATE INDEX failed_sign_ins_by_username ON failed_sign_ins (username, failed_at);
