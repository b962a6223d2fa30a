-- Preventive maintenance (issue 6): plans per contract and machine, and the visits they produce.
CREATE SEQUENCE maintenance_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE maintenance_visit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE maintenance_plan (
    id               BIGINT PRIMARY KEY,
    contract_code    VARCHAR(40)  NOT NULL,
    equipment_serial VARCHAR(80)  NOT NULL,
    every_months     INTEGER      NOT NULL,
    first_due        DATE         NOT NULL,
    lead_days        INTEGER      NOT NULL,
    occurrences      INTEGER      NOT NULL,
    next_due         DATE         NOT NULL,
    active           BOOLEAN      NOT NULL,
    created_by       VARCHAR(40)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL
);
-- The scheduled run finds the plans whose next occurrence is near by this index.
CREATE INDEX maintenance_plan_due_ix ON maintenance_plan (active, next_due);
CREATE INDEX maintenance_plan_contract_ix ON maintenance_plan (contract_code);

CREATE TABLE maintenance_plan_item (
    plan_id  BIGINT       NOT NULL REFERENCES maintenance_plan (id),
    position INTEGER      NOT NULL,
    item     VARCHAR(500) NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE maintenance_visit (
    id               BIGINT PRIMARY KEY,
    plan_id          BIGINT      NOT NULL REFERENCES maintenance_plan (id),
    contract_code    VARCHAR(40) NOT NULL,
    equipment_serial VARCHAR(80) NOT NULL,
    due_on           DATE        NOT NULL,
    status           VARCHAR(20) NOT NULL,
    engineer         VARCHAR(40),
    visit_date       DATE,
    window_from      TIME,
    window_to        TIME,
    scheduled_by     VARCHAR(40),
    scheduled_at     TIMESTAMP WITH TIME ZONE,
    arrived_at       TIMESTAMP WITH TIME ZONE,
    left_at          TIMESTAMP WITH TIME ZONE,
    summary          VARCHAR(4000),
    recorded_by      VARCHAR(40),
    recorded_at      TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT      NOT NULL,
    -- One visit per occurrence of a plan, however many servers produce them.
    CONSTRAINT maintenance_visit_occurrence_uk UNIQUE (plan_id, due_on)
);
CREATE INDEX maintenance_visit_contract_ix ON maintenance_visit (contract_code, due_on);

CREATE TABLE maintenance_check (
    visit_id BIGINT       NOT NULL REFERENCES maintenance_visit (id),
    position INTEGER      NOT NULL,
    item     VARCHAR(500) NOT NULL,
    ok       BOOLEAN,
    remark   VARCHAR(2000),
    PRIMARY KEY (visit_id, position)
);
