package gr.cloudu.helpdesk.intake.application;

import gr.cloudu.helpdesk.intake.domain.InboundMailStatus;

import java.time.Instant;

/** One mail of the help-desk mailbox in a list. */
public record InboundMailRow(Long id, Instant receivedAt, Instant senderDate, String fromAddress, String subject,
                             InboundMailStatus status, String ticketFilingNumber, String reason) {
}
