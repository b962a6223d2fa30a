package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.rest.ApiTime;
import gr.cloudu.helpdesk.ticket.application.TicketRow;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A ticket in a list answer, with its nearest deadline and service-level standing. */
public record TicketRowJson(String filingNumber, OffsetDateTime reportedAt, String channel, String customer,
                            String reporterName, String severity, String subject, String status, String tier,
                            String assignee, OffsetDateTime nextDueAt, String slaState) {

    static TicketRowJson of(TicketRow r, Instant now) {
        return new TicketRowJson(r.filingNumber(), ApiTime.of(r.reportedAt()), r.channel().name(), r.customer(),
                r.reporterName(), r.severity().name(), r.subject(), r.status().name(), r.tier().name(), r.assignee(),
                ApiTime.of(r.nextDueAt()), r.slaState(now).name());
    }
}
