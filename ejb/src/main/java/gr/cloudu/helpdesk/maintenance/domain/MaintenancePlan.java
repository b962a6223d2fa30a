package gr.cloudu.helpdesk.maintenance.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A preventive-maintenance plan (DOMAIN.md §10 Level II): one machine under a contract is serviced every few
 * months with a checklist. Occurrence <i>n</i> falls due on {@code firstDue + n × everyMonths} (from the first
 * date itself, so the day of the month never drifts); each becomes a {@link MaintenanceVisit} {@code leadDays}
 * ahead, so it can be scheduled with the customer in time.
 */
@Entity
@Table(name = "maintenance_plan")
public class MaintenancePlan {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_ITEM_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "maintenance_plan_seq", sequenceName = "maintenance_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maintenance_plan_seq")
    private Long id;

    @Column(name = "contract_code", nullable = false, updatable = false)
    private String contractCode;

    @Column(name = "equipment_serial", nullable = false, updatable = false)
    private String equipmentSerial;

    @Column(name = "every_months", nullable = false)
    private int everyMonths;

    @Column(name = "first_due", nullable = false)
    private LocalDate firstDue;

    @Column(name = "lead_days", nullable = false)
    private int leadDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maintenance_plan_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", nullable = false, length = MAX_ITEM_LENGTH)
    private List<String> checklist = new ArrayList<>();

    @Column(name = "occurrences", nullable = false)
    private int occurrences;

    @Column(name = "next_due", nullable = false)
    private LocalDate nextDue;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MaintenancePlan() {
    }

    public MaintenancePlan(String contractCode, String equipmentSerial, Integer everyMonths, LocalDate firstDue, Integer leadDays,
                           List<String> checklist, String createdBy, Instant createdAt, LocalDate today) {
        this.contractCode = contractCode;
        this.equipmentSerial = equipmentSerial;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        apply(everyMonths, firstDue, "firstDue", leadDays, checklist, today);
    }

    /**
     * Changes how the plan goes on: occurrences are counted again from {@code nextDue} (its current next due day when
     * null) every {@code everyMonths}, produced {@code leadDays} ahead (its current lead when null) with the new checklist. Visits already produced
     * keep what was asked of them; the revised plan starts after the last of them ({@code producedUntil}).
     */
    public void revise(Integer everyMonths, LocalDate nextDue, Integer leadDays, List<String> checklist, LocalDate today,
                       LocalDate producedUntil) {
        if (!active) {
            throw BusinessException.conflict("maintenance_plan_ended", id);
        }
        LocalDate start = nextDue == null ? this.nextDue : nextDue;
        if (producedUntil != null && !start.isAfter(producedUntil)) {
            throw BusinessException.invalid("nextDue", "maintenance_already_produced", producedUntil);
        }
        apply(everyMonths, start, "nextDue", leadDays == null ? this.leadDays : leadDays, checklist, today);
    }

    /**
     * Writes a changed checklist out with the old items gone first. EclipseLink writes an ordered element collection's
     * changes value by value in no fixed order, so an item taking a position another one leaves could be inserted before
     * that one is deleted (a primary-key violation); {@code flush} writes the plan with an empty checklist in between.
     */
    public void writeChecklistThrough(Runnable flush) {
        List<String> items = checklist;
        checklist = new ArrayList<>();
        flush.run();
        checklist = new ArrayList<>(items);
    }

    private void apply(Integer months, LocalDate start, String startField, Integer leadDays, List<String> items, LocalDate today) {
        if (months == null || months < 1 || months > 24) {
            throw BusinessException.invalid("everyMonths", "out_of_range", "everyMonths", 1, 24);
        }
        if (start == null) {
            throw BusinessException.invalid(startField, "required", startField);
        }
        // A start in the past would owe every occurrence since, at once: the first visit is today or later.
        if (start.isBefore(today)) {
            throw BusinessException.invalid(startField, "date_in_past", start);
        }
        int lead = leadDays == null ? 14 : leadDays;
        if (lead < 0 || lead > 90) {
            throw BusinessException.invalid("leadDays", "out_of_range", "leadDays", 0, 90);
        }
        List<String> kept = items == null ? List.of() : items.stream()
                .filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (kept.isEmpty()) {
            throw BusinessException.invalid("checklist", "required", "checklist");
        }
        if (kept.size() > MAX_ITEMS) {
            throw BusinessException.invalid("checklist", "too_many_items", MAX_ITEMS);
        }
        if (kept.stream().anyMatch(i -> i.length() > MAX_ITEM_LENGTH)) {
            throw BusinessException.invalid("checklist", "too_long", "checklist", MAX_ITEM_LENGTH);
        }
        this.everyMonths = months;
        this.firstDue = start;
        this.leadDays = lead;
        this.checklist = new ArrayList<>(kept);
        this.occurrences = 0;
        this.nextDue = start;
    }

    /**
     * The occurrences to turn into visits by {@code today}: every one due within the lead time, each once (the plan
     * moves on past them). A server that was down catches up with all it missed.
     */
    public List<LocalDate> takeDue(LocalDate today) {
        List<LocalDate> due = new ArrayList<>();
        while (active && !nextDue.isAfter(today.plusDays(leadDays))) {
            due.add(nextDue);
            occurrences++;
            nextDue = firstDue.plusMonths((long) everyMonths * occurrences);
        }
        return due;
    }

    /** Stops the plan: no further visits are produced (those produced stay). */
    public void end() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public String contractCode() {
        return contractCode;
    }

    public String equipmentSerial() {
        return equipmentSerial;
    }

    public int everyMonths() {
        return everyMonths;
    }

    public LocalDate firstDue() {
        return firstDue;
    }

    public int leadDays() {
        return leadDays;
    }

    public List<String> checklist() {
        return Collections.unmodifiableList(checklist);
    }

    public LocalDate nextDue() {
        return nextDue;
    }

    public boolean active() {
        return active;
    }
}
