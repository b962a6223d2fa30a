-- A maintenance plan that ends cancels the visits it produced that nobody scheduled yet (issue 6): who ended it, when.
ALTER TABLE maintenance_visit ADD COLUMN cancelled_by VARCHAR(40);
ALTER TABLE maintenance_visit ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
