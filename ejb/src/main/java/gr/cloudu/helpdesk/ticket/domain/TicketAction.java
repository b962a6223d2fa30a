package gr.cloudu.helpdesk.ticket.domain;

import java.util.EnumSet;
import java.util.Set;

import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.ACKNOWLEDGED;
import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.AWAITING_CUSTOMER;
import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.CLOSED;
import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.ESCALATED;
import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.FILED;
import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.IN_PROGRESS;
import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.REOPENED;
import static gr.cloudu.helpdesk.ticket.domain.TicketStatus.RESOLVED;

/**
 * What people (and the deadline watch) can do to a ticket, and from which statuses: the ticket's state
 * machine in one table. {@link Ticket} applies an action; anything not allowed here is an illegal transition.
 */
public enum TicketAction {
    ACKNOWLEDGE(EnumSet.of(FILED, REOPENED), false, false),
    START(EnumSet.of(FILED, ACKNOWLEDGED, REOPENED), false, false),
    ESCALATE(EnumSet.of(FILED, ACKNOWLEDGED, IN_PROGRESS, ESCALATED, REOPENED), false, false),
    ASSIGN(EnumSet.of(FILED, ACKNOWLEDGED, IN_PROGRESS, ESCALATED, AWAITING_CUSTOMER, REOPENED), false, false),
    AWAIT_CUSTOMER(EnumSet.of(FILED, ACKNOWLEDGED, IN_PROGRESS, ESCALATED, REOPENED), false, false),
    RESUME(EnumSet.of(AWAITING_CUSTOMER), false, false),
    RESOLVE(EnumSet.of(FILED, ACKNOWLEDGED, IN_PROGRESS, ESCALATED, AWAITING_CUSTOMER, REOPENED), true, false),
    CLOSE(EnumSet.of(RESOLVED), false, true),
    REOPEN(EnumSet.of(RESOLVED, CLOSED), true, true);

    private final Set<TicketStatus> from;
    private final boolean commentRequired;
    private final boolean customerMay;

    TicketAction(Set<TicketStatus> from, boolean commentRequired, boolean customerMay) {
        this.from = from;
        this.commentRequired = commentRequired;
        this.customerMay = customerMay;
    }

    public boolean allowedFrom(TicketStatus status) {
        return from.contains(status);
    }

    /** A resolution says what was done, a reopening why: both are read in a dispute. */
    public boolean commentRequired() {
        return commentRequired;
    }

    /** The customer confirms a resolution (closing the ticket) or disputes it (reopening it); the rest is staff work. */
    public boolean customerMay() {
        return customerMay;
    }

    /** The actions allowed from a status, in the order people usually take them. */
    public static Set<TicketAction> availableFrom(TicketStatus status) {
        Set<TicketAction> available = EnumSet.noneOf(TicketAction.class);
        for (TicketAction action : values()) {
            if (action.allowedFrom(status)) {
                available.add(action);
            }
        }
        return available;
    }
}
