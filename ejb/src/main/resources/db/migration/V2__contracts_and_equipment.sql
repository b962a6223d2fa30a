-- Contracts with their SLA terms, and the PBX inventory: installations, equipment, modules and the
-- machines' own change history.

CREATE SEQUENCE contract_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE installation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE equipment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE equipment_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE contract (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40) NOT NULL,
    customer_id   BIGINT      NOT NULL REFERENCES customer (id),
    signed_on     DATE        NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT contract_code_uk UNIQUE (code)
);
CREATE INDEX contract_customer_ix ON contract (customer_id);

CREATE TABLE contract_term (
    contract_id        BIGINT       NOT NULL REFERENCES contract (id),
    severity           VARCHAR(10)  NOT NULL,
    clock              VARCHAR(10)  NOT NULL,
    response_hours     NUMERIC(8,2) NOT NULL,
    on_site_hours      NUMERIC(8,2),
    restore_hours      NUMERIC(8,2) NOT NULL,
    update_every_hours NUMERIC(8,2),
    PRIMARY KEY (contract_id, severity)
);

CREATE TABLE installation (
    id          BIGINT PRIMARY KEY,
    customer_id BIGINT       NOT NULL REFERENCES customer (id),
    name        VARCHAR(300) NOT NULL,
    CONSTRAINT installation_name_uk UNIQUE (customer_id, name)
);

CREATE TABLE equipment (
    id               BIGINT PRIMARY KEY,
    serial           VARCHAR(80)  NOT NULL,
    customer_id      BIGINT       NOT NULL REFERENCES customer (id),
    contract_id      BIGINT REFERENCES contract (id),
    installation_id  BIGINT       NOT NULL REFERENCES installation (id),
    vendor           VARCHAR(120) NOT NULL,
    model            VARCHAR(120) NOT NULL,
    software_release VARCHAR(80),
    version          BIGINT       NOT NULL,
    CONSTRAINT equipment_serial_uk UNIQUE (serial)
);
CREATE INDEX equipment_customer_ix ON equipment (customer_id);

CREATE TABLE equipment_module (
    equipment_id BIGINT      NOT NULL REFERENCES equipment (id),
    position     INTEGER     NOT NULL,
    slot         VARCHAR(40) NOT NULL,
    part_number  VARCHAR(80) NOT NULL,
    serial       VARCHAR(80),
    description  VARCHAR(300),
    PRIMARY KEY (equipment_id, position)
);

CREATE TABLE equipment_change (
    id           BIGINT PRIMARY KEY,
    equipment_id BIGINT      NOT NULL REFERENCES equipment (id),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(40) NOT NULL,
    actor        VARCHAR(40) NOT NULL,
    detail       VARCHAR(4000)
);
CREATE INDEX equipment_change_equipment_ix ON equipment_change (equipment_id, occurred_at);

CREATE INDEX ticket_equipment_ix ON ticket (equipment_serial, reported_at);
