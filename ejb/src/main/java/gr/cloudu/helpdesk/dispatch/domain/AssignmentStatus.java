package gr.cloudu.helpdesk.dispatch.domain;

/** Where an engineer's assignment stands: given, taken up, or ended (handed back or given to someone else). */
public enum AssignmentStatus {
    ASSIGNED, ACKNOWLEDGED, HANDED_BACK, SUPERSEDED;

    public boolean active() {
        return this == ASSIGNED || this == ACKNOWLEDGED;
    }
}
