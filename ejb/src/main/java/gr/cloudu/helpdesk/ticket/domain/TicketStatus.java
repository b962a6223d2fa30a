package gr.cloudu.helpdesk.ticket.domain;

/** Where a ticket stands in its life-cycle; {@link TicketAction} says how it moves between them. */
public enum TicketStatus {
    /** In the register, nobody has answered yet. */
    FILED,
    /** The help desk has answered (the first response of the contract). */
    ACKNOWLEDGED,
    /** The help desk is working on it. */
    IN_PROGRESS,
    /** Held by the Technical Support Team or the On-Site Intervention Team (see the ticket's tier). */
    ESCALATED,
    /** Waiting for the customer; the service-level clock is paused. */
    AWAITING_CUSTOMER,
    /** Service restored; waiting for the customer's confirmation or the automatic close. */
    RESOLVED,
    CLOSED,
    /** Resolved or closed, then found not to be: worked again. */
    REOPENED;

    /** Whether the fault is still being worked: deadlines run and the ticket sits in a queue. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
