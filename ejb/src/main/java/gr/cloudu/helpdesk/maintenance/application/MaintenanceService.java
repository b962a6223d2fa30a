package gr.cloudu.helpdesk.maintenance.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.dispatch.application.Inbox;
import gr.cloudu.helpdesk.dispatch.domain.InboxEntry;
import gr.cloudu.helpdesk.equipment.application.EquipmentMaintenanceService;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.maintenance.domain.MaintenancePlan;
import gr.cloudu.helpdesk.maintenance.domain.MaintenanceStatus;
import gr.cloudu.helpdesk.maintenance.domain.MaintenanceVisit;
import gr.cloudu.helpdesk.notification.application.OutgoingMail;
import gr.cloudu.helpdesk.notification.application.OutgoingMailPublisher;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Preventive maintenance (DOMAIN.md §10 Level II): managers plan it per contract and machine; the scheduled run
 * produces each visit {@code leadDays} ahead of its due day; a supervisor schedules it (engineer, day, window)
 * and the customer's Level II contacts are told; the engineer records it with the checklist, and the machine's
 * history shows it. No spare-part approval: a fault found on the way is reported as a fault.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
public class MaintenanceService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.time.ZoneId ATHENS = java.time.ZoneId.of("Europe/Athens");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerQueries customers;

    @Inject
    private EquipmentQueries equipment;

    @Inject
    private EquipmentMaintenanceService machines;

    @Inject
    private OutgoingMailPublisher mails;

    @Inject
    private Inbox inbox;

    @Inject
    private CallerScopes callers;

    @Inject
    private Clock clock;

    @RolesAllowed({"ADMIN", "SUPERVISOR", "MANAGER"})
    public PlanView createPlan(String contractCode, NewPlan plan) {
        Contract contract = customers.findContract(contractCode)
                .orElseThrow(() -> BusinessException.notFound("contract_not_found", contractCode));
        String serial = plan.equipmentSerial() == null ? null : plan.equipmentSerial().strip();
        if (serial == null || serial.isEmpty()) {
            throw BusinessException.invalid("equipmentSerial", "required", "equipmentSerial");
        }
        Equipment machine = equipment.find(serial).orElseThrow(() -> BusinessException.invalid("equipmentSerial",
                "equipment_not_under_contract", serial, contractCode));
        // Locked as a change of its contract locks it: a plan and a move to another contract do not pass each other.
        em.refresh(machine, LockModeType.PESSIMISTIC_WRITE);
        if (!machine.customerId().equals(contract.customerId())
                || machine.contractId() != null && !machine.contractId().equals(contract.id())) {
            throw BusinessException.invalid("equipmentSerial", "equipment_not_under_contract", serial, contractCode);
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(ATHENS).toLocalDate();
        MaintenancePlan created = new MaintenancePlan(contract.code(), machine.serial(), plan.everyMonths(), plan.firstDue(),
                plan.leadDays(), plan.checklist(), callers.current().username(), now, today);
        em.persist(created);
        em.flush();
        produceAtOnce(created, today, now);
        return PlanView.of(created);
    }

    /**
     * Changes a plan's frequency, next due day, lead days or checklist. Visits it produced already keep their day and
     * checklist (what was asked of them); the revised plan produces the ones after them.
     */
    @RolesAllowed({"ADMIN", "SUPERVISOR", "MANAGER"})
    public PlanView revisePlan(String contractCode, Long planId, PlanRevision revision) {
        MaintenancePlan plan = lockedPlan(contractCode, planId);
        LocalDate producedUntil = em.createQuery("SELECT MAX(v.dueOn) FROM MaintenanceVisit v WHERE v.planId = :plan", LocalDate.class)
                .setParameter("plan", plan.id()).getSingleResult();
        Instant now = clock.instant();
        LocalDate today = now.atZone(ATHENS).toLocalDate();
        plan.revise(revision.everyMonths(), revision.nextDue(), revision.leadDays(), revision.checklist(), today, producedUntil);
        plan.writeChecklistThrough(em::flush);
        produceAtOnce(plan, today, now);
        return PlanView.of(plan);
    }

    /** An occurrence already within the lead time is produced at once, not at the next scheduled run. */
    private void produceAtOnce(MaintenancePlan plan, LocalDate today, Instant now) {
        for (LocalDate day : plan.takeDue(today)) {
            em.persist(new MaintenanceVisit(plan, day, now));
        }
    }

    private MaintenancePlan lockedPlan(String contractCode, Long planId) {
        MaintenancePlan plan = planId == null ? null : em.find(MaintenancePlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !plan.contractCode().equals(contractCode)) {
            throw BusinessException.notFound("maintenance_plan_not_found", planId);
        }
        return plan;
    }

    /**
     * Ends a plan: it produces no further visits, and those it produced that nobody scheduled yet are cancelled. A
     * visit already scheduled stays: a day was agreed with the customer, and a supervisor decides about it.
     */
    @RolesAllowed({"ADMIN", "SUPERVISOR", "MANAGER"})
    public PlanView endPlan(String contractCode, Long planId) {
        MaintenancePlan plan = lockedPlan(contractCode, planId);
        plan.end();
        Instant now = clock.instant();
        em.createQuery("SELECT v FROM MaintenanceVisit v WHERE v.planId = :plan AND v.status = :planned", MaintenanceVisit.class)
                .setParameter("plan", plan.id()).setParameter("planned", MaintenanceStatus.PLANNED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().forEach(v -> v.cancel(callers.current().username(), now));
        return PlanView.of(plan);
    }

    public List<PlanView> plans(String contractCode) {
        return em.createQuery("SELECT p FROM MaintenancePlan p WHERE p.contractCode = :code ORDER BY p.nextDue, p.id", MaintenancePlan.class)
                .setParameter("code", contractCode).getResultStream().map(PlanView::of).toList();
    }

    /** A contract's maintenance visits (all contracts when null), optionally in one status, soonest due first. */
    public List<MaintenanceVisitView> visits(String contractCode, String status) {
        MaintenanceStatus wanted = status == null || status.isBlank() ? null
                : gr.cloudu.helpdesk.shared.domain.Require.oneOf("status", MaintenanceStatus.class, status);
        boolean byContract = contractCode != null && !contractCode.isBlank();
        // Only the conditions asked for: a null enum bound to "IS NULL" is refused by PostgreSQL's driver.
        jakarta.persistence.TypedQuery<MaintenanceVisit> query = em.createQuery("SELECT v FROM MaintenanceVisit v WHERE 1 = 1"
                + (byContract ? " AND v.contractCode = :code" : "") + (wanted != null ? " AND v.status = :status" : "")
                + " ORDER BY v.dueOn, v.id", MaintenanceVisit.class);
        if (byContract) {
            query.setParameter("code", contractCode);
        }
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        return query.setMaxResults(500).getResultStream().map(MaintenanceVisitView::of).toList();
    }

    public MaintenanceVisitView visit(Long id) {
        return MaintenanceVisitView.of(find(id));
    }

    /** The active plans whose next occurrence may fall within its lead time by {@code today} (lead times are at most 90 days). */
    @PermitAll
    public List<Long> duePlans(LocalDate today) {
        return em.createQuery("SELECT p.id FROM MaintenancePlan p WHERE p.active = TRUE AND p.nextDue <= :horizon ORDER BY p.id",
                        Long.class)
                .setParameter("horizon", today.plusDays(90)).getResultList();
    }

    /**
     * Produces the visits of one plan that are within its lead time on {@code today}, under the plan's row lock so two
     * servers never produce the same occurrence. Answers how many it made.
     */
    @PermitAll
    public int produceDue(Long planId, LocalDate today) {
        MaintenancePlan plan = em.find(MaintenancePlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        int made = 0;
        Instant now = clock.instant();
        for (LocalDate day : plan.takeDue(today)) {
            em.persist(new MaintenanceVisit(plan, day, now));
            made++;
        }
        return made;
    }

    /** A supervisor gives the visit its engineer, day and window; the customer's Level II contacts are told. */
    @RolesAllowed({"ADMIN", "SUPERVISOR", "MANAGER"})
    public MaintenanceVisitView schedule(Long id, String engineer, LocalDate date, java.time.LocalTime from, java.time.LocalTime to) {
        MaintenanceVisit visit = find(id);
        em.lock(visit, LockModeType.PESSIMISTIC_WRITE);
        if (engineer != null && !engineer.isBlank()
                && !callers.of(engineer.strip()).map(u -> u.has(Role.ENGINEER)).orElse(false)) {
            throw BusinessException.invalid("engineer", "unknown_engineer", engineer);
        }
        Instant now = clock.instant();
        String before = visit.engineer();
        String beforeText = entryText(visit);
        visit.schedule(engineer, date, from, to, now.atZone(ATHENS).toLocalDate(), callers.current().username(), now);
        Contract contract = customers.findContract(visit.contractCode()).orElseThrow();
        Customer customer = em.find(Customer.class, contract.customerId());
        String engineerName = callers.of(visit.engineer()).map(CallerScope::fullName).orElse(visit.engineer());
        for (Contact contact : customers.contactsAt(customer.id(), CommunicationLevel.II)) {
            mails.publish(OutgoingMail.maintenanceScheduled(contact.email(), customer.language(), visit.equipmentSerial(),
                    contract.code(), DAY.format(visit.visitDate()), visit.windowFrom().toString(), visit.windowTo().toString(),
                    engineerName));
        }
        // The engineer finds it in their inbox, as they find their assignments and visits. A visit moved replaces the
        // entry of its earlier day, and an engineer it was taken from is told so instead of keeping a stale day.
        inbox.settle(InboxEntry.Kind.MAINTENANCE_SCHEDULED, visit.id(), now);
        if (before != null && !before.equals(visit.engineer())) {
            em.persist(new InboxEntry(before, now, InboxEntry.Kind.MAINTENANCE_WITHDRAWN, "PM-" + visit.id(), visit.id(), beforeText));
        }
        em.persist(new InboxEntry(visit.engineer(), now, InboxEntry.Kind.MAINTENANCE_SCHEDULED, "PM-" + visit.id(), visit.id(),
                entryText(visit)));
        return MaintenanceVisitView.of(visit);
    }

    private static String entryText(MaintenanceVisit visit) {
        return visit.visitDate() == null ? null : "[PM-" + visit.id() + "] " + visit.equipmentSerial() + " "
                + DAY.format(visit.visitDate()) + " " + visit.windowFrom() + "-" + visit.windowTo();
    }

    /**
     * The engineer who went (or a supervisor) records the visit with every checklist item; it enters the machine's
     * history, with the items not in order.
     */
    public MaintenanceVisitView record(Long id, MaintenanceRecord record) {
        if (record == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        MaintenanceVisit visit = find(id);
        em.lock(visit, LockModeType.PESSIMISTIC_WRITE);
        CallerScope caller = callers.current();
        if (!caller.username().equals(visit.engineer()) && !caller.has(Role.SUPERVISOR) && !caller.has(Role.MANAGER)
                && !caller.has(Role.ADMIN)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "not_your_visit", null, id);
        }
        Map<Integer, Boolean> found = new HashMap<>();
        Map<Integer, String> remarks = new HashMap<>();
        for (MaintenanceRecord.Result r : record.results() == null ? List.<MaintenanceRecord.Result>of() : record.results()) {
            if (r.position() == null || r.position() < 1 || r.position() > visit.checks().size()) {
                throw BusinessException.invalid("results", "out_of_range", "position", 1, visit.checks().size());
            }
            found.put(r.position() - 1, r.ok());
            remarks.put(r.position() - 1, r.remark());
        }
        Instant now = clock.instant();
        visit.record(found, remarks, record.arrivedAt(), record.leftAt(), record.summary(), caller.username(), now);
        machines.recordVisit(visit.equipmentSerial(), "PM-" + visit.id(), visit.arrivedAt(), caller.username(), visit.historySummary(),
                List.of());
        return MaintenanceVisitView.of(visit);
    }

    private MaintenanceVisit find(Long id) {
        MaintenanceVisit visit = id == null ? null : em.find(MaintenanceVisit.class, id);
        if (visit == null) {
            throw BusinessException.notFound("maintenance_visit_not_found", id);
        }
        return visit;
    }
}
