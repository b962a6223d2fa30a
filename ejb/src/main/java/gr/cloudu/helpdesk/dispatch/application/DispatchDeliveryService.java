package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.Assignment;
import gr.cloudu.helpdesk.notification.application.MailText;
import gr.cloudu.helpdesk.notification.application.SmtpConnection;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.shared.domain.Sha256;
import gr.cloudu.helpdesk.ticket.domain.Actor;
import gr.cloudu.helpdesk.ticket.domain.LifecycleEventType;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Delivers a dispatch notice: the mail to the engineer with the dispatch packet attached as a PDF, and the
 * delivery in the ticket's life-cycle (the inbox entry is written with the assignment). The notice id is recorded in the same
 * transaction, so a redelivered notice sends nothing twice; a failure (the mail server down) rolls it all
 * back and the broker delivers the notice again later.
 */
@Stateless
@PermitAll
public class DispatchDeliveryService {

    // Engineers are the company's own staff: their mail is in the company's language.
    private static final Locale STAFF_LANGUAGE = Locale.forLanguageTag("el");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Session mail;

    @Inject
    private Clock clock;

    @Inject
    private CallerScopes callers;

    @Inject
    private DispatchPackets packets;

    @Inject
    private SmtpConnection smtp;

    /**
     * A notice that failed on its last delivery attempt is parked on the dead-letter queue: the fault's timeline says so,
     * so whoever looks at the fault knows the engineer has not been told. Asynchronous, in a transaction of its own: the
     * failed delivery's transaction still holds the ticket until it has rolled back.
     */
    @Asynchronous
    public void parked(DispatchNotice notice, int attempts, String error) {
        Assignment assignment = em.find(Assignment.class, notice.assignmentId());
        if (assignment == null) {
            return;
        }
        Ticket ticket = em.find(Ticket.class, assignment.ticketId(), LockModeType.PESSIMISTIC_WRITE);
        String cause = error == null ? "" : error.length() > 500 ? error.substring(0, 500) + "..." : error;
        ticket.recordFieldWork(LifecycleEventType.DISPATCH_FAILED, clock.instant(), Actor.system("dispatch"),
                "to=" + assignment.engineer() + "; assignment=" + assignment.id() + "; notice=" + notice.id() + "; attempts=" + attempts
                        + "; error=" + cause + "; parked for the administrator to send again");
    }

    /** What the engineer's mail and inbox call an assignment. */
    static String subject(String filingNumber, String faultSubject) {
        return MessageFormat.format(MailText.in(STAFF_LANGUAGE).getString("dispatch.subject"), filingNumber, faultSubject);
    }

    public void deliver(DispatchNotice notice) throws MessagingException {
        Instant now = clock.instant();
        int first = em.createNativeQuery("INSERT INTO dispatch_delivery (notice_id, delivered_at) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM dispatch_delivery WHERE notice_id = ?)")
                .setParameter(1, notice.id())
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .setParameter(3, notice.id())
                .executeUpdate();
        if (first == 0) {
            return;
        }
        Assignment assignment = em.find(Assignment.class, notice.assignmentId());
        if (assignment == null) {
            throw new IllegalArgumentException("dispatch notice " + notice.id() + " names no assignment");
        }
        CallerScope engineer = callers.of(assignment.engineer())
                .orElseThrow(() -> new IllegalArgumentException("no user " + assignment.engineer()));
        // The packet and its PDF are made before anything is locked; the ticket is locked only for the writes.
        Ticket ticket = em.find(Ticket.class, assignment.ticketId());
        DispatchPacket packet = packets.of(ticket, engineer, now);
        byte[] pdf = DispatchPacketPdf.render(packet, STAFF_LANGUAGE);
        ResourceBundle text = MailText.in(STAFF_LANGUAGE);
        String filingNumber = ticket.filingNumber().value();
        String subject = subject(filingNumber, ticket.subject());
        String body = MessageFormat.format(text.getString("dispatch.body"), filingNumber,
                assignment.assignedBy(), packet.ticket().customerName(), ticket.severity(), ticket.subject(),
                ticket.equipmentSerial() == null ? "-" : ticket.equipmentSerial(),
                assignment.note() == null ? "" : assignment.note() + "\n");
        boolean byMail = engineer.email() != null && !engineer.email().isBlank();
        MimeMessage mail = byMail ? message(engineer.email(), subject, body, pdf, filingNumber) : null;

        // Ticket first, then the assignment: the order every other flow takes. Everything is written and
        // flushed before the mail leaves, so nothing after the SMTP server's acceptance can fail but the commit.
        em.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(assignment, LockModeType.PESSIMISTIC_WRITE);
        Instant sent = clock.instant();
        if (assignment.notified(sent)) {
            ticket.recordFieldWork(LifecycleEventType.DISPATCH_NOTIFIED, sent, Actor.system("dispatch"),
                    "to=" + assignment.engineer() + (byMail ? " <" + engineer.email() + ">" : "") + "; assignment="
                            + assignment.id() + "; packet=" + pdf.length + " bytes, sha256=" + Sha256.hex(pdf)
                            + "; notice=" + notice.id());
        }
        em.flush();
        if (mail != null) {
            smtp.send(mail);
        }
    }

    private MimeMessage message(String to, String subject, String body, byte[] pdf, String filingNumber) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName("dispatch-" + filingNumber + ".pdf");
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(text);
        parts.addBodyPart(attachment);
        message.setContent(parts);
        return message;
    }
}
