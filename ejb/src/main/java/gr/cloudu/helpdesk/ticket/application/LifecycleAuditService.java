package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.ticket.domain.LifecycleAudit;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes the hash chain of every ticket in the register, and the hashes of the files each one vouches for (its
 * original mails and documents), page by page so that memory stays flat however large the register grows, and records
 * the outcome as a {@link LifecycleAudit}.
 */
@Stateless
public class LifecycleAuditService {

    private static final Logger LOG = Logger.getLogger(LifecycleAuditService.class.getName());
    private static final int PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext self;

    @Inject
    private TicketEvidence evidence;

    /**
     * A ticket whose chain or files looked altered, read again under its lock: the page's tickets and their events are
     * two reads, and an event appended in between (the deadline watch works at night too) is no alteration.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean intactUnderLock(Long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_READ);
        return ticket == null || intact(ticket);
    }

    private boolean intact(Ticket ticket) {
        return ticket.lifecycleIntact() && ticket.checkEvidence(evidence.filesOf(ticket)).altered().isEmpty();
    }

    // A ticket whose files cannot even be read is reported with the altered ones, and the sweep goes on.
    private boolean intactOrReported(Ticket ticket) {
        try {
            return intact(ticket) || self.getBusinessObject(LifecycleAuditService.class).intactUnderLock(ticket.id());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Life-cycle audit could not check " + ticket.filingNumber().value(), e);
            return false;
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LifecycleAuditView audit(Instant startedAt) {
        long checked = 0;
        long after = 0;
        List<String> broken = new ArrayList<>();
        List<Ticket> page;
        do {
            page = em.createQuery("SELECT t FROM Ticket t WHERE t.id > :after ORDER BY t.id", Ticket.class)
                    .setParameter("after", after)
                    .setHint("eclipselink.batch", "t.events")
                    .setHint("eclipselink.batch.type", "IN")
                    .setMaxResults(PAGE)
                    .getResultList();
            for (Ticket ticket : page) {
                checked++;
                after = ticket.id();
                if (!intactOrReported(ticket)) {
                    broken.add(ticket.filingNumber().value());
                }
            }
            em.clear();
        } while (page.size() == PAGE);
        if (!broken.isEmpty()) {
            LOG.severe(() -> "Life-cycle hash chain or stored originals altered for " + broken.size() + " tickets: " + broken);
        }
        LifecycleAudit audit = new LifecycleAudit(startedAt, checked, broken);
        self.getBusinessObject(LifecycleAuditService.class).record(audit);
        return LifecycleAuditView.of(audit);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public Optional<LifecycleAuditView> latest() {
        return em.createQuery("SELECT a FROM LifecycleAudit a ORDER BY a.startedAt DESC, a.id DESC", LifecycleAudit.class)
                .setMaxResults(1).getResultStream().findFirst().map(LifecycleAuditView::of);
    }

    /** Only for {@link #audit}: the sweep runs without a transaction, the result is written in its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(LifecycleAudit audit) {
        em.persist(audit);
    }
}
