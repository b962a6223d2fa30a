package gr.cloudu.helpdesk.intake.application;

import gr.cloudu.helpdesk.intake.domain.InboundMail;
import gr.cloudu.helpdesk.intake.domain.MailAttachment;
import gr.cloudu.helpdesk.intake.domain.RawMail;
import gr.cloudu.helpdesk.shared.domain.Sha256;
import gr.cloudu.helpdesk.ticket.application.ReceivedOriginals;
import gr.cloudu.helpdesk.ticket.domain.EvidenceFile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The original mails kept in the archive, as the life-cycle enters them and as verification checks them. Callers have
 * already decided that the ticket is theirs to see.
 */
@Stateless
@LocalBean
@Local(ReceivedOriginals.class)
@PermitAll
public class ArchivedMails implements ReceivedOriginals {

    @PersistenceContext
    private EntityManager em;

    /** How the life-cycle enters a mail taken earlier (out of quarantine): a line for it and one per attachment. */
    public List<String> linesOf(InboundMail mail) {
        List<String> lines = new ArrayList<>();
        lines.add(em.find(RawMail.class, mail.id()).archiveLine());
        em.createQuery("SELECT a FROM MailAttachment a WHERE a.inboundMailId = :id ORDER BY a.id", MailAttachment.class)
                .setParameter("id", mail.id()).getResultList().forEach(a -> lines.add(a.archiveLine()));
        return lines;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EvidenceFile> of(String filingNumber) {
        List<EvidenceFile> files = new ArrayList<>();
        // Each file's bytes are read on their own and hashed at once: a mail that was removed is missing from what the
        // life-cycle entered, and shows so.
        em.createQuery("SELECT m.id, m.contentSha256 FROM InboundMail m, RawMail r WHERE r.inboundMailId = m.id"
                        + " AND m.ticketFilingNumber = :n ORDER BY m.id", Object[].class)
                .setParameter("n", filingNumber).getResultList()
                .forEach(m -> files.add(new EvidenceFile("mail " + m[0], Sha256.hex(em.createQuery(
                                "SELECT r.content FROM RawMail r WHERE r.inboundMailId = :id", byte[].class).setParameter("id", m[0])
                        .getSingleResult()), (String) m[1], (String) m[1])));
        em.createQuery("SELECT a.id, a.inboundMailId, a.fileName, a.sha256, m.contentSha256 FROM MailAttachment a, InboundMail m"
                        + " WHERE a.inboundMailId = m.id AND m.ticketFilingNumber = :n AND a.content IS NOT NULL ORDER BY a.id",
                        Object[].class)
                .setParameter("n", filingNumber).getResultList()
                .forEach(a -> files.add(new EvidenceFile("mail " + a[1] + ", attachment " + a[2], Sha256.hex(em.createQuery(
                                "SELECT a.content FROM MailAttachment a WHERE a.id = :id", byte[].class).setParameter("id", a[0])
                        .getSingleResult()), (String) a[3], (String) a[4])));
        return files;
    }
}
