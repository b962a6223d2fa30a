package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import gr.cloudu.helpdesk.ticket.domain.SlaState;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import gr.cloudu.helpdesk.ticket.domain.Tier;

import java.time.Instant;

/** One line of a ticket list; built by the query itself, never from loaded entities. */
public record TicketRow(String filingNumber, Instant reportedAt, Channel channel, String customer,
                        String reporterName, Severity severity, String subject, TicketStatus status, Tier tier,
                        String assignee, Instant nextDueAt, Instant nextWarnAt, boolean slaBreached,
                        Boolean roundTheClock) {

    public SlaState slaState(Instant now) {
        return SlaState.of(status, slaBreached, nextDueAt, nextWarnAt, now);
    }
}
