package gr.cloudu.helpdesk.ticket.application;

import java.time.Instant;

/**
 * A ticket was given to a member of staff (assigned, or escalated to a named person). Fired inside the
 * transaction that assigned it, so whatever the observers queue commits or rolls back with the assignment.
 */
public record TicketAssigned(Long ticketId, String filingNumber, String assignee, String assignedBy, String note, Instant at) {
}
