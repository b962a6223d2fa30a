package gr.cloudu.helpdesk.ticket.domain;

/**
 * Who did something to a ticket, and in what capacity (the role of a staff member, the capacity of a
 * customer's contact, or the system itself), as recorded in the life-cycle.
 */
public record Actor(String name, String capacity) {

    public static final String SYSTEM_CAPACITY = "SYSTEM";

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor has a name");
        }
        capacity = capacity == null || capacity.isBlank() ? null : capacity;
    }

    /** The help desk's own machinery: the mailbox, timers, the receipt sender. */
    public static Actor system(String part) {
        return new Actor(part, SYSTEM_CAPACITY);
    }
}
