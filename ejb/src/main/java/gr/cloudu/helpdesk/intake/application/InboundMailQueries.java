package gr.cloudu.helpdesk.intake.application;

import gr.cloudu.helpdesk.intake.domain.InboundMail;
import gr.cloudu.helpdesk.intake.domain.InboundMailStatus;
import gr.cloudu.helpdesk.intake.domain.MailAttachment;
import gr.cloudu.helpdesk.intake.domain.RawMail;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.application.TicketQueries;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The help-desk mailbox as staff see it: what arrived and what became of it, newest first. */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "SUPERVISOR", "MANAGER"})
public class InboundMailQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketQueries tickets;

    @Inject
    private CallerScopes callers;

    /** The mails that made or joined this ticket, oldest first; within the caller's scope. */
    @RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
    public List<MailOfTicket> ofTicket(String filingNumber) {
        String number = tickets.detail(filingNumber).filingNumber();
        List<InboundMail> found = em.createQuery("SELECT m FROM InboundMail m WHERE m.ticketFilingNumber = :n"
                + " ORDER BY m.receivedAt, m.id", InboundMail.class).setParameter("n", number).getResultList();
        List<Long> ids = found.stream().map(InboundMail::id).toList();
        Map<Long, List<MailOfTicket.AttachmentRow>> files = ids.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT a FROM MailAttachment a WHERE a.inboundMailId IN :ids ORDER BY a.id", MailAttachment.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(MailAttachment::inboundMailId, Collectors.mapping(a -> new MailOfTicket.AttachmentRow(
                        a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.stored()), Collectors.toList())));
        return found.stream().map(m -> new MailOfTicket(m.id(), m.receivedAt(), m.senderDate(), m.fromAddress(), m.subject(),
                m.status(), files.getOrDefault(m.id(), List.of()))).toList();
    }

    /** The original mail as it arrived (RFC 822), for whoever may see the ticket it made or joined. */
    @RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
    public MailFile original(Long mailId) {
        InboundMail mail = visible(mailId);
        RawMail raw = em.find(RawMail.class, mail.id());
        return new MailFile("mail-" + mail.id() + ".eml", "message/rfc822", raw.content());
    }

    /** One stored attachment of a mail, for whoever may see the ticket it made or joined. */
    @RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
    public MailFile attachment(Long mailId, Long attachmentId) {
        InboundMail mail = visible(mailId);
        MailAttachment file = attachmentId == null ? null : em.find(MailAttachment.class, attachmentId);
        if (file == null || !file.inboundMailId().equals(mail.id()) || !file.stored()) {
            throw BusinessException.notFound("attachment_not_found", attachmentId);
        }
        return new MailFile(file.fileName(), file.contentType() == null ? "application/octet-stream" : file.contentType(),
                file.content());
    }

    /** Staff see every mail; others only mails of tickets they may see (quarantined mail is staff's alone). */
    private InboundMail visible(Long mailId) {
        InboundMail mail = mailId == null ? null : em.find(InboundMail.class, mailId);
        if (mail == null) {
            throw BusinessException.notFound("mail_not_found", mailId);
        }
        if (!callers.current().staff()) {
            if (mail.ticketFilingNumber() == null) {
                throw BusinessException.notFound("mail_not_found", mailId);
            }
            tickets.detail(mail.ticketFilingNumber());
        }
        return mail;
    }

    public List<InboundMailRow> withStatus(InboundMailStatus status, int first, int size) {
        return em.createQuery("SELECT NEW gr.cloudu.helpdesk.intake.application.InboundMailRow(m.id, m.receivedAt,"
                        + " m.senderDate, m.fromAddress, m.subject, m.status, m.ticketFilingNumber, m.reason)"
                        + " FROM InboundMail m WHERE m.status = :status ORDER BY m.receivedAt DESC, m.id DESC", InboundMailRow.class)
                .setParameter("status", status)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList();
    }
}
