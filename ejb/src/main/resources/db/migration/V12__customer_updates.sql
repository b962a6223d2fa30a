-- Keeping the customer informed (issue 6): when the customer last heard about the fault, the public note
-- written since then and not yet sent, and the due time an overdue reminder was already given for.
ALTER TABLE ticket ADD COLUMN last_informed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN unsent_note VARCHAR(4000);
ALTER TABLE ticket ADD COLUMN update_reminded_for TIMESTAMP WITH TIME ZONE;
-- The watch finds the updates that fell due by this index.
CREATE INDEX ticket_update_due_ix ON ticket (update_due_at);
