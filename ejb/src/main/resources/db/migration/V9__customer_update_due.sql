-- When the customer is next due an update on an open fault (the contract term's update rate), counted like
-- the other deadlines; the customer-communication issue sends the updates and moves it on.
ALTER TABLE ticket ADD COLUMN update_due_at TIMESTAMP WITH TIME ZONE;
