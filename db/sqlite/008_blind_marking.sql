-- Version 8: who handed in a submission, and a marker's written feedback, are read through
-- two views, on both backends. In a file the views show everything and AccessPolicy decides
-- what the reader sees (whoever can open the file is trusted with all of it); on a server
-- (db/postgresql/008_blind_marking.sql) they are the only way to read either, and they
-- withhold what blind marking hides.

-- The student of each submission the reader may know.
CREATE VIEW submission_students AS
    SELECT id AS submission_id, student_id FROM submissions;

-- Each marker's overall feedback the reader may see.
CREATE VIEW marking_feedback AS
    SELECT attempt_id, marker_id, feedback FROM markings;
