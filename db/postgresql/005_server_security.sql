-- Version 5 (PostgreSQL): the database is the security boundary on a department server.
--
-- Every PrepMark user signs in as their own login role, a member of one group role per
-- PrepMark role. Privileges say which tables a group may touch at all; row-level security
-- says which rows. The application's AccessPolicy gives the same answers first, with
-- friendlier messages, but nothing here relies on it: psql with a student's password sees
-- and changes exactly what PrepMark lets that student see and change.
--
--   prepmark_user      every PrepMark account (reads what its rows allow)
--   prepmark_student   a student: own submissions, attempts, practice, drafts
--   prepmark_lecturer  marks the cohorts they teach
--   prepmark_leader    a programme leader: every cohort, rubrics, programme structure
--   prepmark_admin     users and enrolments as well
--   prepmark_grader    the grading worker: reads attempts, writes evidence
--
-- A user's identity is session_user matched to users.username (roles are created with
-- the lower-case username). The owner of the database (who applies migrations) is not a
-- PrepMark user and bypasses row-level security, as owners do; it cannot change the audit
-- log either (the triggers of version 2 refuse every UPDATE, DELETE and TRUNCATE).

-- A release is logged by the database (as in db/sqlite/005_server_security.sql).
CREATE FUNCTION pm_released_results_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
    VALUES (NEW.released_by, 'release', NEW.id, 'insert',
            'attempt ' || NEW.attempt_id || ' released against ' || NEW.rubric_key || '@' || NEW.rubric_version,
            CASE NEW.adequate WHEN 1 THEN 'adequate' ELSE 'inadequate' END);
    RETURN NULL;
END $$;

