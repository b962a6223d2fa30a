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
        if (everyMonths == null || everyMonths < 1 || everyMonths > 24) {
            throw BusinessException.invalid("everyMonths", "out_of_range", "everyMonths", 1, 24);
        }
        if (firstDue == null) {
            throw BusinessException.invalid("firstDue", "required", "firstDue");
        }
        // A start in the past would owe every occurrence since, at once: the first visit is today or later.
        if (firstDue.isBefore(today)) {
            throw BusinessException.invalid("firstDue", "date_in_past", firstDue);
        }
        int lead = leadDays == null ? 14 : leadDays;
        if (lead < 0 || lead > 90) {
            throw BusinessException.invalid("leadDays", "out_of_range", "leadDays", 0, 90);
        }
        List<String> items = checklist == null ? List.of() : checklist.stream()
                .filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (items.isEmpty()) {
            throw BusinessException.invalid("checklist", "required", "checklist");
        }
        if (items.size() > MAX_ITEMS) {
            throw BusinessException.invalid("checklist", "too_many_items", MAX_ITEMS);
        }
        if (items.stream().anyMatch(i -> i.length() > MAX_ITEM_LENGTH)) {
            throw BusinessException.invalid("checklist", "too_long", "checklist", MAX_ITEM_LENGTH);
        }
        this.contractCode = contractCode;
        this.equipmentSerial = equipmentSerial;
        this.everyMonths = everyMonths;
        this.firstDue = firstDue;
        this.leadDays = lead;
        this.checklist = new ArrayList<>(items);
        this.nextDue = firstDue;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
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
