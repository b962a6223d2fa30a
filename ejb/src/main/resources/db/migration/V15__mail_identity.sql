-- Two deliveries of one message (delivered twice, or reaching the mailbox by two routes) differ in the trace headers
-- each server adds, and so in their raw bytes' hash. The identity hash leaves those out and is the key that takes a
-- message once. Mails taken before it existed keep their raw hash as their identity; the intake also recognises a
-- copy of one of them by its raw hash.
ALTER TABLE inbound_mail ADD COLUMN identity_sha256 VARCHAR(64);
UPDATE inbound_mail SET identity_sha256 = content_sha256;
ALTER TABLE inbound_mail ALTER COLUMN identity_sha256 SET NOT NULL;
ALTER TABLE inbound_mail ADD CONSTRAINT inbound_mail_identity_uk UNIQUE (identity_sha256);
