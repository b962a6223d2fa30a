package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.Sha256;
import gr.cloudu.helpdesk.ticket.domain.EvidenceCheck;
import gr.cloudu.helpdesk.ticket.domain.EvidenceFile;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The files a ticket's life-cycle vouches for (its original mails with what came with them, and the documents filed with
 * it), read as they are stored now and held to the life-cycle. Read as values, not entities, so that a sweep over the
 * whole register keeps no file in memory longer than it takes to hash it. Callers have decided the ticket is theirs to see.
 */
@Stateless
@PermitAll
public class TicketEvidence {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReceivedOriginals originals;

    public EvidenceCheck check(Ticket ticket) {
        return ticket.checkEvidence(filesOf(ticket));
    }

    private List<EvidenceFile> filesOf(Ticket ticket) {
        List<EvidenceFile> files = new ArrayList<>(originals.of(ticket.filingNumber().value()));
        em.createQuery("SELECT d.fileName, d.sha256, d.content FROM TicketDocument d WHERE d.ticketId = :t ORDER BY d.id", Object[].class)
                .setParameter("t", ticket.id()).getResultStream()
                .forEach(d -> files.add(new EvidenceFile((String) d[0], Sha256.hex((byte[]) d[2]), (String) d[1], (String) d[1])));
        return files;
    }
}
