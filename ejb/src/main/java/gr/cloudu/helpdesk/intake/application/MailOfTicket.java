package gr.cloudu.helpdesk.intake.application;

import gr.cloudu.helpdesk.intake.domain.InboundMailStatus;

import java.time.Instant;
import java.util.List;

/** A mail that made or joined a ticket, with its attachments. */
public record MailOfTicket(Long id, Instant receivedAt, Instant senderDate, String fromAddress, String subject,
                           InboundMailStatus status, List<AttachmentRow> attachments) {

    /** A file that came with the mail; {@code stored} is false for one over the size limit. */
    public record AttachmentRow(Long id, String fileName, String contentType, long sizeBytes, boolean stored) {
    }
}
