-- Documents filed with a ticket by the help desk, e.g. the scan of a paper fax. Their SHA-256 is written
-- into the life-cycle, so the document itself is covered by the hash chain.
CREATE SEQUENCE ticket_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ticket_document (
    id           BIGINT PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL REFERENCES ticket (id),
    file_name    VARCHAR(500) NOT NULL,
    content_type VARCHAR(200),
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by     VARCHAR(40)  NOT NULL
);
CREATE INDEX ticket_document_ticket_ix ON ticket_document (ticket_id);
