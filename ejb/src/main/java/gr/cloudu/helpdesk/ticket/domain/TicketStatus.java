package gr.cloudu.helpdesk.ticket.domain;

/** Where a ticket stands in its life-cycle. */
public enum TicketStatus { FILED }
