package gr.cloudu.helpdesk.ticket.application;

import java.time.Instant;

/**
 * Who holds a ticket changed: it was assigned or escalated (to {@code holder}, or to nobody yet), or it was
 * settled (resolved or closed: {@code settled}). Fired inside the transaction that changed it, so whatever the
 * observers do (dispatch queues the engineer's notice) commits or rolls back with the change.
 */
public record TicketHolderChanged(Long ticketId, String filingNumber, String holder, String by, String note, Instant at,
                                  boolean settled) {
}
