package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.notification.application.SlaNoticeService;
import gr.cloudu.helpdesk.sla.application.SlaPolicies;
import gr.cloudu.helpdesk.ticket.domain.DeadlineOutcome;
import gr.cloudu.helpdesk.ticket.domain.SlaAlert;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the deadlines that fell due (or whose warning time came) and hands each ticket to its own
 * transaction: the ticket row is locked and its deadlines re-checked there, so a deadline is handled once
 * even when two servers look at the same moment, and one broken ticket does not hold up the others.
 * Deadlines that passed while the server was down are simply due at the first look after start-up.
 */
@Stateless
@PermitAll
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private SlaPolicies policies;

    @Inject
    private SlaNoticeService notices;

    /** One look at {@code now}; answers how many warnings, breaches, escalations and closes it handled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int lookAt(Instant now) {
        DeadlineWatch self = context.getBusinessObject(DeadlineWatch.class);
        int handled = 0;
        for (Long id : dueTickets(now)) {
            try {
                handled += self.watchTicket(id, now);
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "Deadlines of ticket " + id + " not handled; next look tries again", e);
            }
        }
        List<Long> quiet = em.createQuery("SELECT t.id FROM Ticket t WHERE t.status = :resolved AND t.autoCloseAt <= :now",
                        Long.class)
                .setParameter("resolved", TicketStatus.RESOLVED).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        for (Long id : quiet) {
            try {
                handled += self.closeIfQuiet(id, now) ? 1 : 0;
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "Ticket " + id + " not closed; next look tries again", e);
            }
        }
        return handled;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int watchTicket(Long ticketId, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        List<SlaAlert> alerts = ticket.watch(now, policies.current());
        notices.tell(ticket, alerts);
        return alerts.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeIfQuiet(Long ticketId, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        return ticket.closeIfQuiet(now, policies.autoCloseBusinessDays());
    }

    private List<Long> dueTickets(Instant now) {
        return em.createQuery("SELECT DISTINCT d.ticket.id FROM SlaDeadline d WHERE d.outcome = :pending"
                        + " AND d.ticket.pausedSince IS NULL"
                        + " AND (d.dueAt <= :now OR (d.warnedAt IS NULL AND d.warnAt <= :now))", Long.class)
                .setParameter("pending", DeadlineOutcome.PENDING)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
    }
}
