package gr.cloudu.helpdesk.sla.application;

import java.time.Instant;

/** The deadlines a report would get: answer of {@code GET /contracts/{code}/sla-preview}. */
public record SlaPreview(String contract, String severity, String clock, Instant reportedAt, Instant responseDueAt,
                         Instant onSiteDueAt, Instant restoreDueAt) {
}
