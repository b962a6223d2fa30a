package gr.cloudu.helpdesk.intake.application;

/** Bytes to hand out: an archived original mail or one of its attachments. */
public record MailFile(String fileName, String contentType, byte[] content) {
}
