package gr.cloudu.helpdesk.ticket.domain;

import java.time.Instant;

/** A ticket's service-level standing at a moment, as the API and the queues show it. */
public enum SlaState {
    ON_TRACK, WARNING, BREACHED, PAUSED;

    /**
     * The standing from what a ticket keeps of its deadlines: paused while awaiting the customer, breached
     * once any deadline was missed (or the next one has passed and the watch has not got to it yet), warning
     * once the next one's warning time has come.
     */
    public static SlaState of(TicketStatus status, boolean breached, Instant nextDueAt, Instant nextWarnAt, Instant now) {
        if (status == TicketStatus.AWAITING_CUSTOMER) {
            return PAUSED;
        }
        if (breached || (nextDueAt != null && !nextDueAt.isAfter(now))) {
            return BREACHED;
        }
        if (nextWarnAt != null && !nextWarnAt.isAfter(now)) {
            return WARNING;
        }
        return ON_TRACK;
    }
}
