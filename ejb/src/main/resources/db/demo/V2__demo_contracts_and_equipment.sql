-- Demo contracts and PBXs for the README's run command only.

INSERT INTO contract (id, code, customer_id, signed_on, registered_at, version)
SELECT nextval('contract_seq'), 'ACME-2025-01', id, DATE '2025-02-15', TIMESTAMP WITH TIME ZONE '2025-02-15 09:00:00+02', 0
FROM customer WHERE code = 'ACME-GR';
INSERT INTO contract_term (contract_id, severity, clock, response_hours, on_site_hours, restore_hours, update_every_hours)
SELECT id, 'CRITICAL', 'ALWAYS', 1, 4, 8, 2 FROM contract WHERE code = 'ACME-2025-01';
INSERT INTO contract_term (contract_id, severity, clock, response_hours, on_site_hours, restore_hours, update_every_hours)
SELECT id, 'MAJOR', 'BUSINESS', 2, 8, 16, 4 FROM contract WHERE code = 'ACME-2025-01';
INSERT INTO contract_term (contract_id, severity, clock, response_hours, on_site_hours, restore_hours, update_every_hours)
SELECT id, 'MINOR', 'BUSINESS', 8, NULL, 40, 16 FROM contract WHERE code = 'ACME-2025-01';

INSERT INTO contract (id, code, customer_id, signed_on, registered_at, version)
SELECT nextval('contract_seq'), 'NIKAIA-2025-01', id, DATE '2025-06-01', TIMESTAMP WITH TIME ZONE '2025-06-01 09:00:00+03', 0
FROM customer WHERE code = 'NIKAIA-HOSP';
INSERT INTO contract_term (contract_id, severity, clock, response_hours, on_site_hours, restore_hours, update_every_hours)
SELECT id, 'CRITICAL', 'ALWAYS', 0.5, 2, 4, 1 FROM contract WHERE code = 'NIKAIA-2025-01';
INSERT INTO contract_term (contract_id, severity, clock, response_hours, on_site_hours, restore_hours, update_every_hours)
SELECT id, 'MAJOR', 'ALWAYS', 1, 4, 12, 2 FROM contract WHERE code = 'NIKAIA-2025-01';
INSERT INTO contract_term (contract_id, severity, clock, response_hours, on_site_hours, restore_hours, update_every_hours)
SELECT id, 'MINOR', 'BUSINESS', 4, 16, 24, 8 FROM contract WHERE code = 'NIKAIA-2025-01';

INSERT INTO installation (id, customer_id, name)
SELECT nextval('installation_seq'), id, 'Κεντρικά γραφεία, Λεωφ. Κηφισίας 100, Μαρούσι' FROM customer WHERE code = 'ACME-GR';
INSERT INTO installation (id, customer_id, name)
SELECT nextval('installation_seq'), id, 'Κτίριο Α, Δ. Μαντούβαλου 3, Νίκαια' FROM customer WHERE code = 'NIKAIA-HOSP';

INSERT INTO equipment (id, serial, customer_id, contract_id, installation_id, vendor, model, software_release, version)
SELECT nextval('equipment_seq'), 'OS4K-ACME-0001', c.id, k.id, i.id, 'Unify', 'OpenScape 4000', 'V10 R1.34', 0
FROM customer c JOIN contract k ON k.customer_id = c.id JOIN installation i ON i.customer_id = c.id
WHERE c.code = 'ACME-GR';
INSERT INTO equipment (id, serial, customer_id, contract_id, installation_id, vendor, model, software_release, version)
SELECT nextval('equipment_seq'), 'MX-NIK-7730', c.id, k.id, i.id, 'Mitel', 'MX-ONE', '7.6 SP1', 0
FROM customer c JOIN contract k ON k.customer_id = c.id JOIN installation i ON i.customer_id = c.id
WHERE c.code = 'NIKAIA-HOSP';

INSERT INTO equipment_module (equipment_id, position, slot, part_number, serial, description)
SELECT id, 0, '1-1-1', 'S30810-Q2216-X', 'LTA0012345', 'SLMO24 — 24 digital subscriber lines' FROM equipment WHERE serial = 'OS4K-ACME-0001';
INSERT INTO equipment_module (equipment_id, position, slot, part_number, serial, description)
SELECT id, 1, '1-1-2', 'S30810-Q2217-X', 'LTA0012346', 'STMI4 — IP gateway' FROM equipment WHERE serial = 'OS4K-ACME-0001';
INSERT INTO equipment_module (equipment_id, position, slot, part_number, serial, description)
SELECT id, 2, '1-1-3', 'S30810-Q2191-C', 'LTA0012347', 'DIU-N4 — 4 ISDN PRI trunks' FROM equipment WHERE serial = 'OS4K-ACME-0001';
INSERT INTO equipment_module (equipment_id, position, slot, part_number, serial, description)
SELECT id, 0, '0-0', 'ROF1375345/1', 'MX778812', 'MGU2 media gateway unit' FROM equipment WHERE serial = 'MX-NIK-7730';

INSERT INTO equipment_change (id, equipment_id, occurred_at, kind, actor, detail)
SELECT nextval('equipment_change_seq'), id, TIMESTAMP WITH TIME ZONE '2025-02-20 10:00:00+02', 'REGISTERED', 'admin',
       'Unify OpenScape 4000, 3 modules, software V10 R1.34' FROM equipment WHERE serial = 'OS4K-ACME-0001';
INSERT INTO equipment_change (id, equipment_id, occurred_at, kind, actor, detail)
SELECT nextval('equipment_change_seq'), id, TIMESTAMP WITH TIME ZONE '2025-06-05 10:00:00+03', 'REGISTERED', 'admin',
       'Mitel MX-ONE, 1 modules, software 7.6 SP1' FROM equipment WHERE serial = 'MX-NIK-7730';
