-- The text of each inbound mail as read (so an agent can file a quarantined mail without re-reading the
-- raw bytes), and who decided about a quarantined mail.
ALTER TABLE inbound_mail ADD COLUMN body_text VARCHAR(20000);
ALTER TABLE inbound_mail ADD COLUMN decided_by VARCHAR(40);
ALTER TABLE inbound_mail ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
