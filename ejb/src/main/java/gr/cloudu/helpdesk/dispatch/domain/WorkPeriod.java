package gr.cloudu.helpdesk.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One stretch of an engineer's work on a fault, with what they noted when they stopped. */
@Embeddable
public class WorkPeriod {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "note", length = 2000)
    private String note;

    protected WorkPeriod() {
    }

    WorkPeriod(Instant startedAt, String note) {
        this.startedAt = startedAt;
        this.note = note;
    }

    WorkPeriod stop(Instant at, String stopNote) {
        WorkPeriod done = new WorkPeriod(startedAt, stopNote == null ? note : note == null ? stopNote : note + " / " + stopNote);
        done.stoppedAt = at;
        return done;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public String note() {
        return note;
    }
}
