-- Issue 4: the ticket's state machine, service-level deadlines counted on the company's business calendar,
-- the teams behind the tiers. Also: the actor's capacity in the life-cycle, and the customer's language.

ALTER TABLE ticket_event ADD COLUMN actor_capacity VARCHAR(200);

ALTER TABLE ticket ADD COLUMN contract_code VARCHAR(40);
ALTER TABLE ticket ADD COLUMN sla_terms_set BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ticket ADD COLUMN sla_round_the_clock BOOLEAN;
ALTER TABLE ticket ADD COLUMN sla_response_minutes INTEGER;
ALTER TABLE ticket ADD COLUMN sla_on_site_minutes INTEGER;
ALTER TABLE ticket ADD COLUMN sla_restore_minutes INTEGER;
ALTER TABLE ticket ADD COLUMN sla_update_minutes INTEGER;
ALTER TABLE ticket ADD COLUMN paused_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN paused_seconds BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ticket ADD COLUMN responded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN auto_close_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN next_warn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN sla_breached BOOLEAN DEFAULT FALSE NOT NULL;

-- The queues: open tickets of a tier by nearest deadline.
CREATE INDEX ticket_tier_due_ix ON ticket (tier, status, next_due_at);
CREATE INDEX ticket_auto_close_ix ON ticket (auto_close_at);

CREATE SEQUENCE sla_deadline_seq START WITH 50 INCREMENT BY 50;

-- One row per deadline of a ticket; the deadline watch finds what is due by these two indexes.
CREATE TABLE sla_deadline (
    id         BIGINT PRIMARY KEY,
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    kind       VARCHAR(10) NOT NULL,
    due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    warn_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome    VARCHAR(10) NOT NULL,
    settled_at TIMESTAMP WITH TIME ZONE,
    warned_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sla_deadline_ticket_kind_uk UNIQUE (ticket_id, kind)
);
CREATE INDEX sla_deadline_due_ix ON sla_deadline (outcome, due_at);
CREATE INDEX sla_deadline_warn_ix ON sla_deadline (outcome, warn_at);

-- The company's business calendar: one row of working hours, and the company's own closure days
-- (Greek public holidays are computed, not stored).
CREATE TABLE company_calendar (
    id        INTEGER PRIMARY KEY,
    time_zone VARCHAR(60) NOT NULL,
    opens_at  TIME        NOT NULL,
    closes_at TIME        NOT NULL,
    version   BIGINT      NOT NULL
);
INSERT INTO company_calendar (id, time_zone, opens_at, closes_at, version) VALUES (1, 'Europe/Athens', '08:00', '15:00', 0);

CREATE TABLE closure_day (
    calendar_id INTEGER      NOT NULL REFERENCES company_calendar (id),
    closed_on   DATE         NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    PRIMARY KEY (calendar_id, closed_on)
);

-- The teams behind the tiers: who works in which, and who leads it.
CREATE TABLE team_member (
    tier     VARCHAR(20) NOT NULL,
    username VARCHAR(40) NOT NULL REFERENCES app_user (username),
    team_lead BOOLEAN    NOT NULL,
    PRIMARY KEY (tier, username)
);

-- Receipts and notices go to a customer in its language (Greek unless said otherwise).
ALTER TABLE customer ADD COLUMN language VARCHAR(5) DEFAULT 'el' NOT NULL;
