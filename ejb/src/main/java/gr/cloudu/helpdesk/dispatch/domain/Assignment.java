package gr.cloudu.helpdesk.dispatch.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fault given to an engineer. It is born when the ticket is assigned to someone with the ENGINEER role; the
 * engineer is notified (mail with the dispatch packet, an inbox entry), acknowledges it, logs the stretches of
 * work with notes, and either resolves the ticket or hands it back. Assigning the ticket to someone else
 * supersedes it. The work log sums the time worked.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private Long ticketId;

    @Column(name = "filing_number", nullable = false, updatable = false)
    private String filingNumber;

    @Column(nullable = false, updatable = false)
    private String engineer;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(length = 2000, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 2000)
    private String endReason;

    @Column(name = "working_since")
    private Instant workingSince;

    @Column(name = "worked_seconds", nullable = false)
    private long workedSeconds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_period", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    private List<WorkPeriod> work = new ArrayList<>();

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(Long ticketId, String filingNumber, String engineer, String assignedBy, Instant at, String note) {
        this.ticketId = ticketId;
        this.filingNumber = filingNumber;
        this.engineer = engineer;
        this.assignedBy = assignedBy;
        this.assignedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.status = AssignmentStatus.ASSIGNED;
    }

    /** The notification reached the engineer; only the first delivery counts. */
    public boolean notified(Instant at) {
        if (notifiedAt != null) {
            return false;
        }
        notifiedAt = at.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    public void acknowledge(Instant at) {
        if (status != AssignmentStatus.ASSIGNED) {
            throw BusinessException.conflict("assignment_not_open", id, status);
        }
        status = AssignmentStatus.ACKNOWLEDGED;
        acknowledgedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Starts a stretch of work; taking up the work is also an acknowledgement. */
    public void startWork(Instant at, String workNote) {
        requireActive();
        if (workingSince != null) {
            throw BusinessException.conflict("work_already_started", id);
        }
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        if (status == AssignmentStatus.ASSIGNED) {
            status = AssignmentStatus.ACKNOWLEDGED;
            acknowledgedAt = when;
        }
        workingSince = when;
        work.add(new WorkPeriod(when, blankToNull(workNote)));
    }

    /** Ends the current stretch of work; answers how long it lasted. */
    public Duration stopWork(Instant at, String workNote) {
        if (workingSince == null) {
            throw BusinessException.conflict("work_not_started", id);
        }
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        Duration lasted = Duration.between(workingSince, when);
        workedSeconds += lasted.getSeconds();
        work.set(work.size() - 1, work.get(work.size() - 1).stop(when, blankToNull(workNote)));
        workingSince = null;
        return lasted;
    }

    public void handBack(Instant at, String reason) {
        requireActive();
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "required", "reason");
        }
        end(at, AssignmentStatus.HANDED_BACK, reason.strip());
    }

    /**
     * The engineer is resolving the fault from this assignment, which must still be theirs: a running stretch of
     * work stops. Answers how long it lasted, or null if none was running.
     */
    public Duration resolving(Instant at) {
        requireActive();
        return workingSince == null ? null : stopWork(at, null);
    }

    /** The ticket went to someone else, or to nobody: this assignment ends (an open stretch of work stops then). */
    public void supersede(Instant at, String by) {
        if (status.active()) {
            end(at, AssignmentStatus.SUPERSEDED, "taken over by " + by);
        }
    }

    /** The fault was resolved or closed: the assignment is done. */
    public void complete(Instant at, String by) {
        if (status.active()) {
            end(at, AssignmentStatus.DONE, "settled by " + by);
        }
    }

    private void end(Instant at, AssignmentStatus outcome, String reason) {
        if (workingSince != null) {
            stopWork(at, null);
        }
        status = outcome;
        endedAt = at.truncatedTo(ChronoUnit.MICROS);
        endReason = reason;
    }

    private void requireActive() {
        if (!status.active()) {
            throw BusinessException.conflict("assignment_not_open", id, status);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public Long ticketId() {
        return ticketId;
    }

    public String filingNumber() {
        return filingNumber;
    }

    public String engineer() {
        return engineer;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String note() {
        return note;
    }

    public AssignmentStatus status() {
        return status;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public Instant workingSince() {
        return workingSince;
    }

    public Duration worked() {
        return Duration.ofSeconds(workedSeconds);
    }

    public List<WorkPeriod> work() {
        return Collections.unmodifiableList(work);
    }

    public long version() {
        return version;
    }
}
