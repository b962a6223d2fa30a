package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.notification.application.CustomerUpdateMail;
import gr.cloudu.helpdesk.notification.application.SlaNoticeService;
import gr.cloudu.helpdesk.sla.application.SlaPolicies;
import gr.cloudu.helpdesk.ticket.domain.Actor;
import gr.cloudu.helpdesk.ticket.domain.DeadlineOutcome;
import gr.cloudu.helpdesk.ticket.domain.SlaAlert;
import gr.cloudu.helpdesk.ticket.domain.SlaPolicy;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the deadlines that fell due (or whose warning time came) and handles them a hundred tickets per
 * transaction: the ticket rows are locked and their deadlines re-checked there, so a deadline is handled once
 * even when two servers look at the same moment; a batch that fails is retried ticket by ticket, so one
 * broken ticket does not hold up the others.
 * Deadlines that passed while the server was down are simply due at the first look after start-up.
 */
@Stateless
@PermitAll
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final int BATCH = 1000;
    private static final int TICKETS_PER_TRANSACTION = 100;
    // A look that keeps finding a full batch (a backlog after downtime) goes on, but not for ever.
    private static final int MAX_ROUNDS = 100;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private SlaPolicies policies;

    @Inject
    private SlaNoticeService notices;

    @Inject
    private CustomerUpdateMail customerMail;

    // An automatic escalation takes the ticket from whoever held it; dispatch ends their assignment.
    @Inject
    private Event<TicketHolderChanged> holders;

    /** One look at {@code now}; answers how many warnings, breaches, escalations and closes it handled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int lookAt(Instant now) {
        DeadlineWatch self = context.getBusinessObject(DeadlineWatch.class);
        int handled = 0;
        List<Long> due;
        int rounds = 0;
        do {
            due = dueTickets(now);
            for (int from = 0; from < due.size(); from += TICKETS_PER_TRANSACTION) {
                List<Long> batch = due.subList(from, Math.min(due.size(), from + TICKETS_PER_TRANSACTION));
                try {
                    handled += self.watchTickets(batch, now);
                } catch (EJBException e) {
                    // One ticket spoiled the batch: the others are handled one by one, the broken one is logged.
                    for (Long id : batch) {
                        try {
                            handled += self.watchTickets(List.of(id), now);
                        } catch (EJBException single) {
                            LOG.log(Level.WARNING, "Deadlines of ticket " + id + " not handled; next look tries again", single);
                        }
                    }
                }
            }
        } while (due.size() == BATCH && ++rounds < MAX_ROUNDS);
        // Page by id: tickets whose note cannot go out (nobody to send it to, owner reminded) stay due, and must not
        // hide the ones behind them.
        List<Long> updates;
        long after = 0;
        rounds = 0;
        do {
            updates = dueUpdates(now, after);
            for (Long id : updates) {
                try {
                    handled += self.watchUpdate(id, now) ? 1 : 0;
                } catch (EJBException e) {
                    LOG.log(Level.WARNING, "Customer update of ticket " + id + " not handled; next look tries again", e);
                }
                after = id;
            }
        } while (updates.size() == BATCH && ++rounds < MAX_ROUNDS);
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

    /**
     * Handles the due deadlines of some tickets in one transaction: the tickets are locked in one query and
     * each is re-checked by the domain, so what another server handled meanwhile is not handled again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int watchTickets(List<Long> ticketIds, Instant now) {
        SlaPolicy policy = policies.current();
        SlaNoticeService.Round round = notices.round();
        int handled = 0;
        // The batch's deadlines and life-cycles come in one query each, not one per ticket.
        for (Ticket ticket : em.createQuery("SELECT t FROM Ticket t WHERE t.id IN :ids ORDER BY t.id", Ticket.class)
                .setParameter("ids", ticketIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.deadlines")
                .setHint("eclipselink.batch", "t.events")
                .getResultList()) {
            List<SlaAlert> alerts = ticket.watch(now, policy);
            if (alerts.stream().anyMatch(a -> a.kind() == SlaAlert.Kind.ESCALATION)) {
                holders.fire(new TicketHolderChanged(ticket.id(), ticket.filingNumber().value(), null, "sla",
                        "escalated automatically", now, false));
            }
            Set<String> told = round.tell(ticket, alerts);
            if (!told.isEmpty()) {
                // The customer's Level I contacts heard of the escalation: that is a message about the fault too.
                ticket.customerInformed("ESCALATED", String.join(", ", told), "escalated to " + ticket.tier() + " automatically",
                        now, Actor.system("sla"), policy);
            }
            handled += alerts.size();
        }
        return handled;
    }

    /**
     * The contract's update to the customer fell due: the note for the customer written since the last update goes
     * out as the update; with none, the owner is reminded (once per due time). The ticket is locked and re-checked,
     * so two servers send it once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean watchUpdate(Long ticketId, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        Set<String> reachable = customerMail.recipients(ticket);
        switch (ticket.updateDue(now, !reachable.isEmpty())) {
            case SEND_NOTE -> {
                String note = ticket.unsentNote();
                Set<String> to = customerMail.send(ticket, CustomerUpdateMail.Kind.UPDATE, note);
                ticket.customerInformed(CustomerUpdateMail.Kind.UPDATE.name(), String.join(", ", to), note, now,
                        Actor.system("updates"), policies.current());
                return true;
            }
            case REMIND -> {
                customerMail.remindOwner(ticket);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeIfQuiet(Long ticketId, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        return ticket.closeIfQuiet(now, policies.autoCloseBusinessDays());
    }

    // Open, running tickets with a note to send whose update is (about to fall) due, or whose update fell due with no
    // reminder for this due time yet.
    private List<Long> dueUpdates(Instant now, long after) {
        return em.createQuery("SELECT t.id FROM Ticket t WHERE t.pausedSince IS NULL AND t.status NOT IN :settled"
                        + " AND ((t.unsentNote IS NOT NULL AND t.updateDueAt <= :soon) OR (t.updateDueAt <= :now"
                        + " AND (t.updateRemindedFor IS NULL OR t.updateRemindedFor <> t.updateDueAt))) AND t.id > :after"
                        + " ORDER BY t.id", Long.class)
                .setParameter("now", now)
                .setParameter("after", after)
                .setParameter("soon", now.plus(Ticket.SEND_AHEAD))
                .setParameter("settled", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .setMaxResults(BATCH)
                .getResultList();
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
