package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.FittedPart;
import gr.cloudu.helpdesk.dispatch.domain.InboxEntry;
import gr.cloudu.helpdesk.dispatch.domain.RequestedPart;
import gr.cloudu.helpdesk.dispatch.domain.VisitRequest;
import gr.cloudu.helpdesk.dispatch.domain.VisitStatus;
import gr.cloudu.helpdesk.equipment.application.EquipmentMaintenanceService;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.application.PartFitted;
import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.notification.application.CustomerUpdateMail;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.shared.application.BusinessMessages;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.sla.application.SlaPolicies;
import gr.cloudu.helpdesk.ticket.domain.Actor;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.LifecycleEventType;
import gr.cloudu.helpdesk.ticket.application.TicketHolderChanged;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Visits for faults that need someone on site (DOMAIN.md §11-12): the engineer asks with the spare parts,
 * the supervisor routes with the engineer, the technical support manager approves or rejects, the customer
 * is told the date, and the engineer records the visit, which changes the machine's composition and history
 * and settles the on-site deadline by the arrival time. Each step is one transaction on the locked request
 * and its ticket, and one entry in the ticket's life-cycle with the actor and the reason.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
public class VisitService {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CallerScopes callers;

    @Inject
    private EquipmentQueries equipment;

    @Inject
    private EquipmentMaintenanceService maintenance;

    @Inject
    private CustomerUpdateMail customerMail;

    @Inject
    private Inbox inbox;

    @Inject
    private SlaPolicies policies;

    @Resource
    private SessionContext context;

