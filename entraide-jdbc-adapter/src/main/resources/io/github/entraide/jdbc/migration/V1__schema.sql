-- Entraide schema, version 1. Placeholders: ${prefix} is the table prefix; ${id} is the type of
-- identifier columns (VARCHAR(64), with the binary "C" collation on PostgreSQL so that ORDER BY id
-- is the same on every database and every locale).
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z (UTC): identical on H2 and
-- PostgreSQL, exact to the nanosecond. Nested values are JSON text.
-- The territory leads every primary key and index, so that the tables can be distributed by
-- territory; the outbox (a queue the relays read across territories) is the one exception.

CREATE TABLE ${prefix}territory (
    id              ${id} NOT NULL,
    name            VARCHAR(200) NOT NULL,
    communes        VARCHAR NOT NULL,
    catalogue       VARCHAR NOT NULL,
    settings        VARCHAR NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT ${prefix}territory_pk PRIMARY KEY (id)
);

CREATE TABLE ${prefix}member (
    territory_id    ${id} NOT NULL,
    id              ${id} NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(320) NOT NULL,
    email_lower     VARCHAR(320) NOT NULL,
    phone           VARCHAR(64),
    locale          VARCHAR(8) NOT NULL,
    location        VARCHAR NOT NULL,
    roles           VARCHAR NOT NULL,
    consents        VARCHAR NOT NULL,
    year_of_birth   INTEGER,
    verified        BOOLEAN NOT NULL,
    status          VARCHAR(16) NOT NULL,
    registered_at   BIGINT NOT NULL,
    last_active_at  BIGINT NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT ${prefix}member_pk PRIMARY KEY (territory_id, id),
    CONSTRAINT ${prefix}member_email_uq UNIQUE (territory_id, email_lower)
);

CREATE INDEX ${prefix}member_activity_ix ON ${prefix}member (territory_id, last_active_at);

CREATE TABLE ${prefix}offer (
    territory_id    ${id} NOT NULL,
    id              ${id} NOT NULL,
    helper_id       ${id} NOT NULL,
    category_id     ${id} NOT NULL,
    location        VARCHAR NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    radius_km       DOUBLE PRECISION NOT NULL,
    availability    VARCHAR NOT NULL,
    languages       VARCHAR NOT NULL,
    capacity        INTEGER NOT NULL,
    load            INTEGER NOT NULL,
    free_text       VARCHAR NOT NULL,
    status          VARCHAR(16) NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    last_helped_at  BIGINT,
    version         BIGINT NOT NULL,
    CONSTRAINT ${prefix}offer_pk PRIMARY KEY (territory_id, id),
    CONSTRAINT ${prefix}offer_load_ck CHECK (load >= 0 AND load <= capacity)
);

CREATE INDEX ${prefix}offer_published_ix ON ${prefix}offer (territory_id, category_id, status, id);
CREATE INDEX ${prefix}offer_helper_ix ON ${prefix}offer (territory_id, helper_id, id);

CREATE TABLE ${prefix}request (
    territory_id    ${id} NOT NULL,
    id              ${id} NOT NULL,
    requester_id    ${id} NOT NULL,
    on_behalf_of    VARCHAR,
    category_id     ${id} NOT NULL,
    free_text       VARCHAR NOT NULL,
    location        VARCHAR NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    timing          VARCHAR NOT NULL,
    urgency         VARCHAR(16) NOT NULL,
    languages       VARCHAR NOT NULL,
    recurrence      VARCHAR,
    status          VARCHAR(16) NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT ${prefix}request_pk PRIMARY KEY (territory_id, id)
);

CREATE INDEX ${prefix}request_status_ix ON ${prefix}request (territory_id, status, expires_at);
CREATE INDEX ${prefix}request_requester_ix ON ${prefix}request (territory_id, requester_id, id);

CREATE TABLE ${prefix}introduction (
    territory_id          ${id} NOT NULL,
    id                    ${id} NOT NULL,
    request_id            ${id} NOT NULL,
    offer_id              ${id} NOT NULL,
    helper_id             ${id} NOT NULL,
    beneficiary_id        ${id} NOT NULL,
    status                VARCHAR(16) NOT NULL,
    proposed_at           BIGINT NOT NULL,
    expires_at            BIGINT NOT NULL,
    answered_at           BIGINT,
    helper_confirmed      BOOLEAN NOT NULL,
    beneficiary_confirmed BOOLEAN NOT NULL,
    helper_renews         BOOLEAN NOT NULL,
    beneficiary_renews    BOOLEAN NOT NULL,
    closed_at             BIGINT,
    version               BIGINT NOT NULL,
    CONSTRAINT ${prefix}introduction_pk PRIMARY KEY (territory_id, id)
);

CREATE INDEX ${prefix}introduction_status_ix ON ${prefix}introduction (territory_id, status, expires_at);
CREATE INDEX ${prefix}introduction_request_ix ON ${prefix}introduction (territory_id, request_id, id);
CREATE INDEX ${prefix}introduction_helper_ix ON ${prefix}introduction (territory_id, helper_id, id);
CREATE INDEX ${prefix}introduction_beneficiary_ix ON ${prefix}introduction (territory_id, beneficiary_id, id);

-- The outbox. Message ids are unique across territories (the relay marks them by id alone).
-- sequence is assigned at commit from the counter row below, locked until the commit, so that
-- sequence order is commit order among the transactions that append messages.
CREATE TABLE ${prefix}outbox (
    id               ${id} NOT NULL,
    territory_id     ${id} NOT NULL,
    sequence         BIGINT NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    type             VARCHAR(200) NOT NULL,
    payload          VARCHAR NOT NULL,
    created_at       BIGINT NOT NULL,
    status           VARCHAR(16) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  BIGINT NOT NULL,
    last_error       VARCHAR(1000),
    leased_until     BIGINT,
    CONSTRAINT ${prefix}outbox_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}outbox_sequence_uq UNIQUE (sequence)
);

CREATE INDEX ${prefix}outbox_due_ix ON ${prefix}outbox (status, next_attempt_at, sequence);
CREATE INDEX ${prefix}outbox_territory_ix ON ${prefix}outbox (territory_id, status, sequence);

CREATE TABLE ${prefix}outbox_counter (
    name   VARCHAR(32) NOT NULL,
    assigned BIGINT NOT NULL,
    CONSTRAINT ${prefix}outbox_counter_pk PRIMARY KEY (name)
);

INSERT INTO ${prefix}outbox_counter (name, assigned) VALUES ('outbox', 0);
