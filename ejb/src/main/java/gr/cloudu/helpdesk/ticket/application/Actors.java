package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.ticket.domain.Actor;

/** The life-cycle's actor for a caller of a use case. */
final class Actors {

    private Actors() {
    }

    static Actor of(CallerScope caller) {
        return new Actor(caller.username(), caller.capacity());
    }
}
