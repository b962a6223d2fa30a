package gr.cloudu.helpdesk.notification.application;

import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection kept open between mails, for a sender that sends one mail at a time (an instance of a
 * pooled bean): the connection, its greeting and its goodbye cost more than a short mail itself, and opening
 * one per mail made receipts and replies lag behind the filings under load. It is not checked before use (that
 * costs a round trip per mail); a connection the server has dropped fails the send, and the mail is sent once
 * more over a new one. Not for use by two threads at once: injected, it lives and is closed with its sender.
 */
@Dependent
public class SmtpConnection {

    @Inject
    private Session session;

    private Transport transport;

    /**
     * Hands the mail to the SMTP server. A refused recipient, or a second failure, is thrown: the caller rolls
     * back and the message that asked for the mail is delivered again later.
     */
    public void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        nameTheFault(message);
        for (int attempt = 1; ; attempt++) {
            try {
                if (transport == null) {
                    transport = session.getTransport("smtp");
                    transport.connect();
                }
                transport.sendMessage(message, message.getAllRecipients());
                return;
            } catch (MessagingException e) {
                close();
                if (attempt == 2 || e instanceof SendFailedException) {
                    throw e;
                }
            }
        }
    }

    /**
     * A mail about a fault carries its filing number in its Message-ID too: a reply whose subject lost the
     * {@code [CU-…]} still quotes the Message-ID in In-Reply-To and References, where the intake finds the fault.
     */
    private static void nameTheFault(MimeMessage message) throws MessagingException {
        var number = FilingNumber.quotedIn(message.getSubject());
        String generated = message.getMessageID();
        if (number.isPresent() && generated != null && generated.startsWith("<")) {
            message.setHeader("Message-ID", "<" + number.get().value() + "." + generated.substring(1));
        }
    }

    @PreDestroy
    void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Closing a connection that is gone already: nothing left to release.
            }
            transport = null;
        }
    }
}