CREATE TRIGGER released_results_audit_insert AFTER INSERT ON released_results
    FOR EACH ROW EXECUTE FUNCTION pm_released_results_audit();

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['prepmark_user', 'prepmark_student', 'prepmark_lecturer', 'prepmark_leader',
                                'prepmark_admin', 'prepmark_grader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END $$;

GRANT prepmark_user TO prepmark_student, prepmark_lecturer, prepmark_grader;
-- A leader can do what a lecturer can, an admin what a leader can.
GRANT prepmark_lecturer TO prepmark_leader;
GRANT prepmark_leader TO prepmark_admin;

-- Only PrepMark accounts (and the owner) connect to this database.
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO prepmark_user', current_database());
END $$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO prepmark_user;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

-- Who is asking. SECURITY DEFINER: they read users and enrolments whatever the caller may
-- read; STABLE: evaluated once per statement where PostgreSQL can.
CREATE FUNCTION pm_uid() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT id FROM users WHERE lower(username) = lower(session_user) AND active = 1 $$;

CREATE FUNCTION pm_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT role FROM users WHERE lower(username) = lower(session_user) AND active = 1 $$;

CREATE FUNCTION pm_manages() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT coalesce(pm_role() IN ('leader', 'admin'), false) $$;

CREATE FUNCTION pm_teaches(cohort bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT pm_manages() OR (pm_role() = 'lecturer' AND EXISTS (
       SELECT 1 FROM enrolments WHERE cohort_id = cohort AND user_id = pm_uid() AND role = 'lecturer')) $$;

CREATE FUNCTION pm_in_cohort(cohort bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM enrolments WHERE cohort_id = cohort AND user_id = pm_uid()) $$;

CREATE FUNCTION pm_cohort_of_assignment(assignment bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT cohort_id FROM assignments WHERE id = assignment $$;

CREATE FUNCTION pm_cohort_of_submission(submission bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT a.cohort_id FROM submissions s JOIN assignments a ON a.id = s.assignment_id WHERE s.id = submission $$;

CREATE FUNCTION pm_cohort_of_attempt(attempt bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT a.cohort_id FROM attempts t JOIN submissions s ON s.id = t.submission_id
       JOIN assignments a ON a.id = s.assignment_id WHERE t.id = attempt $$;

CREATE FUNCTION pm_owns_submission(submission bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM submissions WHERE id = submission AND student_id = pm_uid()) $$;

CREATE FUNCTION pm_owns_attempt(attempt bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM attempts t JOIN submissions s ON s.id = t.submission_id
                  WHERE t.id = attempt AND s.student_id = pm_uid()) $$;

-- A lecturer teaches the student when they share a cohort (student and lecturer); leaders
-- and admins teach everyone.
CREATE FUNCTION pm_teaches_student(student bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT pm_manages() OR (pm_role() = 'lecturer' AND EXISTS (
       SELECT 1 FROM enrolments s JOIN enrolments l ON l.cohort_id = s.cohort_id
       WHERE s.user_id = student AND s.role = 'student' AND l.user_id = pm_uid() AND l.role = 'lecturer')) $$;

CREATE FUNCTION pm_is_grader() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT pg_has_role(session_user, 'prepmark_grader', 'MEMBER') $$;

-- Blind double marking, as AccessPolicy::mayReadMarksOf: a marker reads their own marks;
-- another marker's only once they completed their own marking, or as the moderator; a
-- teacher of the cohort who is not marking it only once the attempt is second marked (they
-- may yet become its blind second marker); leaders and admins who are not marking it always.
CREATE FUNCTION pm_may_read_marks(attempt bigint, marker bigint) RETURNS boolean LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := pm_uid();
    mine record;
    state text;
BEGIN
    IF me IS NULL OR NOT pm_teaches(pm_cohort_of_attempt(attempt)) THEN
        RETURN false;
    END IF;
    IF marker = me THEN
        RETURN true;
    END IF;
    SELECT completed_at IS NOT NULL AS completed, role INTO mine FROM markings
        WHERE attempt_id = attempt AND marker_id = me;
    IF FOUND THEN
        RETURN mine.completed OR mine.role = 'moderator';
    END IF;
    IF pm_manages() THEN
        RETURN true;
    END IF;
    SELECT s.status INTO state FROM attempts t JOIN submissions s ON s.id = t.submission_id WHERE t.id = attempt;
    RETURN state NOT IN ('not_marked', 'in_marking', 'first_marked');
END $$;

CREATE FUNCTION pm_is_moderator(attempt bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM markings WHERE attempt_id = attempt AND marker_id = pm_uid() AND role = 'moderator') $$;

-- Accounts. A login role per user, created, changed and disabled only through these
-- functions, which run as the owner (who needs CREATEROLE). Passwords arrive as SCRAM-SHA-256
-- verifiers computed by the client (libpq's PQencryptPasswordConn): the clear text never
-- reaches the server, its logs or pg_stat_activity.
CREATE FUNCTION pm_check_verifier(verifier text) RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password must be given as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
END $$;

-- verifier NULL: the account exists but cannot sign in until a password is set (a roster
-- import creates accounts that way).
CREATE FUNCTION pm_create_login(username text, role text, verifier text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF coalesce(pm_role(), '') <> 'admin' AND NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
        RAISE EXCEPTION '% may not create accounts (admins only)', session_user USING ERRCODE = '42501';
    END IF;
    IF username !~ '^[a-z0-9][a-z0-9_.@-]{0,62}$' THEN
        RAISE EXCEPTION 'user name "%" must be lower-case letters, digits, ".", "_", "-" or "@"', username
            USING ERRCODE = '22023';
    END IF;
    IF role NOT IN ('student', 'lecturer', 'leader', 'admin', 'grader') THEN
        RAISE EXCEPTION 'unknown role "%"', role USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = username AND (r.rolsuper OR r.rolcreaterole)) THEN
        RAISE EXCEPTION 'the role "%" exists and is privileged; choose another user name', username
            USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = username) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', username);
    END IF;
    IF verifier IS NULL THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', username);
    ELSE
        PERFORM pm_check_verifier(verifier);
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', username, verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', 'prepmark_' || role, username);
END $$;

-- A user sets their own password, an admin anyone's. An account that is active may then
-- sign in.
CREATE FUNCTION pm_set_password(username text, verifier text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account record;
BEGIN
    IF lower(username) <> lower(session_user) AND coalesce(pm_role(), '') <> 'admin'
       AND NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
        RAISE EXCEPTION '% may not change the password of %', session_user, username USING ERRCODE = '42501';
    END IF;
    SELECT u.active INTO account FROM users u WHERE u.username = pm_set_password.username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no PrepMark account "%"', username USING ERRCODE = '22023';
    END IF;
    PERFORM pm_check_verifier(verifier);
    EXECUTE format('ALTER ROLE %I %s PASSWORD %L', username,
                   CASE WHEN account.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END, verifier);
END $$;

-- Disabling an account stops its sign-in (NOLOGIN) and marks it inactive; enabling it
-- again lets it sign in with its password, if it has one.
CREATE FUNCTION pm_set_login_enabled(username text, enabled boolean) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF coalesce(pm_role(), '') <> 'admin' AND NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
        RAISE EXCEPTION '% may not disable accounts (admins only)', session_user USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u WHERE u.username = pm_set_login_enabled.username) THEN
        RAISE EXCEPTION 'no PrepMark account "%"', username USING ERRCODE = '22023';
    END IF;
    IF lower(username) = lower(session_user) AND NOT enabled THEN
        RAISE EXCEPTION 'an admin cannot disable their own account' USING ERRCODE = '22023';
    END IF;
    UPDATE users u SET active = CASE WHEN enabled THEN 1 ELSE 0 END WHERE u.username = pm_set_login_enabled.username;
    -- A role without a password cannot pass password authentication, so LOGIN is safe
    -- for an account that never had one.
    EXECUTE format('ALTER ROLE %I %s', username, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $$;

GRANT EXECUTE ON FUNCTION pm_utc_now(), pm_uid(), pm_role(), pm_manages(), pm_teaches(bigint), pm_in_cohort(bigint),
    pm_cohort_of_assignment(bigint), pm_cohort_of_submission(bigint), pm_cohort_of_attempt(bigint),
    pm_owns_submission(bigint), pm_owns_attempt(bigint), pm_teaches_student(bigint), pm_is_grader(),
    pm_may_read_marks(bigint, bigint), pm_is_moderator(bigint), pm_check_verifier(text),
    pm_set_password(text, text) TO prepmark_user;
GRANT EXECUTE ON FUNCTION pm_create_login(text, text, text), pm_set_login_enabled(text, boolean) TO prepmark_admin;

-- Table privileges: what each group may do at all. Rows are filtered by the policies below.
GRANT SELECT ON settings, programmes, modules, cohorts, enrolments, rubrics, exercises, assignments, submissions,
    attempts, evidence, released_results, learning_outcomes, outcome_dimensions, schema_migrations,
    practice_attempts TO prepmark_user;
-- The Argon2 column of SQLite accounts is empty on a server; nobody reads it anyway.
GRANT SELECT (id, username, display_name, email, role, student_number, active, created_at) ON users TO prepmark_user;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO prepmark_user;

GRANT INSERT ON submissions, attempts TO prepmark_student;
GRANT UPDATE (status, status_changed_by) ON submissions TO prepmark_student;
GRANT INSERT, UPDATE (grading) ON practice_attempts TO prepmark_student;
GRANT SELECT, INSERT, UPDATE, DELETE ON workbench_drafts TO prepmark_user;

GRANT INSERT, UPDATE ON exercises, assignments TO prepmark_lecturer;
GRANT INSERT, UPDATE (status, status_changed_by) ON submissions TO prepmark_lecturer;
GRANT INSERT ON attempts TO prepmark_lecturer;
GRANT SELECT, INSERT, UPDATE, DELETE ON marks, markings, dimension_results, marking_drafts, comment_bank
    TO prepmark_lecturer;
GRANT SELECT, INSERT ON moderations TO prepmark_lecturer;
GRANT INSERT ON released_results TO prepmark_lecturer;

GRANT INSERT, UPDATE ON programmes, modules, cohorts, rubrics, learning_outcomes, outcome_dimensions
    TO prepmark_leader;
GRANT DELETE ON outcome_dimensions TO prepmark_leader;
GRANT SELECT ON audit_log TO prepmark_leader;

GRANT INSERT, UPDATE, DELETE ON settings, enrolments TO prepmark_admin;
GRANT INSERT, UPDATE (display_name, email, role, student_number, active) ON users TO prepmark_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON evidence TO prepmark_grader;

-- Row-level security on every table.
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE programmes ENABLE ROW LEVEL SECURITY;
ALTER TABLE modules ENABLE ROW LEVEL SECURITY;
ALTER TABLE cohorts ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrolments ENABLE ROW LEVEL SECURITY;
ALTER TABLE rubrics ENABLE ROW LEVEL SECURITY;
ALTER TABLE exercises ENABLE ROW LEVEL SECURITY;
ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE submissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE attempts ENABLE ROW LEVEL SECURITY;
ALTER TABLE evidence ENABLE ROW LEVEL SECURITY;
ALTER TABLE marks ENABLE ROW LEVEL SECURITY;
ALTER TABLE markings ENABLE ROW LEVEL SECURITY;
ALTER TABLE dimension_results ENABLE ROW LEVEL SECURITY;
ALTER TABLE released_results ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE learning_outcomes ENABLE ROW LEVEL SECURITY;
ALTER TABLE outcome_dimensions ENABLE ROW LEVEL SECURITY;
ALTER TABLE marking_drafts ENABLE ROW LEVEL SECURITY;
ALTER TABLE moderations ENABLE ROW LEVEL SECURITY;
ALTER TABLE comment_bank ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_attempts ENABLE ROW LEVEL SECURITY;
ALTER TABLE workbench_drafts ENABLE ROW LEVEL SECURITY;
ALTER TABLE schema_migrations ENABLE ROW LEVEL SECURITY;

CREATE POLICY everyone_reads ON settings FOR SELECT USING (true);
CREATE POLICY admins_write ON settings FOR ALL TO prepmark_admin USING (true) WITH CHECK (true);
CREATE POLICY everyone_reads ON schema_migrations FOR SELECT USING (true);

-- Staff are known to everyone (a student sees who marked them); a student only to
-- themselves and to those who teach them.
CREATE POLICY who_may_read ON users FOR SELECT
    USING (id = pm_uid() OR role <> 'student' OR pm_teaches_student(id));
CREATE POLICY admins_write ON users FOR INSERT TO prepmark_admin WITH CHECK (true);
CREATE POLICY admins_change ON users FOR UPDATE TO prepmark_admin USING (true) WITH CHECK (true);

CREATE POLICY everyone_reads ON programmes FOR SELECT USING (true);
CREATE POLICY leaders_write ON programmes FOR ALL TO prepmark_leader USING (pm_manages()) WITH CHECK (pm_manages());
CREATE POLICY everyone_reads ON modules FOR SELECT USING (true);
CREATE POLICY leaders_write ON modules FOR ALL TO prepmark_leader USING (pm_manages()) WITH CHECK (pm_manages());
CREATE POLICY members_read ON cohorts FOR SELECT USING (pm_manages() OR pm_in_cohort(id));
CREATE POLICY leaders_write ON cohorts FOR ALL TO prepmark_leader USING (pm_manages()) WITH CHECK (pm_manages());

CREATE POLICY own_or_taught ON enrolments FOR SELECT USING (user_id = pm_uid() OR pm_teaches(cohort_id));
CREATE POLICY admins_write ON enrolments FOR ALL TO prepmark_admin
    USING (pm_role() = 'admin') WITH CHECK (pm_role() = 'admin');

CREATE POLICY everyone_reads ON rubrics FOR SELECT USING (true);
CREATE POLICY leaders_write ON rubrics FOR ALL TO prepmark_leader USING (pm_manages()) WITH CHECK (pm_manages());
CREATE POLICY everyone_reads ON exercises FOR SELECT USING (true);
CREATE POLICY staff_write ON exercises FOR ALL TO prepmark_lecturer USING (true) WITH CHECK (true);

CREATE POLICY members_read ON assignments FOR SELECT
    USING (pm_in_cohort(cohort_id) OR pm_teaches(cohort_id) OR pm_is_grader());
CREATE POLICY teachers_write ON assignments FOR ALL TO prepmark_lecturer
    USING (pm_teaches(cohort_id)) WITH CHECK (pm_teaches(cohort_id));

CREATE POLICY own_or_taught ON submissions FOR SELECT
    USING (student_id = pm_uid() OR pm_teaches(pm_cohort_of_assignment(assignment_id)) OR pm_is_grader());
CREATE POLICY students_open_own ON submissions FOR INSERT TO prepmark_student
    WITH CHECK (student_id = pm_uid() AND pm_in_cohort(pm_cohort_of_assignment(assignment_id)));
-- A student's only change is handing in again: the status goes back to not marked.
CREATE POLICY students_resubmit ON submissions FOR UPDATE TO prepmark_student
    USING (student_id = pm_uid())
    WITH CHECK (student_id = pm_uid() AND status = 'not_marked' AND status_changed_by = pm_uid());
CREATE POLICY teachers_open ON submissions FOR INSERT TO prepmark_lecturer
    WITH CHECK (pm_teaches(pm_cohort_of_assignment(assignment_id)));
CREATE POLICY teachers_change ON submissions FOR UPDATE TO prepmark_lecturer
    USING (pm_teaches(pm_cohort_of_assignment(assignment_id)))
    WITH CHECK (pm_teaches(pm_cohort_of_assignment(assignment_id)) AND status_changed_by = pm_uid());

CREATE POLICY own_or_taught ON attempts FOR SELECT
    USING (pm_owns_submission(submission_id) OR pm_teaches(pm_cohort_of_submission(submission_id))
           OR pm_is_grader());
CREATE POLICY students_hand_in ON attempts FOR INSERT TO prepmark_student
    WITH CHECK (pm_owns_submission(submission_id));
CREATE POLICY teachers_hand_in ON attempts FOR INSERT TO prepmark_lecturer
    WITH CHECK (pm_teaches(pm_cohort_of_submission(submission_id)));

CREATE POLICY own_or_taught ON evidence FOR SELECT
    USING (pm_owns_attempt(attempt_id) OR pm_teaches(pm_cohort_of_attempt(attempt_id)) OR pm_is_grader());
CREATE POLICY grader_writes ON evidence FOR ALL TO prepmark_grader USING (true) WITH CHECK (true);

CREATE POLICY blind_rules ON marks FOR SELECT USING (pm_may_read_marks(attempt_id, marker_id));
CREATE POLICY markers_write ON marks FOR INSERT TO prepmark_lecturer
    WITH CHECK (pm_teaches(pm_cohort_of_attempt(attempt_id)) AND changed_by = pm_uid()
                AND (marker_id = pm_uid() OR pm_is_moderator(attempt_id)));
CREATE POLICY markers_change ON marks FOR UPDATE TO prepmark_lecturer
    USING (pm_teaches(pm_cohort_of_attempt(attempt_id)) AND (marker_id = pm_uid() OR pm_is_moderator(attempt_id)))
    WITH CHECK (changed_by = pm_uid() AND (marker_id = pm_uid() OR pm_is_moderator(attempt_id)));
CREATE POLICY markers_remove ON marks FOR DELETE TO prepmark_lecturer
    USING (pm_teaches(pm_cohort_of_attempt(attempt_id)) AND marker_id = pm_uid());

CREATE POLICY teachers_read ON markings FOR SELECT USING (pm_teaches(pm_cohort_of_attempt(attempt_id)));
CREATE POLICY teachers_write ON markings FOR ALL TO prepmark_lecturer
    USING (pm_teaches(pm_cohort_of_attempt(attempt_id))) WITH CHECK (pm_teaches(pm_cohort_of_attempt(attempt_id)));

CREATE POLICY blind_rules ON dimension_results FOR SELECT
    USING (CASE WHEN kind = 'agreed' THEN pm_teaches(pm_cohort_of_attempt(attempt_id))
                ELSE pm_may_read_marks(attempt_id, marker_id) END);
CREATE POLICY markers_write ON dimension_results FOR ALL TO prepmark_lecturer
    USING (pm_teaches(pm_cohort_of_attempt(attempt_id))
           AND (kind = 'agreed' OR marker_id = pm_uid() OR pm_is_moderator(attempt_id)))
    WITH CHECK (pm_teaches(pm_cohort_of_attempt(attempt_id)) AND changed_by = pm_uid()
                AND (kind = 'agreed' OR marker_id = pm_uid() OR pm_is_moderator(attempt_id)));

CREATE POLICY own_drafts ON marking_drafts FOR ALL TO prepmark_lecturer
    USING (marker_id = pm_uid()) WITH CHECK (marker_id = pm_uid() AND pm_teaches(pm_cohort_of_attempt(attempt_id)));

CREATE POLICY teachers_read ON moderations FOR SELECT USING (pm_teaches(pm_cohort_of_attempt(attempt_id)));
CREATE POLICY teachers_decide ON moderations FOR INSERT TO prepmark_lecturer
    WITH CHECK (pm_teaches(pm_cohort_of_attempt(attempt_id)) AND decided_by = pm_uid());

CREATE POLICY own_or_taught ON released_results FOR SELECT
    USING (pm_owns_attempt(attempt_id) OR pm_teaches(pm_cohort_of_attempt(attempt_id)));
CREATE POLICY teachers_release ON released_results FOR INSERT TO prepmark_lecturer
    WITH CHECK (pm_teaches(pm_cohort_of_attempt(attempt_id)) AND released_by = pm_uid());

CREATE POLICY leaders_read ON audit_log FOR SELECT TO prepmark_leader USING (pm_manages());

CREATE POLICY staff_read ON learning_outcomes FOR SELECT USING (pm_role() IS NOT NULL AND pm_role() <> 'student');
CREATE POLICY leaders_write ON learning_outcomes FOR ALL TO prepmark_leader
    USING (pm_manages()) WITH CHECK (pm_manages());
CREATE POLICY staff_read ON outcome_dimensions FOR SELECT USING (pm_role() IS NOT NULL AND pm_role() <> 'student');
CREATE POLICY leaders_write ON outcome_dimensions FOR ALL TO prepmark_leader
    USING (pm_manages()) WITH CHECK (pm_manages());

CREATE POLICY shared_or_own ON comment_bank FOR SELECT TO prepmark_lecturer
    USING (owner_id IS NULL OR owner_id = pm_uid());
CREATE POLICY own_or_leaders ON comment_bank FOR ALL TO prepmark_lecturer
    USING (owner_id = pm_uid() OR (owner_id IS NULL AND pm_manages()))
    WITH CHECK (owner_id = pm_uid() OR (owner_id IS NULL AND pm_manages()));

CREATE POLICY own_or_taught ON practice_attempts FOR SELECT
    USING (student_id = pm_uid() OR pm_teaches_student(student_id));
CREATE POLICY students_practise ON practice_attempts FOR INSERT TO prepmark_student
    WITH CHECK (student_id = pm_uid());
CREATE POLICY students_grade_practice ON practice_attempts FOR UPDATE TO prepmark_student
    USING (student_id = pm_uid()) WITH CHECK (student_id = pm_uid());

CREATE POLICY own_drafts ON workbench_drafts FOR ALL USING (user_id = pm_uid()) WITH CHECK (user_id = pm_uid());
