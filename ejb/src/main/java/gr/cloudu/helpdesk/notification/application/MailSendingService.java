package gr.cloudu.helpdesk.notification.application;

import jakarta.activation.DataHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Date;

/**
 * Sends a queued {@link OutgoingMail} once. The id is recorded in the same transaction as the sending
 * decision; a redelivered message whose id is recorded already sends nothing. A failure rolls back and
 * the broker delivers the message again later.
 */
@Stateless
@PermitAll
public class MailSendingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Session mail;

    @Inject
    private Clock clock;

    @Inject
    private SmtpConnection smtp;

    public void send(OutgoingMail outgoing) throws MessagingException {
        int recorded = em.createNativeQuery("INSERT INTO outgoing_mail_sent (id, sent_at) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM outgoing_mail_sent WHERE id = ?)")
                .setParameter(1, outgoing.id())
                .setParameter(2, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .setParameter(3, outgoing.id())
                .executeUpdate();
        if (recorded == 0) {
            return;
        }
        MimeMessage message = new MimeMessage(mail);
        // The help desk's address (HELPDESK_MAIL_FROM, the mail session's "from"): replies come back to the mailbox.
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.to()));
        message.setSubject(outgoing.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-replied");
        if (outgoing.inReplyTo() != null) {
            message.setHeader("In-Reply-To", outgoing.inReplyTo());
            message.setHeader("References", outgoing.inReplyTo());
        }
        if (outgoing.attachments().isEmpty()) {
            message.setText(outgoing.body(), "UTF-8");
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(outgoing.body(), "UTF-8");
            parts.addBodyPart(text);
            for (OutgoingMail.Attachment a : outgoing.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                file.setFileName(a.fileName());
                parts.addBodyPart(file);
            }
            message.setContent(parts);
        }
        smtp.send(message);
    }
}
