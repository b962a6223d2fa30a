package gr.cloudu.helpdesk.ticket.domain;

/**
 * What happened to a ticket; each is one entry of its life-cycle. Some entries are the help desk's own
 * business (who was assigned, service-level warnings) and are not shown to the customer.
 */
public enum LifecycleEventType {
    FILED(true),
    RECEIPT_SENT(true),
    CUSTOMER_MESSAGE(true),
    WRITTEN_CONFIRMATION(true),
    DOCUMENT_FILED(true),
    ACKNOWLEDGED(true),
    STARTED(true),
    ESCALATED(true),
    ASSIGNED(false),
    AWAITING_CUSTOMER(true),
    RESUMED(true),
    RESOLVED(true),
    CLOSED(true),
    REOPENED(true),
    SEVERITY_CHANGED(true),
    SLA_STARTED(false),
    SLA_RECOMPUTED(false),
    SLA_WARNING(false),
    SLA_BREACHED(false),
    DEADLINE_MET(false);

    private final boolean customerFacing;

    LifecycleEventType(boolean customerFacing) {
        this.customerFacing = customerFacing;
    }

    public boolean customerFacing() {
        return customerFacing;
    }

    /** The entry a state-machine action leaves in the life-cycle. */
    public static LifecycleEventType of(TicketAction action) {
        return switch (action) {
            case ACKNOWLEDGE -> ACKNOWLEDGED;
            case START -> STARTED;
            case ESCALATE -> ESCALATED;
            case ASSIGN -> ASSIGNED;
            case AWAIT_CUSTOMER -> AWAITING_CUSTOMER;
            case RESUME -> RESUMED;
            case RESOLVE -> RESOLVED;
            case CLOSE -> CLOSED;
            case REOPEN -> REOPENED;
        };
    }
}
