package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.ticket.domain.LifecycleEventType;

import java.time.Instant;

/** One entry of a ticket's life-cycle as the interfaces show it. */
public record LifecycleEntry(int seq, Instant at, LifecycleEventType type, String actor, String detail, String hash) {
}
