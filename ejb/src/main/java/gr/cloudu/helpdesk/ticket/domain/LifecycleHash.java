package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.Sha256;

import java.time.Instant;

/**
 * The hash chain of a life-cycle: each event's hash covers its own content and the hash of the event
 * before it, so altering, removing or reordering any recorded event breaks every hash after it.
 */
public final class LifecycleHash {

    /** The "previous hash" of a ticket's first event. */
    public static final String GENESIS = "0".repeat(64);

    private LifecycleHash() {
    }

    /**
     * The hash of one event. The actor's capacity joined the life-cycle later: an event recorded without
     * one hashes exactly as it did then, so older chains stay verifiable.
     */
    public static String of(String previousHash, int seq, Instant at, LifecycleEventType type, String actor,
                            String actorCapacity, String detail) {
        String who = actorCapacity == null ? actor : actor + "\u001e" + actorCapacity;
        String canonical = String.join("\u001f", previousHash, Integer.toString(seq), at.toString(), type.name(),
                who, detail == null ? "" : detail);
        return Sha256.hex(canonical);
    }
}
