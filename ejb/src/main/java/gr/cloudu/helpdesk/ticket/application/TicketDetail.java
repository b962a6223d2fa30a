package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import gr.cloudu.helpdesk.ticket.domain.Tier;

import java.time.Instant;

/** One ticket as the interfaces show it. */
public record TicketDetail(String filingNumber, Instant reportedAt, Instant senderDate, Channel channel, String customer,
                           String customerName, ReporterView reporter, String equipmentSerial, Severity severity,
                           String subject, String description, TicketStatus status, Tier tier, String assignee,
                           Instant receiptSentAt, boolean writtenConfirmationRequired, Instant writtenConfirmationAt) {

    /** Who reported, in what capacity and unit, as recorded at the time of the report. */
    public record ReporterView(String name, String email, String capacity, String unit) {
    }

    static TicketDetail of(Ticket t, String customerCode, String customerName) {
        return new TicketDetail(t.filingNumber().value(), t.reportedAt(), t.senderDate(), t.channel(), customerCode, customerName,
                new ReporterView(t.reporter().name(), t.reporter().email(), t.reporter().capacity(), t.reporter().unit()),
                t.equipmentSerial(), t.severity(), t.subject(), t.description(), t.status(), t.tier(), t.assignee(),
                t.receiptSentAt(), t.needsWrittenConfirmation(), t.writtenConfirmationAt());
    }
}
