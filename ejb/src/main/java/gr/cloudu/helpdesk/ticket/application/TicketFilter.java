package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import gr.cloudu.helpdesk.ticket.domain.Tier;

/**
 * What a ticket list is narrowed to; null means "any". A queue ({@code openOnly}) lists the open tickets
 * nearest deadline first; other lists go newest first.
 */
public record TicketFilter(String customer, TicketStatus status, Severity severity, Tier tier, String assignee,
                           boolean openOnly) {

    public TicketFilter(String customer, TicketStatus status, Severity severity) {
        this(customer, status, severity, null, null, false);
    }

    public static TicketFilter any() {
        return new TicketFilter(null, null, null);
    }

    /** The open tickets of a tier, as its queue shows them. */
    public static TicketFilter queue(Tier tier, String customer, Severity severity, String assignee) {
        return new TicketFilter(customer, null, severity, tier, assignee, true);
    }
}
