-- A new password ends the page sessions opened with the old one: when it was last changed.
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
