package gr.cloudu.helpdesk.notification.application;

import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.ResourceBundle;

/**
 * Sends the reporter the filing receipt: the filing number, the legal time of the report, the problem as
 * recorded and the machine. The receipt is the customer's proof of what was reported and when, so its
 * sending is itself entered in the life-cycle. It is written in the customer's language (Greek by default). Called once per notice; a repeated notice sends nothing.
 */
@Stateless
@PermitAll
public class ReceiptService {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Session mail;

    @Inject
    private Clock clock;

    @Inject
    private SmtpConnection smtp;

    /**
     * Sends the receipt unless it went out already. The ticket is locked first so that two deliveries of
     * the same notice cannot both send; a mail failure rolls back and the notice is delivered again.
     */
    public void sendReceipt(String filingNumber) throws MessagingException {
        Ticket ticket = em.createQuery("SELECT t FROM Ticket t WHERE t.filingNumber.value = :n", Ticket.class)
                .setParameter("n", FilingNumber.parse(filingNumber).value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        String recipient = ticket.reporter().email();
        if (ticket.receiptSentAt() != null || recipient == null) {
            return;
        }
        smtp.send(receipt(ticket, recipient));
        ticket.recordReceiptSent(clock.instant(), recipient);
    }

    private MimeMessage receipt(Ticket ticket, String recipient) throws MessagingException {
        ResourceBundle text = MailText.in(em.find(Customer.class, ticket.customerId()).language());
        String reportedAt = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").format(ticket.reportedAt().atZone(ATHENS));
        MimeMessage message = new MimeMessage(mail);
        // The help desk's address (HELPDESK_MAIL_FROM, the mail session's "from"): replies come back to the mailbox.
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("[" + ticket.filingNumber().value() + "] " + text.getString("receipt.subject"), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        // An answer made by a machine: a well-behaved auto-responder at the other end does not answer it back.
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setText(java.text.MessageFormat.format(text.getString("receipt.body"),
                ticket.filingNumber().value(), reportedAt, ticket.subject(),
                ticket.description() == null ? "" : ticket.description(),
                ticket.equipmentSerial() == null ? "-" : ticket.equipmentSerial(),
                ticket.severity(), ticket.reporter().name(),
                ticket.needsWrittenConfirmation() ? text.getString("receipt.confirmInWriting") : ""), "UTF-8");
        return message;
    }
}
