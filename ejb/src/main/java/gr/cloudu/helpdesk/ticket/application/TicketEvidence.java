package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.Sha256;
import gr.cloudu.helpdesk.ticket.domain.EvidenceFile;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The files a ticket's life-cycle vouches for (its original mails with what came with them, and the documents filed with
 * it), read as they are stored now and hashed one at a time, as values rather than entities, so that neither a long thread
 * of mails nor a sweep over the whole register holds more than one file in memory. Callers have decided the ticket is
 * theirs to see. Joins the caller's transaction, or runs without one in the nightly sweep.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TicketEvidence {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReceivedOriginals originals;

    public List<EvidenceFile> filesOf(Ticket ticket) {
        List<EvidenceFile> files = new ArrayList<>(originals.of(ticket.filingNumber().value()));
        em.createQuery("SELECT d.id, d.fileName, d.sha256 FROM TicketDocument d WHERE d.ticketId = :t ORDER BY d.id", Object[].class)
                .setParameter("t", ticket.id()).getResultList()
                .forEach(d -> files.add(new EvidenceFile((String) d[1], Sha256.hex(em.createQuery(
                        "SELECT d.content FROM TicketDocument d WHERE d.id = :id", byte[].class).setParameter("id", d[0]).getSingleResult()),
                        (String) d[2], (String) d[2])));
        return files;
    }
}
