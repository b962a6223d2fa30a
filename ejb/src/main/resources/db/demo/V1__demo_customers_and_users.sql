-- Demo data for the README's run command only (helpdesk.demo-data=true); never applied otherwise.
-- Every demo user's password is: helpdesk-demo

INSERT INTO customer (id, code, name, registered_at, version)
VALUES (nextval('customer_seq'), 'ACME-GR', 'Acme Hellas A.E.', TIMESTAMP WITH TIME ZONE '2025-02-15 09:00:00+02', 0);
INSERT INTO customer (id, code, name, registered_at, version)
VALUES (nextval('customer_seq'), 'NIKAIA-HOSP', 'Γενικό Νοσοκομείο Νίκαιας', TIMESTAMP WITH TIME ZONE '2025-06-01 09:00:00+03', 0);

INSERT INTO contact (id, customer_id, name, email, fax, phone, capacity, unit, authorised, communication_level)
SELECT nextval('contact_seq'), id, 'Γιώργος Παπαδόπουλος', 'g.papadopoulos@acme.example.gr', '+302101234599', '+302101234567',
       'Τεχνικός τηλεπικοινωνιών', 'Διεύθυνση Πληροφορικής', TRUE, 'I' FROM customer WHERE code = 'ACME-GR';
INSERT INTO contact (id, customer_id, name, email, fax, phone, capacity, unit, authorised, communication_level)
SELECT nextval('contact_seq'), id, 'Μαρία Κωνσταντίνου', 'm.konstantinou@acme.example.gr', NULL, '+302101234500',
       'Υπεύθυνη Υπηρεσιών Τηλεπικοινωνιών', 'Γενική Διεύθυνση', TRUE, 'II' FROM customer WHERE code = 'ACME-GR';
INSERT INTO contact (id, customer_id, name, email, fax, phone, capacity, unit, authorised, communication_level)
SELECT nextval('contact_seq'), id, 'Νίκος Αντωνίου', 'n.antoniou@acme.example.gr', NULL, '+302101234511',
       'Υπάλληλος γραφείου', 'Λογιστήριο', FALSE, 'I' FROM customer WHERE code = 'ACME-GR';
INSERT INTO contact (id, customer_id, name, email, fax, phone, capacity, unit, authorised, communication_level)
SELECT nextval('contact_seq'), id, 'Ελένη Δημητρίου', 'e.dimitriou@nikaia-hosp.example.gr', '+302104930099', '+302104930000',
       'Τεχνικός βάρδιας', 'Τεχνική Υπηρεσία', TRUE, 'I' FROM customer WHERE code = 'NIKAIA-HOSP';

INSERT INTO app_user (username, password_hash, full_name, email, customer_code, enabled, created_at, version) VALUES
 ('admin',      '$2a$10$5jrXZ8oGtU3TpyHXff4BXuENjuGdLRV5am35pgx9etN8bAkoCEMp2', 'Demo Administrator', 'admin@cloud-u.example.gr', NULL, TRUE, CURRENT_TIMESTAMP, 0),
 ('agent',      '$2a$10$C503qWebZ1nq131hLku/huyELTC6zclGygDw6EXaNF8ICBgZPxl.C', 'Άννα Γεωργίου (Help Desk)', 'agent@cloud-u.example.gr', NULL, TRUE, CURRENT_TIMESTAMP, 0),
 ('engineer',   '$2a$10$gmXQm/Mu2volmF1QYcn4gODj6we9W3M4/8hI78VRS59sE57yvK3sq', 'Κώστας Ιωάννου (Engineer)', 'engineer@cloud-u.example.gr', NULL, TRUE, CURRENT_TIMESTAMP, 0),
 ('supervisor', '$2a$10$9HmkR9PWgcyw0qgiyu5sAuZs.hXJhW/tcZQQMoDv9LFdC2v3cYIAm', 'Δημήτρης Νικολάου (Supervisor)', 'supervisor@cloud-u.example.gr', NULL, TRUE, CURRENT_TIMESTAMP, 0),
 ('manager',    '$2a$10$rC3qlZSPPNzarKQfB1gKMuKaJxCa0EcFFUfckZN8f1HrXbTr1m9Xe', 'Σοφία Αλεξίου (Technical Support Manager)', 'manager@cloud-u.example.gr', NULL, TRUE, CURRENT_TIMESTAMP, 0),
 ('customer',   '$2a$10$7oROr/r64GVI8Iyi13GvkuprqlTZ6dOtHpGIxtW2dumTa8CTA/nvS', 'Γιώργος Παπαδόπουλος', 'g.papadopoulos@acme.example.gr', 'ACME-GR', TRUE, CURRENT_TIMESTAMP, 0),
 ('acme-monitoring', '$2a$10$YFmKTpJdpiqLuI/GLvmgVuUTfMUHzL.90DvzowIAsbfX4Wo30x5mS', 'Acme monitoring system', NULL, 'ACME-GR', TRUE, CURRENT_TIMESTAMP, 0);

INSERT INTO app_user_role (username, role) VALUES
 ('admin', 'ADMIN'), ('agent', 'AGENT'), ('engineer', 'ENGINEER'), ('supervisor', 'SUPERVISOR'),
 ('manager', 'MANAGER'), ('customer', 'CUSTOMER'), ('acme-monitoring', 'API');
