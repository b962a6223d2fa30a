package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.ticket.domain.LifecycleEventType;

import java.time.Instant;

/** One entry of a ticket's life-cycle as the interfaces show it, with the actor's capacity. */
public record LifecycleEntry(int seq, Instant at, LifecycleEventType type, String actor, String actorCapacity,
                             String detail, String hash) {
}
