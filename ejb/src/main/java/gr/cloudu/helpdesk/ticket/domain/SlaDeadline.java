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

/**
 * One deadline of a ticket (response, on-site, restore): when it falls due, when its warning goes out, and
 * how it ended. Part of the {@link Ticket} aggregate; it changes only through the ticket. Kept as rows so the
 * deadline watch finds what is due with one indexed query instead of one timer per ticket (ADR 0009).
 */
@Entity
@Table(name = "sla_deadline")
public class SlaDeadline {

    @Id
    @SequenceGenerator(name = "sla_deadline_seq", sequenceName = "sla_deadline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_deadline_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeadlineKind kind;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    private Instant warnAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineOutcome outcome;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    protected SlaDeadline() {
    }

    SlaDeadline(Ticket ticket, DeadlineKind kind, Instant dueAt, Instant warnAt) {
        this.ticket = ticket;
        this.kind = kind;
        this.dueAt = dueAt;
        this.warnAt = warnAt;
        this.outcome = DeadlineOutcome.PENDING;
    }

    boolean pending() {
        return outcome == DeadlineOutcome.PENDING;
    }

    void reschedule(Instant due, Instant warn) {
        dueAt = due;
        warnAt = warn;
        if (warnedAt != null && warn.isAfter(warnedAt)) {
            // Moved well past the warning already given (a pause, a milder severity): warn again in time.
            warnedAt = null;
        }
    }

    /** Settles a pending deadline by what it waited for, done at {@code at}: met if in time, breached if late. */
    void meet(Instant at) {
        outcome = at.isAfter(dueAt) ? DeadlineOutcome.BREACHED : DeadlineOutcome.MET;
        settledAt = at;
    }

    void breach() {
        outcome = DeadlineOutcome.BREACHED;
        settledAt = dueAt;
    }

    void waive(Instant at) {
        outcome = DeadlineOutcome.WAIVED;
        settledAt = at;
    }

    /** A restore deadline met by a resolution that did not hold runs again when the ticket is reopened. */
    void reopen() {
        outcome = DeadlineOutcome.PENDING;
        settledAt = null;
    }

    void warned(Instant at) {
        warnedAt = at;
    }

    boolean warningDue(Instant now) {
        return pending() && warnedAt == null && !warnAt.isAfter(now);
    }

    boolean overdue(Instant now) {
        return pending() && !dueAt.isAfter(now);
    }

    public DeadlineKind kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public DeadlineOutcome outcome() {
        return outcome;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public Instant warnedAt() {
        return warnedAt;
    }
}