    /**
     * The engineer holding the fault asks for a visit. Parts that no machine of the model carries are kept,
     * with a warning for the approvers.
     */
    @RolesAllowed({"ENGINEER", "SUPERVISOR", "MANAGER", "ADMIN"})
    public VisitView request(String filingNumber, RequestVisit command) {
        CallerScope caller = callers.current();
        Ticket ticket = ticket(filingNumber);
        if (!caller.username().equals(ticket.assignee()) && !caller.has(Role.SUPERVISOR) && !caller.has(Role.MANAGER)
                && !caller.has(Role.ADMIN)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "not_your_ticket", null, filingNumber);
        }
        if (!ticket.status().open()) {
            throw BusinessException.conflict("illegal_transition", "REQUEST_VISIT", ticket.status());
        }
        List<RequestedPart> parts = parts(ticket, command.parts() == null ? List.of() : command.parts());
        Instant now = clock.instant();
        VisitRequest visit = new VisitRequest(ticket.id(), ticket.filingNumber().value(), ticket.equipmentSerial(),
                caller.username(), now, command.reason(), parts);
        em.persist(visit);
        em.flush();
        ticket.recordFieldWork(LifecycleEventType.VISIT_REQUESTED, now, actor(caller), "visit=" + visit.id()
                + "; parts=" + parts.stream().map(RequestedPart::toString).collect(Collectors.joining(", "))
                + (visit.reason() == null ? "" : "; comment=" + visit.reason()));
        for (String supervisor : DispatchReach.supervisorsOf(caller.username(), em)) {
            em.persist(new InboxEntry(supervisor, now, InboxEntry.Kind.VISIT_TO_ROUTE, visit.filingNumber(), visit.id(),
                    "[" + visit.filingNumber() + "] " + ticket.subject() + " — " + caller.fullName()));
        }
        return VisitView.of(visit);
    }

    /**
     * The supervisor routes a request of an engineer of their team: who goes, on which day, in which window.
     * A visit with parts then waits for the manager; one without is scheduled at once.
     */
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    public VisitView route(Long visitId, RouteVisit command) {
        CallerScope caller = callers.current();
        VisitRequest visit = visit(visitId);
        if (!caller.has(Role.ADMIN) && !DispatchReach.routedBy(caller.username(), em).contains(visit.requestedBy())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "not_your_team", null, visit.requestedBy());
        }
        if (command.engineer() != null && !command.engineer().isBlank()
                && !callers.of(command.engineer().strip()).map(u -> u.has(Role.ENGINEER)).orElse(false)) {
            throw BusinessException.invalid("engineer", "unknown_engineer", command.engineer());
        }
        Ticket ticket = openTicket(visit, "ROUTE_VISIT");
        Instant now = clock.instant();
        List<RequestedPart> asked = command.parts() == null ? null : parts(ticket, command.parts());
        boolean revised = visit.route(caller.username(), command.engineer(), command.date(), command.from(), command.to(),
                command.note(), asked, LocalDate.ofInstant(now, ATHENS), now);
        ticket.recordFieldWork(LifecycleEventType.VISIT_ROUTED, now, actor(caller), "visit=" + visit.id() + "; engineer="
                + visit.engineer() + "; date=" + visit.visitDate() + "; window=" + visit.windowFrom() + "-" + visit.windowTo()
                + (!revised ? "" : "; parts=" + asked.stream().map(RequestedPart::toString).collect(Collectors.joining(", ")))
                + (visit.routingNote() == null ? "" : "; comment=" + visit.routingNote()));
        inbox.settle(InboxEntry.Kind.VISIT_TO_ROUTE, visit.id(), now);
        if (visit.status() == VisitStatus.ROUTED) {
            for (String manager : DispatchReach.usersWith(Role.MANAGER, em)) {
                em.persist(new InboxEntry(manager, now, InboxEntry.Kind.VISIT_TO_APPROVE, visit.filingNumber(), visit.id(),
                        "[" + visit.filingNumber() + "] " + ticket.subject() + " — " + visit.parts().size() + " part(s), "
                                + visit.visitDate()));
            }
        } else {
            scheduled(visit, ticket, now);
        }
        return view(visit);
    }

    // The parts as asked for; one that no machine of the model carries is kept, marked, for the approvers to see.
    private List<RequestedPart> parts(Ticket ticket, List<RequestVisit.Part> asked) {
        Set<String> known = ticket.equipmentSerial() == null ? Set.of()
                : equipment.find(ticket.equipmentSerial()).map(Equipment::model).map(equipment::knownPartNumbers).orElse(Set.of());
        List<RequestedPart> parts = new ArrayList<>();
        for (RequestVisit.Part p : asked) {
            if (p == null) {
                throw BusinessException.invalid("parts", "required", "parts");
            }
            parts.add(new RequestedPart(p.partNumber(), p.quantity() == null ? 1 : p.quantity(), p.reason(), p.slot(),
                    p.partNumber() != null && known.contains(p.partNumber().strip().toUpperCase(Locale.ROOT))));
        }
        return parts;
    }

    /** The technical support manager approves a routed visit; the visit is scheduled and the customer told. */
    @RolesAllowed({"MANAGER"})
    public VisitView approve(Long visitId, String reason) {
        CallerScope caller = callers.current();
        VisitRequest visit = visit(visitId);
        Ticket ticket = openTicket(visit, "APPROVE_VISIT");
        Instant now = clock.instant();
        visit.approve(caller.username(), reason, now);
        ticket.recordFieldWork(LifecycleEventType.VISIT_APPROVED, now, actor(caller), "visit=" + visit.id()
                + (visit.decisionReason() == null ? "" : "; comment=" + visit.decisionReason()));
        decided(visit, InboxEntry.Kind.VISIT_APPROVED, ticket, now);
        scheduled(visit, ticket, now);
        return view(visit);
    }

    @RolesAllowed({"MANAGER"})
    public VisitView reject(Long visitId, String reason) {
        CallerScope caller = callers.current();
        VisitRequest visit = visit(visitId);
        Ticket ticket = lockedTicket(visit);
        Instant now = clock.instant();
        visit.reject(caller.username(), reason, now);
        ticket.recordFieldWork(LifecycleEventType.VISIT_REJECTED, now, actor(caller), "visit=" + visit.id()
                + "; comment=" + visit.decisionReason());
        decided(visit, InboxEntry.Kind.VISIT_REJECTED, ticket, now);
        return view(visit);
    }

    /**
     * Decides several requests at once, each in its own transaction: one that cannot be decided (decided
     * already, one's own) is reported and does not hold up the others.
     */
    @RolesAllowed({"MANAGER"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<DecisionOutcome> decideAll(List<Long> visitIds, boolean approve, String reason, Locale language) {
        if (visitIds == null || visitIds.isEmpty()) {
            throw BusinessException.invalid("ids", "required", "ids");
        }
        VisitService self = context.getBusinessObject(VisitService.class);
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (Long id : visitIds) {
            try {
                VisitView done = approve ? self.approve(id, reason) : self.reject(id, reason);
                outcomes.add(new DecisionOutcome(id, true, done.status().name(), null, null));
            } catch (BusinessException e) {
                outcomes.add(new DecisionOutcome(id, false, null, e.code(), BusinessMessages.render(e, language)));
            }
        }
        return outcomes;
    }

    /**
     * A fault settled (resolved or closed) needs none of its visits still being decided: they are withdrawn, each
     * with an entry on the timeline, and leave the supervisors' and the manager's inboxes and approvals list. A
     * visit already scheduled stays: the engineer may still be needed on site to finish, or records nothing.
     */
    @PermitAll
    public void ticketSettled(@Observes TicketHolderChanged change) {
        if (!change.settled()) {
            return;
        }
        List<VisitRequest> undecided = em.createQuery("SELECT v FROM VisitRequest v WHERE v.ticketId = :t AND v.status IN :open",
                        VisitRequest.class)
                .setParameter("t", change.ticketId())
                .setParameter("open", List.of(VisitStatus.REQUESTED, VisitStatus.ROUTED))
                .getResultList();
        if (undecided.isEmpty()) {
            return;
        }
        Ticket ticket = em.find(Ticket.class, change.ticketId());
        for (VisitRequest visit : undecided) {
            visit.withdraw(change.by(), change.at());
            ticket.recordFieldWork(LifecycleEventType.VISIT_WITHDRAWN, change.at(), Actor.system("dispatch"),
                    "visit=" + visit.id() + "; the fault was settled before the visit was decided");
            inbox.settle(InboxEntry.Kind.VISIT_TO_ROUTE, visit.id(), change.at());
            inbox.settle(InboxEntry.Kind.VISIT_TO_APPROVE, visit.id(), change.at());
        }
    }

    /**
     * Calls off a scheduled visit that is no longer needed (the fault was put right remotely, the customer cannot receive
     * the engineer that day): the supervisor who routes the engineer's visits, or the manager, with a reason. The customer
     * is told (a message like any other, so it is on the timeline), and the engineer finds it in the inbox instead of the
     * visit.
     */
    @RolesAllowed({"SUPERVISOR", "MANAGER", "ADMIN"})
    public VisitView cancel(Long visitId, String reason) {
        CallerScope caller = callers.current();
        VisitRequest visit = visit(visitId);
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)
                && !DispatchReach.routedBy(caller.username(), em).contains(visit.requestedBy())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "not_your_team", null, visit.requestedBy());
        }
        Ticket ticket = lockedTicket(visit);
        Instant now = clock.instant();
        visit.cancel(caller.username(), reason, now);
        String what = "visit=" + visit.id() + "; date=" + visit.visitDate() + "; window=" + visit.windowFrom() + "-" + visit.windowTo()
                + "; comment=" + visit.cancelReason();
        ticket.recordFieldWork(LifecycleEventType.VISIT_CANCELLED, now, actor(caller), what);
        Set<String> to = customerMail.send(ticket, CustomerUpdateMail.Kind.VISIT_CANCELLED, visit.cancelReason(),
                DATE.format(visit.visitDate()), visit.windowFrom().toString(), visit.windowTo().toString());
        if (!to.isEmpty()) {
            ticket.customerInformed(CustomerUpdateMail.Kind.VISIT_CANCELLED.name(), String.join(", ", to), what, now, actor(caller),
                    policies.current());
        }
        inbox.settle(InboxEntry.Kind.VISIT_APPROVED, visit.id(), now);
        em.persist(new InboxEntry(visit.engineer(), now, InboxEntry.Kind.VISIT_CANCELLED, visit.filingNumber(), visit.id(),
                "[" + visit.filingNumber() + "] " + DATE.format(visit.visitDate()) + " — " + visit.cancelReason()));
        return view(visit);
    }

    /**
     * The engineer's record of the visit. The machine's composition follows the parts fitted, its history
     * shows the visit and each part, and the on-site deadline is settled by the arrival time.
     */
    @RolesAllowed({"ENGINEER"})
    public VisitView record(Long visitId, VisitReport report) {
        CallerScope caller = callers.current();
        VisitRequest visit = visit(visitId);
        if (!caller.username().equals(visit.engineer())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "not_your_visit", null, visitId);
        }
        Ticket ticket = lockedTicket(visit);
        Instant now = clock.instant();
        List<FittedPart> fitted = new ArrayList<>();
        for (VisitReport.Fitted p : report.parts() == null ? List.<VisitReport.Fitted>of() : report.parts()) {
            if (p == null) {
                throw BusinessException.invalid("parts", "required", "parts");
            }
            fitted.add(new FittedPart(p.slot(), p.partNumber(), p.removedSerial(), p.fittedSerial()));
        }
        visit.record(caller.username(), report.arrivedAt(), report.leftAt(), report.workDone(), fitted, now);
        String parts = fitted.stream().map(FittedPart::toString).collect(Collectors.joining(", "));
        if (visit.equipmentSerial() != null) {
            maintenance.recordVisit(visit.equipmentSerial(), visit.filingNumber(), visit.arrivedAt(), caller.username(),
                    "visit " + visit.id() + ": " + visit.workDone() + (parts.isEmpty() ? "" : "; parts: " + parts),
                    fitted.stream().map(f -> new PartFitted(f.slot(), f.partNumber(), f.removedSerial(), f.fittedSerial())).toList());
        }
        ticket.recordFieldWork(LifecycleEventType.VISIT_RECORDED, now, actor(caller), "visit=" + visit.id() + "; arrived="
                + visit.arrivedAt() + "; left=" + visit.leftAt() + "; work=" + visit.workDone()
                + (parts.isEmpty() ? "" : "; parts=" + parts));
        ticket.arrivedOnSite(visit.arrivedAt());
        return view(visit);
    }

    /**
     * The visit has its day: the customer is told (a message to the customer like any other, so it is on the
     * timeline as the proof and counts as their update) and the engineer finds it in their inbox.
     */
    private void scheduled(VisitRequest visit, Ticket ticket, Instant now) {
        String engineerName = callers.of(visit.engineer()).map(CallerScope::fullName).orElse(visit.engineer());
        String when = "visit=" + visit.id() + "; date=" + visit.visitDate() + "; window=" + visit.windowFrom() + "-" + visit.windowTo()
                + "; engineer=" + engineerName;
        ticket.recordFieldWork(LifecycleEventType.VISIT_SCHEDULED, now, Actor.system("dispatch"), when);
        Set<String> to = customerMail.send(ticket, CustomerUpdateMail.Kind.VISIT_SCHEDULED, "", DATE.format(visit.visitDate()),
                visit.windowFrom().toString(), visit.windowTo().toString(), engineerName);
        if (!to.isEmpty()) {
            ticket.customerInformed(CustomerUpdateMail.Kind.VISIT_SCHEDULED.name(), String.join(", ", to), when, now,
                    Actor.system("dispatch"), policies.current());
        }
        em.persist(new InboxEntry(visit.engineer(), now, InboxEntry.Kind.VISIT_APPROVED, visit.filingNumber(), visit.id(),
                "[" + visit.filingNumber() + "] " + DATE.format(visit.visitDate()) + " " + visit.windowFrom() + "-" + visit.windowTo()));
    }

    private void decided(VisitRequest visit, InboxEntry.Kind kind, Ticket ticket, Instant now) {
        inbox.settle(InboxEntry.Kind.VISIT_TO_APPROVE, visit.id(), now);
        if (kind == InboxEntry.Kind.VISIT_REJECTED || !visit.requestedBy().equals(visit.engineer())) {
            em.persist(new InboxEntry(visit.requestedBy(), now, kind, visit.filingNumber(), visit.id(),
                    "[" + visit.filingNumber() + "] " + ticket.subject()
                            + (visit.decisionReason() == null ? "" : " — " + visit.decisionReason())));
        }
    }

    private VisitView view(VisitRequest visit) {
        em.flush();
        return VisitView.of(visit);
    }



    private Ticket ticket(String filingNumber) {
        Long id = em.createQuery("SELECT t.id FROM Ticket t WHERE t.filingNumber.value = :n", Long.class)
                .setParameter("n", FilingNumber.parse(filingNumber).value())
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("ticket_not_found", filingNumber));
        return em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    // Its ticket is locked first, then the request: the order resolving the fault takes (it withdraws the fault's
    // undecided requests), so the two never deadlock. Of two simultaneous decisions the second finds it decided.
    private VisitRequest visit(Long visitId) {
        VisitRequest visit = visitId == null ? null : em.find(VisitRequest.class, visitId);
        DispatchReach reach = visit == null ? null : DispatchReach.of(callers.current(), em);
        if (visit == null || !reach.covers(visit.requestedBy()) && !reach.covers(visit.engineer() == null ? "" : visit.engineer())) {
            throw BusinessException.notFound("visit_not_found", visitId);
        }
        em.find(Ticket.class, visit.ticketId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(visit, LockModeType.PESSIMISTIC_WRITE);
        return visit;
    }

    private Ticket lockedTicket(VisitRequest visit) {
        return em.find(Ticket.class, visit.ticketId(), LockModeType.PESSIMISTIC_WRITE);
    }

    // A resolved or closed fault gets no visit scheduled; the record of a visit already made is still taken.
    private Ticket openTicket(VisitRequest visit, String action) {
        Ticket ticket = lockedTicket(visit);
        if (!ticket.status().open()) {
            throw BusinessException.conflict("illegal_transition", action, ticket.status());
        }
        return ticket;
    }

    // Once one supervisor routed, or one manager decided, the others' inbox entries about it are done with.
    private static Actor actor(CallerScope caller) {
        return new Actor(caller.username(), caller.capacity());
    }
}
