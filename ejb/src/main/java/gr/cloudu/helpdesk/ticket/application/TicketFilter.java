package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;

/** What a ticket list is narrowed to; null means "any". */
public record TicketFilter(String customer, TicketStatus status, Severity severity) {

    public static TicketFilter any() {
        return new TicketFilter(null, null, null);
    }
}
