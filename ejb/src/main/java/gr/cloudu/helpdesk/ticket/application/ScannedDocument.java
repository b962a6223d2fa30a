package gr.cloudu.helpdesk.ticket.application;

/** A document handed in with a report, such as the scan of a paper fax. */
public record ScannedDocument(String fileName, String contentType, byte[] content) {
}
