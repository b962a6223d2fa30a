package gr.cloudu.helpdesk.dispatch.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
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
import java.util.Objects;

/**
 * An on-site visit for a fault (DOMAIN.md §11-12). The engineer requests it with the spare parts it needs; the
 * engineer's supervisor routes it together with the engineer: the date, the time window and who goes; the
 * technical support manager then approves or rejects it, giving the reason. Only an approved visit is
 * scheduled and told to the customer. A visit without parts needs no approval: routing schedules it. After
 * the visit the engineer records the arrival and departure, the work done and the parts fitted.
 *
 * <p>Nobody decides on their own request or routing, and a decision is taken once: the second of two
 * simultaneous approvals finds the request decided and is refused.
 */
@Entity
@Table(name = "visit_request")
public class VisitRequest {

    @Id
    @SequenceGenerator(name = "visit_request_seq", sequenceName = "visit_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_request_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private Long ticketId;

    @Column(name = "filing_number", nullable = false, updatable = false)
    private String filingNumber;

    @Column(name = "equipment_serial", updatable = false)
    private String equipmentSerial;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(length = 2000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_part", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<RequestedPart> parts = new ArrayList<>();

    @Column(name = "routed_by")
    private String routedBy;

    @Column(name = "routed_at")
    private Instant routedAt;

    private String engineer;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(name = "window_from")
    private LocalTime windowFrom;

    @Column(name = "window_to")
    private LocalTime windowTo;

    @Column(name = "routing_note", length = 2000)
    private String routingNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "work_done", length = 4000)
    private String workDone;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_part_fitted", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<FittedPart> fitted = new ArrayList<>();

    @Version
    private long version;

    protected VisitRequest() {
    }

    /** More parts than this on one visit is a stock order, not a visit. */
    public static final int MAX_PARTS = 50;

    public VisitRequest(Long ticketId, String filingNumber, String equipmentSerial, String requestedBy, Instant at,
                        String reason, List<RequestedPart> parts) {
        if (parts != null && parts.size() > MAX_PARTS) {
            throw BusinessException.invalid("parts", "too_many_parts", MAX_PARTS);
        }
        this.ticketId = ticketId;
        this.filingNumber = filingNumber;
        this.equipmentSerial = equipmentSerial;
        this.requestedBy = requestedBy;
        this.requestedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.reason = Require.optionalText("reason", reason, 2000);
        this.parts.addAll(parts == null ? List.of() : parts);
        this.status = VisitStatus.REQUESTED;
    }

    /**
     * The supervisor's routing with the engineer: who goes, on which day, in which window, and (when
     * {@code revisedParts} is not null) the parts to take instead of those requested. {@code today} is the company's
     * date now; a day already past is refused. A visit left without parts is scheduled by it. Answers whether the
     * parts were revised (the same parts again are not a revision).
     */
    public boolean route(String supervisor, String assignedEngineer, LocalDate date, LocalTime from, LocalTime to, String note,
                      List<RequestedPart> revisedParts, LocalDate today, Instant at) {
        if (status != VisitStatus.REQUESTED) {
            throw BusinessException.conflict("visit_not_awaiting_routing", id, status);
        }
        if (Objects.equals(supervisor, requestedBy)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "own_visit_request", null, id);
        }
        if (assignedEngineer == null || assignedEngineer.isBlank()) {
            throw BusinessException.invalid("engineer", "required", "engineer");
        }
        if (date == null) {
            throw BusinessException.invalid("date", "required", "date");
        }
        if (date.isBefore(today)) {
            throw BusinessException.invalid("date", "date_in_past", date);
        }
        if (from == null || to == null) {
            throw BusinessException.invalid(from == null ? "from" : "to", "required", from == null ? "from" : "to");
        }
        if (!to.isAfter(from)) {
            throw BusinessException.invalid("to", "window_backwards", from, to);
        }
        if (revisedParts != null && revisedParts.size() > MAX_PARTS) {
            throw BusinessException.invalid("parts", "too_many_parts", MAX_PARTS);
        }
        boolean revised = revisedParts != null && !sameParts(revisedParts);
        if (revised) {
            parts.clear();
            parts.addAll(revisedParts);
        }
        routedBy = supervisor;
        routedAt = at.truncatedTo(ChronoUnit.MICROS);
        engineer = assignedEngineer.strip();
        visitDate = date;
        windowFrom = from;
        windowTo = to;
        routingNote = Require.optionalText("note", note, 2000);
        status = needsApproval() ? VisitStatus.ROUTED : VisitStatus.APPROVED;
        return revised;
    }

