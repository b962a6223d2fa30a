package gr.cloudu.helpdesk.ticket.application;

/** What became of one {@link ArrivedReport} of a group filed together: filed, or refused for its own reason. */
public record FilingOutcome(TicketDetail filed, RuntimeException refused) {

    static FilingOutcome filed(TicketDetail ticket) {
        return new FilingOutcome(ticket, null);
    }

    static FilingOutcome refused(RuntimeException reason) {
        return new FilingOutcome(null, reason);
    }

    /** The filed ticket, or the refusal thrown for the sender to answer as usual. */
    TicketDetail ticketOrThrow() {
        if (refused != null) {
            throw refused;
        }
        return filed;
    }
}
