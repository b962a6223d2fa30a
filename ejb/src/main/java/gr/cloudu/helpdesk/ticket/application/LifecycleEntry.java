package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.ticket.domain.LifecycleEventType;
import gr.cloudu.helpdesk.ticket.domain.TicketEvent;

import java.time.Instant;

/** One entry of a ticket's life-cycle as the interfaces show it, with the actor's capacity. */
public record LifecycleEntry(int seq, Instant at, LifecycleEventType type, String actor, String actorCapacity,
                             String detail, String hash) {

    public static LifecycleEntry of(TicketEvent e) {
        return new LifecycleEntry(e.seq(), e.at(), e.type(), e.actor(), e.actorCapacity(), e.detail(), e.hash());
    }
}
