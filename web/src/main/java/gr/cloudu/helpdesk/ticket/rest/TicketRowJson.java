package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.rest.ApiTime;
import gr.cloudu.helpdesk.ticket.application.TicketRow;

import java.time.OffsetDateTime;

/** A ticket in a list answer. */
public record TicketRowJson(String filingNumber, OffsetDateTime reportedAt, String channel, String customer,
                            String reporterName, String severity, String subject, String status, String tier) {

    static TicketRowJson of(TicketRow r) {
        return new TicketRowJson(r.filingNumber(), ApiTime.of(r.reportedAt()), r.channel().name(), r.customer(),
                r.reporterName(), r.severity().name(), r.subject(), r.status().name(), r.tier().name());
    }
}
