package gr.cloudu.helpdesk.ticket.application;

/** A document of a ticket with its bytes, to hand out. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
