package gr.cloudu.helpdesk.ticket.domain;

/** The team that holds a ticket: the help desk first, then the escalation tiers of the contract. */
public enum Tier { HELP_DESK, TECH_SUPPORT, ON_SITE }
