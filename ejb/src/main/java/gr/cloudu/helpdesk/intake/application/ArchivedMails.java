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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

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
        attachmentsOf(List.of(mail.id())).forEach(a -> lines.add(a.archiveLine()));
        return lines;
    }

    @Override
    public List<EvidenceFile> of(String filingNumber) {
        Map<Long, String> takenAs = new HashMap<>();
        em.createQuery("SELECT m.id, m.contentSha256 FROM InboundMail m WHERE m.ticketFilingNumber = :n", Object[].class)
                .setParameter("n", filingNumber).getResultStream().forEach(m -> takenAs.put((Long) m[0], (String) m[1]));
        if (takenAs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(takenAs.keySet());
        List<EvidenceFile> files = new ArrayList<>();
        // Values, one file at a time: a mail that was removed is missing from what the life-cycle entered, and shows so.
        em.createQuery("SELECT r.inboundMailId, r.content FROM RawMail r WHERE r.inboundMailId IN :ids ORDER BY r.inboundMailId",
                        Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(r -> files.add(new EvidenceFile("mail " + r[0], Sha256.hex((byte[]) r[1]), takenAs.get((Long) r[0]),
                        takenAs.get((Long) r[0]))));
        em.createQuery("SELECT a.inboundMailId, a.fileName, a.sha256, a.content FROM MailAttachment a WHERE a.inboundMailId IN :ids"
                        + " AND a.content IS NOT NULL ORDER BY a.id", Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(a -> files.add(new EvidenceFile("mail " + a[0] + ", attachment " + a[1], Sha256.hex((byte[]) a[3]),
                        (String) a[2], takenAs.get((Long) a[0]))));
        return files;
    }

    private Stream<MailAttachment> attachmentsOf(List<Long> mailIds) {
        return em.createQuery("SELECT a FROM MailAttachment a WHERE a.inboundMailId IN :ids ORDER BY a.id", MailAttachment.class)
                .setParameter("ids", mailIds).getResultStream();
    }
}
