-- Version 8: blind marking enforced by the server. Until a blind-marked submission is
-- released, its markers must not know whose it is, and a marker must not read another
-- marker's feedback before the rules of pm_may_read_marks allow (marks and scores already
-- follow them, version 5). Row-level security filters rows, not columns, so the two
-- columns that carry this (submissions.student_id, markings.feedback) are no longer
-- readable by any PrepMark role; two views owned by the database owner show them only where
-- the reader may see them. The views have the same names and columns in a file
-- (db/sqlite/008_blind_marking.sql), so the repositories read them the same way there.

-- Is the session the tables' owner (or a superuser)? Row-level security does not apply to
-- them (the owner runs migrations, the demo and the department's own scripts), so the
-- views below show them everything too.
CREATE FUNCTION pm_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT session_user = pg_get_userbyid(c.relowner) OR r.rolsuper
   FROM pg_class c, pg_roles r WHERE c.oid = 'public.submissions'::regclass AND r.rolname = session_user $$;

-- May the signed-in user know which student handed in this submission? The student
-- themselves; leaders and admins; a lecturer of the cohort unless the assignment is
-- blind-marked and the submission not yet released.
CREATE FUNCTION pm_may_know_student(submission bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT pm_is_owner() OR coalesce((SELECT s.student_id = pm_uid() OR pm_manages()
                           OR (pm_teaches(a.cohort_id) AND (a.blind_marking = 0 OR s.status = 'released'))
                    FROM submissions s JOIN assignments a ON a.id = s.assignment_id
                    WHERE s.id = submission), false) $$;
REVOKE EXECUTE ON FUNCTION pm_is_owner(), pm_may_know_student(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pm_is_owner(), pm_may_know_student(bigint) TO prepmark_user;

-- security_barrier: the filter runs before any function of the reader's query can see a row.
CREATE VIEW submission_students WITH (security_barrier) AS
    SELECT s.id AS submission_id, s.student_id FROM submissions s WHERE pm_may_know_student(s.id);

CREATE VIEW marking_feedback WITH (security_barrier) AS
    SELECT m.attempt_id, m.marker_id, m.feedback FROM markings m
    WHERE pm_is_owner() OR pm_may_read_marks(m.attempt_id, m.marker_id);

GRANT SELECT ON submission_students, marking_feedback TO prepmark_user;

-- Staff (lecturers, and leaders and admins, who are members of prepmark_lecturer) keep
-- every other column, rows still filtered by the policies of version 5; a column added by a
-- later version must be granted to them here the same way. Students and the grader keep the
-- whole table: its rows they may read are their own (students) or name nobody (grader, no
-- use for student_id, but harmless: it reads no users row).
REVOKE SELECT ON submissions FROM prepmark_user;
GRANT SELECT ON submissions TO prepmark_student, prepmark_grader;
GRANT SELECT (id, assignment_id, status, status_changed_by, row_version, status_changed_at)
    ON submissions TO prepmark_lecturer;
REVOKE SELECT ON markings FROM prepmark_lecturer;
GRANT SELECT (attempt_id, marker_id, role, completed_at, assigned_at) ON markings TO prepmark_lecturer;
