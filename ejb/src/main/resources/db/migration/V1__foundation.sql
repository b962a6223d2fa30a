-- The foundation of the help desk's schema. Written once for PostgreSQL; the embedded H2 runs it in
-- PostgreSQL mode. Sequences step by the entities' allocation size (50): EclipseLink takes each value as the
-- top of a block of 50 ids, so the first value must be at least 50.

CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lifecycle_audit_seq START WITH 1 INCREMENT BY 1;
-- Filing numbers: one at a time, never reused (a rolled-back number is simply skipped).
CREATE SEQUENCE filing_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE customer (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT customer_code_uk UNIQUE (code)
);

CREATE TABLE contact (
    id                  BIGINT PRIMARY KEY,
    customer_id         BIGINT       NOT NULL REFERENCES customer (id),
    name                VARCHAR(200) NOT NULL,
    email               VARCHAR(254),
    fax                 VARCHAR(40),
    phone               VARCHAR(40),
    capacity            VARCHAR(120),
    unit                VARCHAR(120),
    authorised          BOOLEAN      NOT NULL,
    communication_level VARCHAR(4)   NOT NULL
);
CREATE INDEX contact_customer_ix ON contact (customer_id);
CREATE UNIQUE INDEX contact_customer_email_uk ON contact (customer_id, email);

CREATE TABLE app_user (
    username      VARCHAR(40)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    customer_code VARCHAR(40) REFERENCES customer (code),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE app_user_role (
    username VARCHAR(40) NOT NULL REFERENCES app_user (username),
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE ticket (
    id                BIGINT PRIMARY KEY,
    filing_number     VARCHAR(20)  NOT NULL,
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    channel           VARCHAR(10)  NOT NULL,
    customer_id       BIGINT       NOT NULL REFERENCES customer (id),
    reporter_name     VARCHAR(200) NOT NULL,
    reporter_email    VARCHAR(254),
    reporter_capacity VARCHAR(120),
    reporter_unit     VARCHAR(120),
    equipment_serial  VARCHAR(80),
    severity          VARCHAR(10)  NOT NULL,
    subject           VARCHAR(300) NOT NULL,
    description       VARCHAR(20000),
    status            VARCHAR(30)  NOT NULL,
    tier              VARCHAR(20)  NOT NULL,
    assignee          VARCHAR(40),
    receipt_sent_at   TIMESTAMP WITH TIME ZONE,
    event_count       INTEGER      NOT NULL,
    last_event_hash   VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT ticket_filing_number_uk UNIQUE (filing_number)
);
CREATE INDEX ticket_reported_ix ON ticket (reported_at DESC, id DESC);
CREATE INDEX ticket_customer_status_ix ON ticket (customer_id, status, reported_at DESC);

CREATE TABLE ticket_event (
    id          BIGINT PRIMARY KEY,
    ticket_id   BIGINT       NOT NULL REFERENCES ticket (id),
    seq         INTEGER      NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type  VARCHAR(40)  NOT NULL,
    actor       VARCHAR(40)  NOT NULL,
    detail      VARCHAR(4000),
    hash        VARCHAR(64)  NOT NULL,
    CONSTRAINT ticket_event_seq_uk UNIQUE (ticket_id, seq)
);

CREATE TABLE lifecycle_audit (
    id                    BIGINT PRIMARY KEY,
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    tickets_checked       BIGINT  NOT NULL,
    broken_count          INTEGER NOT NULL,
    broken_filing_numbers VARCHAR(20000)
);
