package gr.cloudu.helpdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of a ticket's life-cycle. Written once, never updated; see {@link LifecycleHash}. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    @Id
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private LifecycleEventType type;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_capacity", updatable = false)
    private String actorCapacity;

    @Column(updatable = false, length = 20000)
    private String detail;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, int seq, Instant at, LifecycleEventType type, Actor actor, String detail,
                String previousHash) {
        this.ticket = ticket;
        this.seq = seq;
        this.at = at;
        this.type = type;
        this.actor = actor.name();
        this.actorCapacity = actor.capacity();
        this.detail = detail;
        this.hash = LifecycleHash.of(previousHash, seq, at, type, this.actor, actorCapacity, detail);
    }

    /** Whether this event's stored hash matches its content chained to the given previous hash. */
    public boolean chainsFrom(String previousHash) {
        return hash.equals(LifecycleHash.of(previousHash, seq, at, type, actor, actorCapacity, detail));
    }

    public int seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public LifecycleEventType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String actorCapacity() {
        return actorCapacity;
    }

    public String detail() {
        return detail;
    }

    public String hash() {
        return hash;
    }
}
