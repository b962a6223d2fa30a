-- Issue 5: the help desk's diagnosis, engineers' assignments with their work log and in-app inbox,
-- spare-part visit requests (engineer -> supervisor -> technical support manager) and the visit record,
-- which changes the machine's composition and history.

ALTER TABLE ticket ADD COLUMN diag_symptom VARCHAR(2000);
ALTER TABLE ticket ADD COLUMN diag_module VARCHAR(40);
ALTER TABLE ticket ADD COLUMN diag_checks VARCHAR(4000);
ALTER TABLE ticket ADD COLUMN diag_result VARCHAR(4000);
ALTER TABLE ticket ADD COLUMN diagnosed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN diagnosed_by VARCHAR(40);
CREATE INDEX ticket_assignee_ix ON ticket (assignee);

CREATE SEQUENCE assignment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE visit_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE inbox_entry_seq START WITH 50 INCREMENT BY 50;

-- One engineer's assignment to a fault; a later assignment of the same ticket supersedes it.
CREATE TABLE assignment (
    id              BIGINT PRIMARY KEY,
    ticket_id       BIGINT      NOT NULL REFERENCES ticket (id),
    filing_number   VARCHAR(20) NOT NULL,
    engineer        VARCHAR(40) NOT NULL REFERENCES app_user (username),
    assigned_by     VARCHAR(40) NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note            VARCHAR(2000),
    status          VARCHAR(20) NOT NULL,
    notified_at     TIMESTAMP WITH TIME ZONE,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    ended_at        TIMESTAMP WITH TIME ZONE,
    end_reason      VARCHAR(2000),
    working_since   TIMESTAMP WITH TIME ZONE,
    worked_seconds  BIGINT      NOT NULL,
    version         BIGINT      NOT NULL
);
CREATE INDEX assignment_engineer_ix ON assignment (engineer, assigned_at);
CREATE INDEX assignment_ticket_ix ON assignment (ticket_id);

CREATE TABLE work_period (
    assignment_id BIGINT  NOT NULL REFERENCES assignment (id),
    position      INTEGER NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at    TIMESTAMP WITH TIME ZONE,
    note          VARCHAR(2000),
    PRIMARY KEY (assignment_id, position)
);

-- A dispatch notice is delivered once: its id is recorded in the transaction that sends the mail.
CREATE TABLE dispatch_delivery (
    notice_id    VARCHAR(40) PRIMARY KEY,
    delivered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What waits for a member of staff: assignments, visits to route or approve, decisions.
CREATE TABLE inbox_entry (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(40)  NOT NULL REFERENCES app_user (username),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    filing_number VARCHAR(20)  NOT NULL,
    reference_id  BIGINT,
    text          VARCHAR(2000) NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inbox_entry_user_ix ON inbox_entry (username, created_at);

CREATE TABLE visit_request (
    id               BIGINT PRIMARY KEY,
    ticket_id        BIGINT      NOT NULL REFERENCES ticket (id),
    filing_number    VARCHAR(20) NOT NULL,
    equipment_serial VARCHAR(80),
    requested_by     VARCHAR(40) NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason           VARCHAR(2000),
    status           VARCHAR(20) NOT NULL,
    routed_by        VARCHAR(40),
    routed_at        TIMESTAMP WITH TIME ZONE,
    engineer         VARCHAR(40),
    visit_date       DATE,
    window_from      TIME,
    window_to        TIME,
    routing_note     VARCHAR(2000),
    decided_by       VARCHAR(40),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_reason  VARCHAR(2000),
    arrived_at       TIMESTAMP WITH TIME ZONE,
    left_at          TIMESTAMP WITH TIME ZONE,
    work_done        VARCHAR(4000),
    recorded_by      VARCHAR(40),
    recorded_at      TIMESTAMP WITH TIME ZONE,
    version          BIGINT      NOT NULL
);
-- The approvals inbox: what waits in each status, oldest first.
CREATE INDEX visit_request_status_ix ON visit_request (status, requested_at, id);
CREATE INDEX visit_request_ticket_ix ON visit_request (ticket_id);

CREATE TABLE visit_part (
    visit_id       BIGINT       NOT NULL REFERENCES visit_request (id),
    position       INTEGER      NOT NULL,
    part_number    VARCHAR(80)  NOT NULL,
    quantity       INTEGER      NOT NULL,
    reason         VARCHAR(1000),
    slot           VARCHAR(40),
    known_to_model BOOLEAN      NOT NULL,
    PRIMARY KEY (visit_id, position)
);

CREATE TABLE visit_part_fitted (
    visit_id       BIGINT      NOT NULL REFERENCES visit_request (id),
    position       INTEGER     NOT NULL,
    slot           VARCHAR(40) NOT NULL,
    part_number    VARCHAR(80) NOT NULL,
    removed_serial VARCHAR(80),
    fitted_serial  VARCHAR(80) NOT NULL,
    PRIMARY KEY (visit_id, position)
);

-- The machine's history names the fault a change was made for.
ALTER TABLE equipment_change ADD COLUMN reference VARCHAR(40);

-- Life-cycle entries and machine history entries name what was diagnosed, asked for and done on site in full.
ALTER TABLE ticket_event ALTER COLUMN detail SET DATA TYPE VARCHAR(20000);
ALTER TABLE equipment_change ALTER COLUMN detail SET DATA TYPE VARCHAR(20000);
