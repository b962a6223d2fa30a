-- A report received by telephone must be confirmed in writing (the contract wants reports in writing):
-- when the reporter's written confirmation arrived.
ALTER TABLE ticket ADD COLUMN written_confirmation_at TIMESTAMP WITH TIME ZONE;
