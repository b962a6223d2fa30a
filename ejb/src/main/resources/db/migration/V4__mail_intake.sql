-- The help-desk mailbox: every mail that arrived, its raw bytes and attachments, and what became of it;
-- outgoing mails already sent (so a redelivered notice is not sent twice); the sender's own date on tickets.

CREATE SEQUENCE inbound_mail_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE inbound_mail (
    id                   BIGINT PRIMARY KEY,
    content_sha256       VARCHAR(64)  NOT NULL,
    message_id           VARCHAR(1000),
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sender_date          TIMESTAMP WITH TIME ZONE,
    from_address         VARCHAR(320),
    subject              VARCHAR(1000),
    status               VARCHAR(20)  NOT NULL,
    ticket_filing_number VARCHAR(20),
    reason               VARCHAR(2000),
    version              BIGINT       NOT NULL,
    CONSTRAINT inbound_mail_content_uk UNIQUE (content_sha256)
);
CREATE INDEX inbound_mail_status_ix ON inbound_mail (status, received_at);
CREATE INDEX inbound_mail_ticket_ix ON inbound_mail (ticket_filing_number);

CREATE TABLE inbound_mail_raw (
    inbound_mail_id BIGINT PRIMARY KEY REFERENCES inbound_mail (id),
    content         BYTEA NOT NULL
);

CREATE TABLE mail_attachment (
    id              BIGINT PRIMARY KEY,
    inbound_mail_id BIGINT        NOT NULL REFERENCES inbound_mail (id),
    file_name       VARCHAR(500)  NOT NULL,
    content_type    VARCHAR(200),
    size_bytes      BIGINT        NOT NULL,
    content         BYTEA
);
CREATE INDEX mail_attachment_mail_ix ON mail_attachment (inbound_mail_id);

CREATE TABLE outgoing_mail_sent (
    id      VARCHAR(36) PRIMARY KEY,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE ticket ADD COLUMN sender_date TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket_event ALTER COLUMN actor SET DATA TYPE VARCHAR(320);
