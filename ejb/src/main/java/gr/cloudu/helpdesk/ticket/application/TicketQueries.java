package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.domain.Alteration;
import gr.cloudu.helpdesk.ticket.domain.EvidenceCheck;
import gr.cloudu.helpdesk.ticket.domain.EvidenceFile;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import gr.cloudu.helpdesk.ticket.domain.TicketDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Reads of the filing register, always within the caller's scope: a customer's user asking for another
 * customer's ticket is told it does not exist.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
public class TicketQueries {

    private static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes callers;

    @Inject
    private Clock clock;

    @Inject
    private TicketEvidence evidence;

    public TicketDetail detail(String filingNumber) {
        Object[] found = visible(filingNumber);
        Ticket ticket = (Ticket) found[0];
        Customer customer = (Customer) found[1];
        return TicketDetail.of(ticket, customer.code(), customer.name(), clock.instant(), callers.current());
    }

    /** The life-cycle, oldest first; a customer sees the entries meant for customers only. */
    public List<LifecycleEntry> lifecycle(String filingNumber) {
        Ticket ticket = (Ticket) visible(filingNumber)[0];
        boolean staff = callers.current().staff();
        return ticket.events().stream()
                .filter(e -> staff || e.type().customerFacing())
                .map(LifecycleEntry::of)
                .toList();
    }

    /**
     * Recomputes the ticket's hash chain and the hashes of the files it entered. The files never change, so they are read
     * and hashed before the ticket is locked; only when something looks altered are they checked again under the lock,
     * since a mail joining the ticket meanwhile enters its hash with it.
     */
    public LifecycleVerification verify(String filingNumber) {
        Ticket ticket = (Ticket) visible(filingNumber)[0];
        List<EvidenceFile> files = evidence.filesOf(ticket);
        // The chain's head (on the ticket) and its events are two reads: without the lock an event appended in
        // between (a receipt, an escalation) would show an untouched life-cycle as altered.
        em.refresh(ticket, LockModeType.PESSIMISTIC_READ);
        EvidenceCheck check = ticket.checkEvidence(files);
        if (!check.altered().isEmpty()) {
            check = ticket.checkEvidence(evidence.filesOf(ticket));
        }
        List<Alteration> altered = new ArrayList<>();
        if (!ticket.lifecycleIntact()) {
            altered.add(new Alteration(Alteration.Kind.CHAIN_BROKEN, null));
        }
        altered.addAll(check.altered());
        return new LifecycleVerification(altered.isEmpty(), ticket.events().size(), check.checked(), List.copyOf(altered));
    }

    /** The documents filed with the ticket, in the order they were filed. */
    public List<DocumentRow> documents(String filingNumber) {
        Ticket ticket = (Ticket) visible(filingNumber)[0];
        return em.createQuery("SELECT NEW gr.cloudu.helpdesk.ticket.application.DocumentRow(d.id, d.fileName, d.contentType,"
                        + " d.sizeBytes, d.sha256, d.addedAt, d.addedBy) FROM TicketDocument d WHERE d.ticketId = :t ORDER BY d.id",
                DocumentRow.class).setParameter("t", ticket.id()).getResultList();
    }

    /** One document of the ticket with its bytes. */
    public DocumentFile document(String filingNumber, Long documentId) {
        Ticket ticket = (Ticket) visible(filingNumber)[0];
        TicketDocument document = documentId == null ? null : em.find(TicketDocument.class, documentId);
        if (document == null || !document.ticketId().equals(ticket.id())) {
            throw BusinessException.notFound("document_not_found", documentId);
        }
        return new DocumentFile(document.fileName(),
                document.contentType() == null ? "application/octet-stream" : document.contentType(), document.content());
    }

    /** Newest first. */
    public TicketPage page(TicketFilter filter, int first, int size) {
        CallerScope caller = callers.current();
        StringBuilder where = new StringBuilder(" FROM Ticket t, Customer c WHERE c.id = t.customerId");
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.staff()) {
            where.append(" AND c.code = :own");
            parameters.put("own", caller.customerCode() == null ? "" : caller.customerCode());
        }
        if (filter.customer() != null && !filter.customer().isBlank()) {
            where.append(" AND c.code = :customer");
            parameters.put("customer", filter.customer().strip());
        }
        if (filter.status() != null) {
            where.append(" AND t.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.severity() != null) {
            where.append(" AND t.severity = :severity");
            parameters.put("severity", filter.severity());
        }
        if (filter.tier() != null) {
            where.append(" AND t.tier = :tier");
            parameters.put("tier", filter.tier());
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            where.append(" AND t.assignee = :assignee");
            parameters.put("assignee", filter.assignee().strip());
        }
        if (filter.openOnly()) {
            where.append(" AND t.status NOT IN :settled");
            parameters.put("settled", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));
        }
        TypedQuery<TicketRow> rows = em.createQuery("SELECT NEW gr.cloudu.helpdesk.ticket.application.TicketRow("
                + "t.filingNumber.value, t.reportedAt, t.channel, c.code, t.reporter.name, t.severity, t.subject,"
                + " t.status, t.tier, t.assignee, t.nextDueAt, t.nextWarnAt, t.slaBreached, t.slaTerms.roundTheClock)" + where
                + (filter.openOnly() ? " ORDER BY t.nextDueAt ASC NULLS LAST, t.reportedAt ASC, t.id ASC"
                                     : " ORDER BY t.reportedAt DESC, t.id DESC"), TicketRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t)" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<TicketRow> items = rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
        return new TicketPage(items, count.getSingleResult());
    }

    private Object[] visible(String filingNumber) {
        FilingNumber number = FilingNumber.parse(filingNumber);
        Object[] found = em.createQuery("SELECT t, c FROM Ticket t, Customer c WHERE c.id = t.customerId"
                        + " AND t.filingNumber.value = :number", Object[].class)
                .setParameter("number", number.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("ticket_not_found", filingNumber));
        if (!callers.current().sees(((Customer) found[1]).code())) {
            throw BusinessException.notFound("ticket_not_found", filingNumber);
        }
        return found;
    }
}
