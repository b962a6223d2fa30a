package gr.cloudu.helpdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The record of one sweep over the whole filing register that recomputed every ticket's hash chain.
 * A broken chain means someone changed the life-cycle outside the application; the audit names the
 * tickets so that the dispute-proof record can be restored from backups before it is needed.
 */
@Entity
@Table(name = "lifecycle_audit")
public class LifecycleAudit {

    @Id
    @SequenceGenerator(name = "lifecycle_audit_seq", sequenceName = "lifecycle_audit_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lifecycle_audit_seq")
    private Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "tickets_checked", nullable = false, updatable = false)
    private long ticketsChecked;

    @Column(name = "broken_count", nullable = false, updatable = false)
    private int brokenCount;

    @Column(name = "broken_filing_numbers", length = 20000, updatable = false)
    private String brokenFilingNumbers;

    protected LifecycleAudit() {
    }

    public LifecycleAudit(Instant startedAt, long ticketsChecked, List<String> broken) {
        this.startedAt = startedAt;
        this.ticketsChecked = ticketsChecked;
        this.brokenCount = broken.size();
        this.brokenFilingNumbers = String.join(",", broken);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long ticketsChecked() {
        return ticketsChecked;
    }

    public int brokenCount() {
        return brokenCount;
    }

    public List<String> brokenFilingNumbers() {
        return brokenFilingNumbers == null || brokenFilingNumbers.isEmpty() ? List.of()
                : Arrays.asList(brokenFilingNumbers.split(","));
    }
}
