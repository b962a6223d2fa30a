package gr.cloudu.helpdesk.dispatch.domain;

/**
 * Where an engineer's assignment stands: given, taken up, or ended: the fault resolved (DONE), handed back, or
 * taken from the engineer (reassigned, escalated).
 */
public enum AssignmentStatus {
    ASSIGNED, ACKNOWLEDGED, DONE, HANDED_BACK, SUPERSEDED;

    public boolean active() {
        return this == ASSIGNED || this == ACKNOWLEDGED;
    }
}
