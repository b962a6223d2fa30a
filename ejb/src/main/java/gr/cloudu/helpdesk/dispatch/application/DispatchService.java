package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.Assignment;
import gr.cloudu.helpdesk.dispatch.domain.InboxEntry;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.application.TicketHolderChanged;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.application.TicketLifecycleService;
import gr.cloudu.helpdesk.ticket.application.Transition;
import gr.cloudu.helpdesk.ticket.domain.TicketAction;
import gr.cloudu.helpdesk.ticket.domain.Actor;
import gr.cloudu.helpdesk.ticket.domain.LifecycleEventType;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Engineers' assignments: born when a ticket is assigned to an engineer (the dispatch notice is queued in the
 * same transaction), then acknowledged, worked with a log of start/stop and notes, and handed back if the
 * engineer cannot take it further. Every step is an entry in the ticket's life-cycle.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
public class DispatchService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CallerScopes callers;

    @Inject
    private DispatchNoticePublisher notices;

    @Inject
    private TicketLifecycleService lifecycle;

    @Inject
    private Inbox inbox;

    /**
     * The ticket changed hands: if it went to an engineer, their assignment starts and the notice with the
     * dispatch packet is queued; whoever held it before is relieved of it; a settled ticket ends the assignment.
     * Also called for the deadline watch's automatic escalations, which run as the system.
     */
    @PermitAll
    public void holderChanged(@Observes TicketHolderChanged change) {
        List<Assignment> active = em.createQuery("SELECT a FROM Assignment a WHERE a.ticketId = :ticket AND a.status IN"
                        + " (gr.cloudu.helpdesk.dispatch.domain.AssignmentStatus.ASSIGNED,"
                        + " gr.cloudu.helpdesk.dispatch.domain.AssignmentStatus.ACKNOWLEDGED)", Assignment.class)
                .setParameter("ticket", change.ticketId())
                .getResultList();
        if (change.settled()) {
            active.forEach(a -> {
                a.complete(change.at(), change.by());
                inbox.settle(InboxEntry.Kind.ASSIGNMENT, a.id(), change.at());
            });
            return;
        }
        boolean engineer = change.holder() != null && callers.of(change.holder()).map(u -> u.has(Role.ENGINEER)).orElse(false);
        if (engineer && active.stream().anyMatch(a -> a.engineer().equals(change.holder()))) {
            return;
        }
        // An assignment taken over by someone else is no longer waiting in its engineer's inbox.
        active.forEach(a -> {
            a.supersede(change.at(), change.by());
            inbox.settle(InboxEntry.Kind.ASSIGNMENT, a.id(), change.at());
        });
        if (!engineer) {
            return;
        }
        Assignment assignment = new Assignment(change.ticketId(), change.filingNumber(), change.holder(), change.by(),
                change.at(), change.note());
        em.persist(assignment);
        em.flush();
        // In the engineer's inbox at once, with the assignment: the mail with the packet may wait for the mail server.
        em.persist(new InboxEntry(change.holder(), change.at(), InboxEntry.Kind.ASSIGNMENT, change.filingNumber(), assignment.id(),
                DispatchDeliveryService.subject(change.filingNumber(), em.find(Ticket.class, change.ticketId()).subject())));
        notices.publish(new DispatchNotice(UUID.randomUUID().toString(), assignment.id(), change.filingNumber(),
                change.holder()));
    }

    /**
     * Assigns the fault to an engineer (the ticket's ASSIGN action, so the life-cycle and the queues see it)
     * and answers the assignment that starts.
     */
    @RolesAllowed({"ADMIN", "AGENT", "SUPERVISOR", "MANAGER"})
    public AssignmentView assign(String filingNumber, String engineer, String note, Long expectedVersion) {
        String who = engineer == null ? "" : engineer.strip();
        if (who.isEmpty()) {
            throw BusinessException.invalid("engineer", "required", "engineer");
        }
        if (!callers.of(who).map(u -> u.has(Role.ENGINEER)).orElse(false)) {
            throw BusinessException.invalid("engineer", "unknown_engineer", who);
        }
        TicketDetail ticket = lifecycle.transition(filingNumber, new Transition(TicketAction.ASSIGN, note, who, null, expectedVersion));
        Assignment assignment = em.createQuery("SELECT a FROM Assignment a WHERE a.filingNumber = :n AND a.engineer = :e"
                        + " ORDER BY a.assignedAt DESC, a.id DESC", Assignment.class)
                .setParameter("n", ticket.filingNumber())
                .setParameter("e", who)
                .setMaxResults(1)
                .getSingleResult();
        return AssignmentView.of(assignment, ticket.subject());
    }

    public AssignmentView acknowledge(Long assignmentId) {
        Work work = ownWork(assignmentId);
        work.assignment.acknowledge(work.now);
        work.ticket.recordFieldWork(LifecycleEventType.ASSIGNMENT_ACKNOWLEDGED, work.now, work.actor,
                "assignment=" + assignmentId);
        return view(work);
    }

    public AssignmentView startWork(Long assignmentId, String note) {
        Work work = ownWork(assignmentId);
        work.assignment.startWork(work.now, note);
        work.ticket.recordFieldWork(LifecycleEventType.WORK_STARTED, work.now, work.actor,
                "assignment=" + assignmentId + (note == null || note.isBlank() ? "" : "; comment=" + note.strip()));
        return view(work);
    }

    public AssignmentView stopWork(Long assignmentId, String note) {
        Work work = ownWork(assignmentId);
        Duration lasted = work.assignment.stopWork(work.now, note);
        work.ticket.recordFieldWork(LifecycleEventType.WORK_STOPPED, work.now, work.actor, "assignment=" + assignmentId
                + "; worked=" + lasted + (note == null || note.isBlank() ? "" : "; comment=" + note.strip()));
        return view(work);
    }

    /** The engineer cannot take the fault further: it goes back to its tier's queue with the reason. */
    public AssignmentView handBack(Long assignmentId, String reason) {
        Work work = ownWork(assignmentId);
        work.assignment.handBack(work.now, reason);
        work.ticket.handBack(reason, work.now, work.actor);
        return view(work);
    }

    /**
     * The engineer has restored the service: a work period still running is closed, and the fault is resolved with
     * what was done, as the help desk would resolve it (the customer is asked to confirm; the assignment is DONE).
     */
    public AssignmentView resolve(Long assignmentId, String resolution) {
        Work work = ownWork(assignmentId);
        Duration lasted = work.assignment.resolving(work.now);
        if (lasted != null) {
            work.ticket.recordFieldWork(LifecycleEventType.WORK_STOPPED, work.now, work.actor, "assignment=" + assignmentId
                    + "; worked=" + lasted);
        }
        lifecycle.transition(work.assignment.filingNumber(), new Transition(TicketAction.RESOLVE, resolution, null, null, null));
        return view(work);
    }

    /** Marks an inbox entry of the caller's as read. */
    public void read(Long entryId) {
        InboxEntry entry = em.find(InboxEntry.class, entryId);
        if (entry == null || !entry.username().equals(callers.current().username())) {
            throw BusinessException.notFound("inbox_entry_not_found", entryId);
        }
        entry.read(clock.instant());
    }

    private AssignmentView view(Work work) {
        em.flush();
        return AssignmentView.of(work.assignment, work.ticket.subject());
    }

    private record Work(Assignment assignment, Ticket ticket, Actor actor, Instant now) {
    }

    // Only the engineer holding the assignment logs on it; others do not see it at all, or may only read it.
    // Locks the ticket first, then the assignment: the order reassignment takes, so the two never deadlock.
    private Work ownWork(Long assignmentId) {
        CallerScope caller = callers.current();
        Assignment assignment = assignmentId == null ? null : em.find(Assignment.class, assignmentId);
        if (assignment == null || !DispatchReach.of(caller, em).covers(assignment.engineer())) {
            throw BusinessException.notFound("assignment_not_found", assignmentId);
        }
        if (!assignment.engineer().equals(caller.username())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "not_your_assignment", null, assignmentId);
        }
        Ticket ticket = em.find(Ticket.class, assignment.ticketId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(assignment, LockModeType.PESSIMISTIC_WRITE);
        return new Work(assignment, ticket, new Actor(caller.username(), caller.capacity()), clock.instant());
    }
}
