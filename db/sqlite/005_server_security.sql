-- Version 5: what a department server enforces with roles and row-level security
-- (db/postgresql/005_server_security.sql) has no SQLite counterpart: an SQLite file is one
-- person's desk, guarded by its file permissions and by AccessPolicy. Both dialects gain the
-- release audit trigger: a release is logged by the database, not by the application, so on
-- a server no application role needs to write to the audit log.

CREATE TRIGGER released_results_audit_insert AFTER INSERT ON released_results
BEGIN
    INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value)
    VALUES (NEW.released_by, 'release', NEW.id, 'insert',
            'attempt ' || NEW.attempt_id || ' released against ' || NEW.rubric_key || '@' || NEW.rubric_version,
            CASE NEW.adequate WHEN 1 THEN 'adequate' ELSE 'inadequate' END);
END;
