-- Entraide schema, version 6: crisis appeals and the helpers' one-click opt-out tokens. Same
-- placeholders and conventions as V1: the territory leads every key, instants are nanoseconds
-- since the epoch.

-- An appeal a moderator sent to the helpers who opted in. Mutable while its batches are written
-- (reached_count grows, status ends SENT), hence the version column. communes is a JSON array of
-- INSEE codes; the circle columns are all present or all absent. Who the appeal reached is never
-- stored: only how many.
CREATE TABLE ${prefix}appeal (
    territory_id          ${id} NOT NULL,
    id                    ${id} NOT NULL,
    sent_by               VARCHAR NOT NULL,
    text_fr               VARCHAR NOT NULL,
    text_en               VARCHAR NOT NULL,
    category_id           ${id},
    communes              VARCHAR NOT NULL,
    centre_latitude       DOUBLE PRECISION,
    centre_longitude      DOUBLE PRECISION,
    radius_km             DOUBLE PRECISION,
    status                VARCHAR(16) NOT NULL,
    reached_count         INTEGER NOT NULL,
    created_at            BIGINT NOT NULL,
    version               BIGINT NOT NULL,
    CONSTRAINT ${prefix}appeal_pk PRIMARY KEY (territory_id, id)
);

-- The daily limit counts a territory's appeals since an instant; the moderators' list reads them
-- newest first.
CREATE INDEX ${prefix}appeal_created_ix ON ${prefix}appeal (territory_id, created_at, id);

-- A helper's opt-out token: one per member, never changed, unique in its territory. Ids only.
CREATE TABLE ${prefix}appeal_opt_out (
    territory_id          ${id} NOT NULL,
    member_id             ${id} NOT NULL,
    token                 VARCHAR(128) NOT NULL,
    CONSTRAINT ${prefix}appeal_opt_out_pk PRIMARY KEY (territory_id, member_id),
    CONSTRAINT ${prefix}appeal_opt_out_token_uq UNIQUE (territory_id, token)
);
