package gr.cloudu.helpdesk.ticket.application;

import java.time.Instant;

/** A document filed with a ticket, without its bytes. */
public record DocumentRow(Long id, String fileName, String contentType, long sizeBytes, String sha256, Instant addedAt,
                          String addedBy) {
}
