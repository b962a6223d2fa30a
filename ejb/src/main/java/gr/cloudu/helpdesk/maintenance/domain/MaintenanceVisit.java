package gr.cloudu.helpdesk.maintenance.domain;

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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One preventive-maintenance visit produced by a {@link MaintenancePlan}: due on a day, scheduled (engineer, date,
 * time window) like other visits but without a spare-part approval, and recorded by the engineer with the
 * plan's checklist filled in. Its checklist is copied from the plan when it is produced, so a later change of
 * the plan does not rewrite what was asked of a visit.
 */
@Entity
@Table(name = "maintenance_visit")
public class MaintenanceVisit {

    @Id
    @SequenceGenerator(name = "maintenance_visit_seq", sequenceName = "maintenance_visit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maintenance_visit_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "contract_code", nullable = false, updatable = false)
    private String contractCode;

    @Column(name = "equipment_serial", nullable = false, updatable = false)
    private String equipmentSerial;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaintenanceStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maintenance_check", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<CheckResult> checks = new ArrayList<>();

    private String engineer;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(name = "window_from")
    private LocalTime windowFrom;

    @Column(name = "window_to")
    private LocalTime windowTo;

    @Column(name = "scheduled_by")
    private String scheduledBy;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(length = 4000)
    private String summary;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MaintenanceVisit() {
    }

    public MaintenanceVisit(MaintenancePlan plan, LocalDate dueOn, Instant createdAt) {
        this.planId = plan.id();
        this.contractCode = plan.contractCode();
        this.equipmentSerial = plan.equipmentSerial();
        this.dueOn = dueOn;
        this.status = MaintenanceStatus.PLANNED;
        plan.checklist().forEach(item -> checks.add(new CheckResult(item)));
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Gives the visit its engineer, day and time window (again, to move it); not in the past, not once carried out. */
    public void schedule(String engineer, LocalDate date, LocalTime from, LocalTime to, LocalDate today, String by, Instant at) {
        if (status == MaintenanceStatus.DONE) {
            throw BusinessException.conflict("maintenance_done", id);
        }
        if (status == MaintenanceStatus.CANCELLED) {
            throw BusinessException.conflict("maintenance_cancelled", id);
        }
        if (engineer == null || engineer.isBlank()) {
            throw BusinessException.invalid("engineer", "required", "engineer");
        }
        if (date == null) {
            throw BusinessException.invalid("date", "required", "date");
        }
        if (date.isBefore(today)) {
            throw BusinessException.invalid("date", "date_in_past", date);
        }
        if (from == null) {
            throw BusinessException.invalid("from", "required", "from");
        }
        if (to == null || !to.isAfter(from)) {
            throw BusinessException.invalid("to", "window_backwards", from, to);
        }
        this.engineer = engineer.strip();
        this.visitDate = date;
        this.windowFrom = from;
        this.windowTo = to;
        this.scheduledBy = by;
        this.scheduledAt = at.truncatedTo(ChronoUnit.MICROS);
        this.status = MaintenanceStatus.SCHEDULED;
    }

    /** Its plan ended before anybody scheduled it: it is not owed any more. */
    public void cancel(String by, Instant at) {
        if (status != MaintenanceStatus.PLANNED) {
            throw BusinessException.conflict("maintenance_not_planned", id, status);
        }
        this.status = MaintenanceStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelledAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The engineer's record of the visit: every checklist item found in order or not (a remark is required for one
     * that is not), when they arrived and left, and a summary. Only a scheduled visit is recorded, once.
     */
    public void record(Map<Integer, Boolean> found, Map<Integer, String> remarks, Instant arrived, Instant left, String summary,
                       String by, Instant at) {
        if (status != MaintenanceStatus.SCHEDULED) {
            throw BusinessException.conflict("maintenance_not_scheduled", id, status);
        }
        if (arrived == null) {
            throw BusinessException.invalid("arrivedAt", "required", "arrivedAt");
        }
        // The times enter the machine's history: not in the future.
        if (arrived.isAfter(at)) {
            throw BusinessException.invalid("arrivedAt", "time_in_future", "arrivedAt");
        }
        if (left == null || left.isBefore(arrived)) {
            throw BusinessException.invalid("leftAt", "left_before_arrival", arrived, left);
        }
        if (left.isAfter(at)) {
            throw BusinessException.invalid("leftAt", "time_in_future", "leftAt");
        }
        if (summary != null && summary.length() > 4000) {
            throw BusinessException.invalid("summary", "too_long", "summary", 4000);
        }
        for (int i = 0; i < checks.size(); i++) {
            Boolean ok = found.get(i);
            if (ok == null) {
                throw BusinessException.invalid("results", "checklist_incomplete", i + 1, checks.get(i).item());
            }
            String remark = remarks.get(i);
            if (remark != null && remark.length() > 2000) {
                throw BusinessException.invalid("results", "too_long", "remark", 2000);
            }
            if (!ok && (remark == null || remark.isBlank())) {
                throw BusinessException.invalid("results", "remark_required", i + 1, checks.get(i).item());
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            checks.get(i).found(found.get(i), remarks.get(i));
        }
        this.arrivedAt = arrived.truncatedTo(ChronoUnit.MICROS);
        this.leftAt = left.truncatedTo(ChronoUnit.MICROS);
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.recordedBy = by;
        this.recordedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.status = MaintenanceStatus.DONE;
    }

    /** What the machine's history says of the visit: the summary and the checklist items not in order. */
    public String historySummary() {
        List<String> faults = checks.stream().filter(c -> Boolean.FALSE.equals(c.ok()))
                .map(c -> c.item() + ": " + c.remark()).toList();
        return "Preventive maintenance" + (summary == null ? "" : ": " + summary)
                + (faults.isEmpty() ? "; checklist in order" : "; not in order: " + String.join("; ", faults));
    }

    public Long id() {
        return id;
    }

    public Long planId() {
        return planId;
    }

    public String contractCode() {
        return contractCode;
    }

    public String equipmentSerial() {
        return equipmentSerial;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public MaintenanceStatus status() {
        return status;
    }

    public List<CheckResult> checks() {
        return Collections.unmodifiableList(checks);
    }

    public String engineer() {
        return engineer;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public LocalTime windowFrom() {
        return windowFrom;
    }

    public LocalTime windowTo() {
        return windowTo;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
