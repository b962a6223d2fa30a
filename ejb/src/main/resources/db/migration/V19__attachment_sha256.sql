-- An attachment's SHA-256 as it arrived, so that one linked out of quarantine later is entered in the life-cycle with the
-- hash it came with. Attachments stored before keep none; the life-cycle entered those of mails filed since V16.
ALTER TABLE mail_attachment ADD COLUMN sha256 VARCHAR(64);