    private boolean sameParts(List<RequestedPart> others) {
        if (others.size() != parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).sameAs(others.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Spare parts cost money and stock: only a visit that takes parts waits for the manager's approval. */
    public boolean needsApproval() {
        return !parts.isEmpty();
    }

    public void approve(String manager, String why, Instant at) {
        decide(manager, at);
        decisionReason = Require.optionalText("reason", why, 2000);
        status = VisitStatus.APPROVED;
    }

    public void reject(String manager, String why, Instant at) {
        String because = Require.text("reason", why, 2000);
        decide(manager, at);
        decisionReason = because;
        status = VisitStatus.REJECTED;
    }

    /** The fault was settled while the request still waited for a decision: nobody needs to decide it any more. */
    public void withdraw(String by, Instant at) {
        if (!status.undecided()) {
            throw BusinessException.conflict("visit_not_awaiting_approval", id, status);
        }
        decidedBy = by;
        decidedAt = at.truncatedTo(ChronoUnit.MICROS);
        decisionReason = "fault settled";
        status = VisitStatus.WITHDRAWN;
    }

    /** A scheduled visit no longer needed: it is called off, with the reason the customer and the engineer are given. */
    public void cancel(String by, String why, Instant at) {
        if (status != VisitStatus.APPROVED) {
            throw BusinessException.conflict("visit_not_scheduled", id, status);
        }
        String because = Require.text("reason", why, 2000);
        cancelledBy = by;
        cancelledAt = at.truncatedTo(ChronoUnit.MICROS);
        cancelReason = because;
        status = VisitStatus.CANCELLED;
    }

    private void decide(String manager, Instant at) {
        if (status != VisitStatus.ROUTED) {
            throw BusinessException.conflict("visit_not_awaiting_approval", id, status);
        }
        if (Objects.equals(manager, requestedBy) || Objects.equals(manager, routedBy) || Objects.equals(manager, engineer)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "own_visit_request", null, id);
        }
        decidedBy = manager;
        decidedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The engineer's record of the visit: when they arrived and left, what they did, the parts they fitted.
     * Times in the future or a departure before the arrival are refused.
     */
    public void record(String by, Instant arrived, Instant left, String done, List<FittedPart> partsFitted, Instant now) {
        if (status != VisitStatus.APPROVED) {
            throw BusinessException.conflict("visit_not_scheduled", id, status);
        }
        if (arrived == null) {
            throw BusinessException.invalid("arrivedAt", "required", "arrivedAt");
        }
        if (left == null) {
            throw BusinessException.invalid("leftAt", "required", "leftAt");
        }
        if (arrived.isAfter(now) || left.isAfter(now)) {
            throw BusinessException.invalid(left.isAfter(now) ? "leftAt" : "arrivedAt", "time_in_future",
                    left.isAfter(now) ? "leftAt" : "arrivedAt");
        }
        if (arrived.isBefore(requestedAt)) {
            throw BusinessException.invalid("arrivedAt", "arrival_before_request", arrived, requestedAt);
        }
        if (!left.isAfter(arrived)) {
            throw BusinessException.invalid("leftAt", "left_before_arrival", arrived, left);
        }
        if (partsFitted != null && partsFitted.size() > MAX_PARTS) {
            throw BusinessException.invalid("parts", "too_many_parts", MAX_PARTS);
        }
        workDone = Require.text("workDone", done, 4000);
        arrivedAt = arrived.truncatedTo(ChronoUnit.MICROS);
        leftAt = left.truncatedTo(ChronoUnit.MICROS);
        recordedBy = by;
        recordedAt = now.truncatedTo(ChronoUnit.MICROS);
        fitted.clear();
        fitted.addAll(partsFitted == null ? List.of() : partsFitted);
        status = VisitStatus.COMPLETED;
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

    public String equipmentSerial() {
        return equipmentSerial;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String reason() {
        return reason;
    }

    public VisitStatus status() {
        return status;
    }

    public List<RequestedPart> parts() {
        return Collections.unmodifiableList(parts);
    }

    public String routedBy() {
        return routedBy;
    }

    public Instant routedAt() {
        return routedAt;
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

    public String routingNote() {
        return routingNote;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public String workDone() {
        return workDone;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<FittedPart> fitted() {
        return Collections.unmodifiableList(fitted);
    }

    public long version() {
        return version;
    }
}
