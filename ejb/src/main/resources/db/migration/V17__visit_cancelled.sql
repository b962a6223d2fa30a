-- A scheduled visit that is no longer needed (the fault was put right remotely, the customer asked for another day) is
-- cancelled by the supervisor or the manager with a reason; the approval stays beside it as it was.
ALTER TABLE visit_request ADD COLUMN cancelled_by VARCHAR(40);
ALTER TABLE visit_request ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE visit_request ADD COLUMN cancel_reason VARCHAR(2000);
