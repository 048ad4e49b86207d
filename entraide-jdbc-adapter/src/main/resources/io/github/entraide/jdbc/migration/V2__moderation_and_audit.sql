-- Entraide schema, version 2: moderation cases, the audit trail, and an index for the retention
-- purge of delivered notifications. Same placeholders and conventions as V1.

-- A case of a territory's moderation queue. Mutable (a moderator decides it, erasure clears the
-- comment), hence the version column. reason_codes is a JSON array of codes; decision is the JSON
-- of the decision, present exactly when status is DECIDED.
CREATE TABLE ${prefix}moderation_case (
    territory_id          ${id} NOT NULL,
    id                    ${id} NOT NULL,
    subject_kind          VARCHAR(16) NOT NULL,
    subject_id            ${id} NOT NULL,
    concerned_member_id   ${id} NOT NULL,
    origin                VARCHAR(32) NOT NULL,
    reason_codes          VARCHAR NOT NULL,
    reporter_id           ${id},
    report_reason         VARCHAR(32),
    reporter_comment      VARCHAR NOT NULL,
    urgent                BOOLEAN NOT NULL,
    status                VARCHAR(16) NOT NULL,
    opened_at             BIGINT NOT NULL,
    decision              VARCHAR,
    version               BIGINT NOT NULL,
    CONSTRAINT ${prefix}moderation_case_pk PRIMARY KEY (territory_id, id)
);

CREATE INDEX ${prefix}moderation_case_queue_ix ON ${prefix}moderation_case (territory_id, status, urgent, opened_at, id);
CREATE INDEX ${prefix}moderation_case_subject_ix ON ${prefix}moderation_case (territory_id, subject_kind, subject_id, id);
CREATE INDEX ${prefix}moderation_case_concerned_ix ON ${prefix}moderation_case (territory_id, concerned_member_id, id);
CREATE INDEX ${prefix}moderation_case_reporter_ix ON ${prefix}moderation_case (territory_id, reporter_id, opened_at);

-- The append-only audit trail: the adapter never updates nor deletes a row; a DBA may also
-- REVOKE UPDATE, DELETE on this table from the application's role. Ids and codes only.
CREATE TABLE ${prefix}audit_entry (
    territory_id          ${id} NOT NULL,
    id                    ${id} NOT NULL,
    occurred_at           BIGINT NOT NULL,
    actor                 VARCHAR NOT NULL,
    action                VARCHAR NOT NULL,
    subject_kind          VARCHAR(16) NOT NULL,
    subject_id            ${id} NOT NULL,
    concerned_member_id   ${id},
    reason_code           VARCHAR,
    CONSTRAINT ${prefix}audit_entry_pk PRIMARY KEY (territory_id, id)
);

CREATE INDEX ${prefix}audit_entry_at_ix ON ${prefix}audit_entry (territory_id, occurred_at, id);
CREATE INDEX ${prefix}audit_entry_member_ix ON ${prefix}audit_entry (territory_id, concerned_member_id, occurred_at, id);

-- Retention purges delivered notifications of a type, across territories (the outbox is the
-- table keyed without the territory).
CREATE INDEX ${prefix}outbox_sent_ix ON ${prefix}outbox (status, type, created_at);
