-- The quarterly Guaranteed Services reports (issue 6): every version archived with its bytes and SHA-256.
CREATE SEQUENCE quarterly_report_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE quarterly_report (
    id            BIGINT PRIMARY KEY,
    contract_code VARCHAR(40)  NOT NULL,
    quarter       INTEGER      NOT NULL,
    version       INTEGER      NOT NULL,
    period_from   DATE         NOT NULL,
    period_to     DATE         NOT NULL,
    language      VARCHAR(5)   NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by  VARCHAR(40)  NOT NULL,
    ticket_count  INTEGER      NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    csv_sha256    VARCHAR(64)  NOT NULL,
    pdf           BYTEA        NOT NULL,
    csv           BYTEA        NOT NULL,
    mailed_to     VARCHAR(2000),
    mailed_at     TIMESTAMP WITH TIME ZONE,
    -- Two servers (or the timer and a manager) producing the same version at once: one of them wins.
    CONSTRAINT quarterly_report_version_uk UNIQUE (contract_code, quarter, version)
);

-- A contract's faults of one quarter, in time order: what the report reads.
CREATE INDEX ticket_contract_reported_ix ON ticket (contract_code, reported_at);
