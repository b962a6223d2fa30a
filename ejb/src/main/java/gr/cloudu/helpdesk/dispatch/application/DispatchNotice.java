package gr.cloudu.helpdesk.dispatch.application;

/**
 * Tells the engineer about an assignment: travels as JSON on the dispatch queue, delivered once per
 * {@code id} (a redelivered notice sends nothing twice).
 */
public record DispatchNotice(String id, Long assignmentId, String filingNumber, String engineer) {
}
