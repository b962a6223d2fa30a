package gr.cloudu.helpdesk.dispatch.application;

/** What became of one request in a bulk decision: decided, or refused with the reason's code. */
public record DecisionOutcome(Long visitId, boolean done, String status, String error, String message) {
}
