-- Entraide schema, version 8: where a crisis appeal's sending resumes. While an appeal is SENDING,
-- resume_after is the id of the last recipient of the last batch written (recipients are taken in
-- the order of their ids), set in the batch's own transaction; NULL before the first batch and once
-- the appeal is SENT, so that who an appeal reached is never kept.
ALTER TABLE ${prefix}appeal ADD COLUMN resume_after ${id};
