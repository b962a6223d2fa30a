package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.rest.ApiTime;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;

import java.time.OffsetDateTime;

/**
 * A ticket as API.md describes it. {@code sla} stays null until the ticket's contract terms give it
 * deadlines.
 */
public record TicketJson(String filingNumber, OffsetDateTime reportedAt, OffsetDateTime senderDate, String channel, String customer,
                         TicketDetail.ReporterView reporter, String equipmentSerial, String severity, String subject,
                         String description, String status, String tier, String assignee, Object sla,
                         OffsetDateTime receiptSentAt, boolean writtenConfirmationRequired,
                         OffsetDateTime writtenConfirmationAt) {

    public static TicketJson of(TicketDetail t) {
        return new TicketJson(t.filingNumber(), ApiTime.of(t.reportedAt()), ApiTime.of(t.senderDate()), t.channel().name(), t.customer(), t.reporter(),
                t.equipmentSerial(), t.severity().name(), t.subject(), t.description(), t.status().name(), t.tier().name(),
                t.assignee(), null, ApiTime.of(t.receiptSentAt()), t.writtenConfirmationRequired(),
                ApiTime.of(t.writtenConfirmationAt()));
    }
}
