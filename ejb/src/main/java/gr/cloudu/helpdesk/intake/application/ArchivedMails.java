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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
        List<InboundMail> mails = em.createQuery("SELECT m FROM InboundMail m WHERE m.ticketFilingNumber = :n ORDER BY m.id",
                InboundMail.class).setParameter("n", filingNumber).getResultList();
        if (mails.isEmpty()) {
            return List.of();
        }
        List<EvidenceFile> files = new ArrayList<>();
        for (InboundMail mail : mails) {
            // One removed is missing from what the life-cycle entered, and is reported as such.
            Optional.ofNullable(em.find(RawMail.class, mail.id())).ifPresent(raw -> files.add(
                    new EvidenceFile("mail " + mail.id(), Sha256.hex(raw.content()), mail.contentSha256(), mail.contentSha256())));
        }
        Map<Long, String> takenAs = mails.stream().collect(Collectors.toMap(InboundMail::id, InboundMail::contentSha256));
        attachmentsOf(List.copyOf(takenAs.keySet())).filter(MailAttachment::stored).forEach(a -> files.add(new EvidenceFile(
                "mail " + a.inboundMailId() + ", attachment " + a.fileName(), Sha256.hex(a.content()), a.sha256(),
                takenAs.get(a.inboundMailId()))));
        return files;
    }

    private Stream<MailAttachment> attachmentsOf(List<Long> mailIds) {
        return em.createQuery("SELECT a FROM MailAttachment a WHERE a.inboundMailId IN :ids ORDER BY a.id", MailAttachment.class)
                .setParameter("ids", mailIds).getResultStream();
    }
}
