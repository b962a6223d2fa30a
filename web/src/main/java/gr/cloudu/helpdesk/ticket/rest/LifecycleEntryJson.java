package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.rest.ApiTime;
import gr.cloudu.helpdesk.ticket.application.LifecycleEntry;

import java.time.OffsetDateTime;

/** One life-cycle entry in {@code GET /tickets/{n}/events}, with the capacity the actor acted in. */
public record LifecycleEntryJson(int seq, OffsetDateTime at, String type, String actor, String actorCapacity, String detail,
                                 String hash) {

    static LifecycleEntryJson of(LifecycleEntry e) {
        return new LifecycleEntryJson(e.seq(), ApiTime.of(e.at()), e.type().name(), e.actor(), e.actorCapacity(), e.detail(),
                e.hash());
    }
}
