package gr.cloudu.helpdesk.dispatch.domain;

/**
 * A visit request's way: requested by the engineer, routed by the supervisor with the engineer (date, time
 * window, who goes), approved or rejected by the technical support manager, and once done, recorded; withdrawn
 * when the fault is settled before anybody decided on it.
 */
public enum VisitStatus {
    REQUESTED, ROUTED, APPROVED, REJECTED, COMPLETED, WITHDRAWN, CANCELLED;

    /** Still waiting for a supervisor or the manager. */
    public boolean undecided() {
        return this == REQUESTED || this == ROUTED;
    }
}
