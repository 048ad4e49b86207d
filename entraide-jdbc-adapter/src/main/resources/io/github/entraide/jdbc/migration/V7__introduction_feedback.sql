-- Entraide schema, version 7: the optional feedback each side of an introduction leaves when it
-- confirms that help was given (ConfirmCompletion.feedback, at most 1,000 characters). Kept for
-- the platform, never shown to the other side; emptied when its author is erased. NULL: none.
ALTER TABLE ${prefix}introduction ADD COLUMN helper_feedback VARCHAR(1000);
ALTER TABLE ${prefix}introduction ADD COLUMN beneficiary_feedback VARCHAR(1000);
