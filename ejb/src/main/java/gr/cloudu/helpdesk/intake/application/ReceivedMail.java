package gr.cloudu.helpdesk.intake.application;

import java.time.Instant;
import java.util.List;

/**
 * A mail as read from the mailbox, independent of the protocol that fetched it: the arrival time there,
 * the sender's own date, its threading headers, whether it says it was sent by a machine, its text and
 * its attachments, and the raw bytes with their SHA-256. {@code identitySha256} is the same for every delivery of
 * one message: it leaves out the trace headers each server on the way adds (see {@code MimeReader}).
 */
public record ReceivedMail(String contentSha256, String identitySha256, byte[] raw, String messageId,
                           List<String> threadReferences,
                           Instant arrivedAt, Instant senderDate, String fromAddress, String fromName, String subject,
                           String text, boolean automatic, List<Attachment> attachments) {

    /** A file that came with the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
