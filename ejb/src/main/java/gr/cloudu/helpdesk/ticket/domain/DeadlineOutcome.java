package gr.cloudu.helpdesk.ticket.domain;

/** How a deadline ended, or that it still runs. */
public enum DeadlineOutcome {
    PENDING,
    MET,
    BREACHED,
    /** No longer applies: the fault was restored without the visit an on-site deadline waits for. */
    WAIVED
}
