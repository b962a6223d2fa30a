package gr.cloudu.helpdesk.ticket.domain;

/** What the contract's update rate asks of a ticket at a given moment. */
public enum UpdateDue {
    /** Not due, or handled already. */
    NOTHING,
    /** Due, and a note for the customer is waiting: it goes out as the update. */
    SEND_NOTE,
    /** Due and nothing to send: the owner has just been reminded (once per due time). */
    REMIND
}
