package gr.cloudu.helpdesk.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Something that waits for a member of staff in the application: an assignment, a visit to route or decide. */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry {

    /**
     * What the entry is about. A preventive-maintenance visit has no filing number: its entry carries
     * {@code PM-<visit id>} in that place; when it is given to another engineer, the one it was taken from gets
     * {@code MAINTENANCE_WITHDRAWN}.
     */
    public enum Kind {
        ASSIGNMENT, VISIT_TO_ROUTE, VISIT_TO_APPROVE, VISIT_APPROVED, VISIT_REJECTED, VISIT_CANCELLED, MAINTENANCE_SCHEDULED,
        MAINTENANCE_WITHDRAWN
    }

    @Id
    @SequenceGenerator(name = "inbox_entry_seq", sequenceName = "inbox_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_entry_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "filing_number", nullable = false, updatable = false)
    private String filingNumber;

    @Column(name = "reference_id", updatable = false)
    private Long referenceId;

    @Column(nullable = false, length = 2000, updatable = false)
    private String text;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxEntry() {
    }

    public InboxEntry(String username, Instant at, Kind kind, String filingNumber, Long referenceId, String text) {
        this.username = username;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        this.kind = kind;
        this.filingNumber = filingNumber;
        this.referenceId = referenceId;
        this.text = text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at.truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Kind kind() {
        return kind;
    }

    public String filingNumber() {
        return filingNumber;
    }

    public Long referenceId() {
        return referenceId;
    }

    public String text() {
        return text;
    }

    public Instant readAt() {
        return readAt;
    }
}
