package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.Assignment;
import gr.cloudu.helpdesk.dispatch.domain.InboxEntry;
import gr.cloudu.helpdesk.dispatch.domain.VisitRequest;
import gr.cloudu.helpdesk.dispatch.domain.VisitStatus;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.SlaState;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of the field work within the caller's reach: engineers see their own assignments and visits,
 * supervisors their teams', the help desk and the manager everyone's. Anything outside the reach does not
 * exist (404).
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
public class DispatchQueries {

    private static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes callers;

    @Inject
    private DispatchPackets packets;

    @Inject
    private Clock clock;

    /** A page of results and how many there are in all. */
    public record Page<T>(List<T> items, long total) {
    }

    /** Assignments, newest first; {@code mine} keeps the caller's own, {@code open} the active ones. */
    public Page<AssignmentView> assignments(boolean mine, boolean open, int first, int size) {
        TypedQuery<Assignment> rows = assignmentQuery("SELECT a FROM Assignment a", " ORDER BY a.assignedAt DESC, a.id DESC",
                mine, open, Assignment.class);
        List<Assignment> page = rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size))
                .getResultList();
        Map<Long, Object[]> tickets = tickets(page.stream().map(Assignment::ticketId).toList());
        return new Page<>(page.stream().map(a -> AssignmentView.of(a, (String) tickets.get(a.ticketId())[1])).toList(),
                countAssignments(mine, open));
    }

    public long countAssignments(boolean mine, boolean open) {
        return assignmentQuery("SELECT COUNT(a) FROM Assignment a", "", mine, open, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> assignmentQuery(String select, String order, boolean mine, boolean open, Class<T> type) {
        CallerScope caller = callers.current();
        DispatchReach reach = DispatchReach.of(caller, em);
        String where = " WHERE 1 = 1" + (mine ? " AND a.engineer = :me" : reach.everyone() ? "" : " AND a.engineer IN :people")
                + (open ? " AND a.status IN (gr.cloudu.helpdesk.dispatch.domain.AssignmentStatus.ASSIGNED,"
                + " gr.cloudu.helpdesk.dispatch.domain.AssignmentStatus.ACKNOWLEDGED)" : "");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (mine) {
            query.setParameter("me", caller.username());
        } else if (!reach.everyone()) {
            query.setParameter("people", reach.people().orElseThrow());
        }
        return query;
    }

    // What the lists show of each ticket, for a page of rows in one query: id, subject, severity, status,
    // breached, next due, next warning.
    private Map<Long, Object[]> tickets(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery("SELECT t.id, t.subject, t.severity, t.status, t.slaBreached, t.nextDueAt, t.nextWarnAt FROM Ticket t"
                        + " WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream().forEach(row -> byId.put((Long) row[0], row));
        return byId;
    }

    public AssignmentView assignment(Long id) {
        Assignment a = id == null ? null : em.find(Assignment.class, id);
        if (a == null || !DispatchReach.of(callers.current(), em).covers(a.engineer())) {
            throw BusinessException.notFound("assignment_not_found", id);
        }
        return AssignmentView.of(a, em.find(Ticket.class, a.ticketId()).subject());
    }

    /** The caller's inbox, newest first; {@code unreadOnly} leaves out what they have read. */
    public Page<InboxItem> inbox(boolean unreadOnly, int first, int size) {
        String user = callers.current().username();
        String where = " WHERE e.username = :user" + (unreadOnly ? " AND e.readAt IS NULL" : "");
        List<InboxItem> items = em.createQuery("SELECT e FROM InboxEntry e" + where + " ORDER BY e.createdAt DESC, e.id DESC",
                        InboxEntry.class)
                .setParameter("user", user)
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size))
                .getResultStream().map(InboxItem::of).toList();
        long total = em.createQuery("SELECT COUNT(e) FROM InboxEntry e" + where, Long.class).setParameter("user", user).getSingleResult();
        return new Page<>(items, total);
    }

    /**
     * The dispatch packet of a ticket: for the help desk, the manager, the engineers it was given to or who were
     * routed to one of its visits, and their supervisors.
     */
    public DispatchPacket packet(String filingNumber) {
        CallerScope caller = callers.current();
        Ticket ticket = em.createQuery("SELECT t FROM Ticket t WHERE t.filingNumber.value = :n", Ticket.class)
                .setParameter("n", FilingNumber.parse(filingNumber).value())
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("ticket_not_found", filingNumber));
        DispatchReach reach = DispatchReach.of(caller, em);
        if (!reach.everyone() && !reach.covers(ticket.assignee() == null ? "" : ticket.assignee())) {
            List<String> engineers = new ArrayList<>(em.createQuery("SELECT a.engineer FROM Assignment a WHERE a.ticketId = :t",
                    String.class).setParameter("t", ticket.id()).getResultList());
            engineers.addAll(em.createQuery("SELECT v.engineer FROM VisitRequest v WHERE v.ticketId = :t AND v.engineer IS NOT NULL",
                    String.class).setParameter("t", ticket.id()).getResultList());
            if (engineers.stream().noneMatch(reach::covers)) {
                throw BusinessException.notFound("ticket_not_found", filingNumber);
            }
        }
        return packets.of(ticket, caller, clock.instant());
    }

    /** The visits of a ticket the caller can see, newest first. */
    public List<VisitView> visits(String filingNumber) {
        DispatchReach reach = DispatchReach.of(callers.current(), em);
        return em.createQuery("SELECT v FROM VisitRequest v WHERE v.filingNumber = :n ORDER BY v.requestedAt DESC, v.id DESC",
                        VisitRequest.class)
                .setParameter("n", FilingNumber.parse(filingNumber).value())
                .getResultStream()
                .filter(v -> reach.covers(v.requestedBy()) || v.engineer() != null && reach.covers(v.engineer()))
                .map(VisitView::of).toList();
    }

    public VisitView visit(Long id) {
        VisitRequest v = id == null ? null : em.find(VisitRequest.class, id);
        DispatchReach reach = DispatchReach.of(callers.current(), em);
        if (v == null || !reach.covers(v.requestedBy()) && !(v.engineer() != null && reach.covers(v.engineer()))) {
            throw BusinessException.notFound("visit_not_found", id);
        }
        return VisitView.of(v);
    }

    /**
     * What waits for the caller's decision, oldest first: for a supervisor the requests of their teams'
     * engineers to route, for the manager the routed requests to approve (an administrator sees both);
     * {@code filingNumber}, if given, narrows it to one fault's requests.
     */
    public Page<ApprovalRow> approvals(String filingNumber, int first, int size) {
        Instant now = clock.instant();
        List<VisitRequest> page = approvalQuery("SELECT v FROM VisitRequest v", " ORDER BY v.requestedAt, v.id", filingNumber,
                VisitRequest.class)
                .map(q -> q.setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size))
                        .getResultList())
                .orElse(List.of());
        // The rows' parts are read per row (EclipseLink cannot batch-read an ordered element collection of a
        // paged query): twenty small indexed reads, measured in bench/RESULTS.md.
        Map<Long, Object[]> tickets = tickets(page.stream().map(VisitRequest::ticketId).toList());
        List<ApprovalRow> items = page.stream().map(v -> {
            Object[] t = tickets.get(v.ticketId());
            SlaState state = SlaState.of((TicketStatus) t[3], (Boolean) t[4], (Instant) t[5], (Instant) t[6], now);
            return new ApprovalRow(VisitView.of(v), (String) t[1], (Severity) t[2], state, (Instant) t[5],
                    v.status() == VisitStatus.REQUESTED ? "ROUTING" : "APPROVAL");
        }).toList();
        return new Page<>(items, countApprovals(filingNumber));
    }

    public long countApprovals(String filingNumber) {
        return approvalQuery("SELECT COUNT(v) FROM VisitRequest v", "", filingNumber, Long.class).map(TypedQuery::getSingleResult).orElse(0L);
    }

    private <T> Optional<TypedQuery<T>> approvalQuery(String select, String order, String filingNumber, Class<T> type) {
        CallerScope caller = callers.current();
        boolean admin = caller.has(Role.ADMIN);
        boolean routes = caller.has(Role.SUPERVISOR) || admin;
        boolean approves = caller.has(Role.MANAGER) || admin;
        if (!routes && !approves) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        if (routes) {
            clauses.add("(v.status = :requested" + (admin ? "" : " AND v.requestedBy IN :team") + ")");
        }
        if (approves) {
            clauses.add("v.status = :routed");
        }
        String number = filingNumber == null || filingNumber.isBlank() ? null : filingNumber.strip().toUpperCase(Locale.ROOT);
        TypedQuery<T> query = em.createQuery(select + " WHERE (" + String.join(" OR ", clauses) + ")"
                + (number == null ? "" : " AND v.filingNumber = :number") + order, type);
        if (routes) {
            query.setParameter("requested", VisitStatus.REQUESTED);
            if (!admin) {
                List<String> team = new ArrayList<>(DispatchReach.routedBy(caller.username(), em));
                team.add("");
                query.setParameter("team", team);
            }
        }
        if (approves) {
            query.setParameter("routed", VisitStatus.ROUTED);
        }
        if (number != null) {
            query.setParameter("number", number);
        }
        return Optional.of(query);
    }

    /** Engineers for the routing picker. */
    public List<String> engineers() {
        return DispatchReach.usersWith(Role.ENGINEER, em);
    }

    private static int pageSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw BusinessException.invalid("size", "page_size", "size", MAX_PAGE_SIZE);
        }
        return size;
    }
}
