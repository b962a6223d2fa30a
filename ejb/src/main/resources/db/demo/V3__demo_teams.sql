-- Demo teams: the agent works the Help Desk, the engineer the two escalation tiers; the supervisor leads the
-- Help Desk and the Technical Support Team, the technical support manager the On-Site Intervention Team, so
-- the demo's SLA warnings and escalations have someone to go to.
INSERT INTO team_member (tier, username, team_lead) VALUES
 ('HELP_DESK', 'agent', FALSE),
 ('HELP_DESK', 'supervisor', TRUE),
 ('TECH_SUPPORT', 'engineer', FALSE),
 ('TECH_SUPPORT', 'supervisor', TRUE),
 ('ON_SITE', 'engineer', FALSE),
 ('ON_SITE', 'manager', TRUE);
