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
    /** An original mail (a report, a reply, a fax) and the files that came with it, entered by their SHA-256. */
    MAIL_ARCHIVED(true),
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
    DEADLINE_MET(false),
    DIAGNOSED(false),
    DISPATCH_NOTIFIED(false, true),
    /** The engineer's notice kept failing and was parked for the administrator to send again. */
    DISPATCH_FAILED(false, true),
    ASSIGNMENT_ACKNOWLEDGED(false, true),
    WORK_STARTED(false, true),
    WORK_STOPPED(false, true),
    HANDED_BACK(false),
    VISIT_REQUESTED(false, true),
    VISIT_ROUTED(false, true),
    VISIT_APPROVED(false, true),
    VISIT_REJECTED(false, true),
    /** A visit request still undecided when the fault was settled. */
    VISIT_WITHDRAWN(false, true),
    VISIT_SCHEDULED(true, true),
    VISIT_RECORDED(true, true),
    /** A scheduled visit called off; the customer is told why. */
    VISIT_CANCELLED(true, true),
    /** A note on the fault; one meant for the customer waits to go out with the next update. */
    NOTE_ADDED(false),
    /** A message to the customer about the fault (an update, or a status change they must know about). */
    CUSTOMER_INFORMED(true),
    /** The contract's update rate passed without a message to the customer; the owner was reminded. */
    CUSTOMER_UPDATE_OVERDUE(false);

    private final boolean customerFacing;
    private final boolean fieldWork;

    LifecycleEventType(boolean customerFacing) {
        this(customerFacing, false);
    }

    LifecycleEventType(boolean customerFacing, boolean fieldWork) {
        this.customerFacing = customerFacing;
        this.fieldWork = fieldWork;
    }

    /**
     * Entries that record the engineers' field work (notifications, work log, visits) without changing the
     * ticket's status: the dispatch context appends them through {@link Ticket#recordFieldWork}.
     */
    public boolean fieldWork() {
        return fieldWork;
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
