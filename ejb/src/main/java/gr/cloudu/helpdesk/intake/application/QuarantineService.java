package gr.cloudu.helpdesk.intake.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.intake.domain.InboundMail;
import gr.cloudu.helpdesk.notification.application.OutgoingMail;
import gr.cloudu.helpdesk.notification.application.OutgoingMailPublisher;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.application.TicketFilingService;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * An agent's decisions about quarantined mail: it is a fault report of an authorised contact after all
 * (filed with the time the mail reached the mailbox, not the time of the decision), or it is not (rejected
 * with a reason). Either way the sender is told, unless it came through the fax gateway: then it is filed as a
 * fax, and only the contact it is filed for hears of it (the receipt). Two agents deciding at once: the first wins, the second
 * is told the mail is no longer in quarantine.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "SUPERVISOR", "MANAGER"})
public class QuarantineService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerQueries customers;

    @Inject
    private TicketFilingService filing;

    @Inject
    private ArchivedMails archived;

    @Inject
    private OutgoingMailPublisher outgoing;

    @Inject
    private IntakeSettings settings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public TicketDetail link(Long mailId, String customerCode, String contactEmail) {
        InboundMail mail = quarantined(mailId);
        String email = Require.email("contactEmail", contactEmail);
        Contact contact = customers.authorisedContact(Require.text("customer", customerCode, 40), email)
                .orElseThrow(() -> BusinessException.invalid("contactEmail", "unauthorised_reporter", email, customerCode));
        String agent = context.getCallerPrincipal().getName();
        boolean fax = fromFaxGateway(mail);
        TicketDetail filed = filing.fileReceived(contact, MailIntakeService.report(mail.subject(), mail.text(),
                fax ? Channel.FAX : Channel.EMAIL), mail.receivedAt(), mail.senderDate(), agent, archived.linesOf(mail));
        mail.linkedTo(filed.filingNumber(), agent, clock.instant());
        if (mail.fromAddress() != null && !fax && !mail.fromAddress().equalsIgnoreCase(contact.email())) {
            outgoing.publish(OutgoingMail.filedFromQuarantine(mail.fromAddress(), filed.filingNumber(), mail.subject(),
                    mail.messageId()));
        }
        return filed;
    }

    public void reject(Long mailId, String reason) {
        InboundMail mail = quarantined(mailId);
        String why = Require.text("reason", reason, 2000);
        mail.reject(why, context.getCallerPrincipal().getName(), clock.instant());
        if (mail.fromAddress() != null && !fromFaxGateway(mail)) {
            outgoing.publish(OutgoingMail.rejected(mail.fromAddress(), mail.subject(), why, mail.messageId()));
        }
    }

    // A fax came through the gateway: the gateway's mailbox is not the person who sent it, so it is not written to.
    private boolean fromFaxGateway(InboundMail mail) {
        return mail.fromAddress() != null && settings.faxGatewaySenders().contains(mail.fromAddress().toLowerCase(java.util.Locale.ROOT));
    }

    private InboundMail quarantined(Long mailId) {
        InboundMail mail = mailId == null ? null : em.find(InboundMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw BusinessException.notFound("mail_not_found", mailId);
        }
        return mail;
    }
}
