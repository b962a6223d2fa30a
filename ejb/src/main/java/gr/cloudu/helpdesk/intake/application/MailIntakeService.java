package gr.cloudu.helpdesk.intake.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.intake.domain.InboundMail;
import gr.cloudu.helpdesk.intake.domain.MailAttachment;
import gr.cloudu.helpdesk.intake.domain.RawMail;
import gr.cloudu.helpdesk.notification.application.OutgoingMail;
import gr.cloudu.helpdesk.notification.application.OutgoingMailPublisher;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.application.ReportFault;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.application.TicketFilingService;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes one mail from the help-desk mailbox, in its own transaction, and decides what it is:
 * <ol>
 *   <li>a message we have taken before (same identity, or the same raw bytes): nothing more to do;</li>
 *   <li>an automatic mail (our own, an auto-reply, a bounce): recorded and ignored, so mail loops die here;</li>
 *   <li>a message about an existing ticket (its filing number in the subject or the threading headers):
 *       added to that ticket's life-cycle;</li>
 *   <li>a fax from the fax gateway: filed as a FAX report for the contact whose fax number the subject names;</li>
 *   <li>a mail from an authorised contact: filed as an EMAIL report;</li>
 *   <li>anything else: quarantined for an agent, and the sender is politely told.</li>
 * </ol>
 * Every mail is archived with its raw bytes and attachments whatever it turns out to be.
 */
@Stateless
@PermitAll
public class MailIntakeService {

    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*((re|fw|fwd|απ|σχετ|προώθ)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAX_NUMBER = Pattern.compile("\\+?\\d[\\d\\s().-]{4,}\\d");
    private static final int DESCRIPTION_LIMIT = 20_000;
    private static final String MAILBOX = "mailbox";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IntakeSettings settings;

    @Inject
    private CustomerQueries customers;

    @Inject
    private TicketFilingService filing;

    @Inject
    private OutgoingMailPublisher outgoing;

    /** Takes one mail in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IngestOutcome ingest(ReceivedMail mail) {
        return ingestAll(List.of(mail)).get(0);
    }

    /**
     * Takes a batch of mails, in mailbox order, in one transaction: one commit for many mails. Anything that fails
     * rolls the whole batch back, and the caller takes its mails one by one. What the batch's mails have in common
     * is read once for the batch: which of them were taken before (one query), and who writes from each address.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<IngestOutcome> ingestAll(List<ReceivedMail> mails) {
        Set<String> taken = takenBefore(mails);
        Map<String, List<Contact>> senders = new HashMap<>();
        List<IngestOutcome> outcomes = new ArrayList<>(mails.size());
        for (ReceivedMail mail : mails) {
            // A message twice in one batch is taken once, as it would be in two batches.
            boolean first = !taken.contains(mail.contentSha256()) && taken.add(mail.identitySha256());
            outcomes.add(first ? take(mail, senders) : IngestOutcome.ALREADY_TAKEN);
        }
        return outcomes;
    }

    private IngestOutcome take(ReceivedMail mail, Map<String, List<Contact>> senders) {
        InboundMail inbound = new InboundMail(mail.contentSha256(), mail.identitySha256(), mail.messageId(), mail.arrivedAt(), mail.senderDate(),
                mail.fromAddress(), mail.subject(), mail.text());
        em.persist(inbound);
        RawMail raw = new RawMail(inbound, mail.raw());
        em.persist(raw);
        List<String> original = new ArrayList<>(List.of(raw.archiveLine()));
        List<String> notStored = new ArrayList<>();
        for (ReceivedMail.Attachment file : mail.attachments()) {
            MailAttachment attachment = new MailAttachment(inbound, file.fileName(), file.contentType(), file.content(),
                    settings.attachmentMaxBytes());
            em.persist(attachment);
            original.add(attachment.archiveLine());
            if (!attachment.stored()) {
                notStored.add(attachment.fileName());
            }
        }
        decide(inbound, mail, senders, original);
        if (!notStored.isEmpty() && !mail.automatic() && mail.fromAddress() != null) {
            outgoing.publish(OutgoingMail.attachmentsNotStored(mail.fromAddress(), inbound.ticketFilingNumber(),
                    mail.subject(), notStored, settings.attachmentMaxBytes()));
        }
        return IngestOutcome.TAKEN;
    }

    private void decide(InboundMail inbound, ReceivedMail mail, Map<String, List<Contact>> sendersByAddress, List<String> original) {
        String from = mail.fromAddress() == null ? "" : mail.fromAddress().toLowerCase(Locale.ROOT);
        // A fax gateway is a machine and may say so (Auto-Submitted, a null return path): its faxes are reports all the same.
        if (settings.faxGatewaySenders().contains(from)) {
            fileFax(inbound, mail, original);
            return;
        }
        if (mail.automatic() || !from.isEmpty() && from.equals(settings.helpDeskAddress())) {
            inbound.ignore(from.equals(settings.helpDeskAddress()) ? "our own mail" : "automatic mail");
            return;
        }
        if (from.isEmpty()) {
            // Nobody to answer, but somebody wrote it: an agent reads it and decides.
            inbound.quarantine("no sender address could be read");
            return;
        }
        List<Contact> senders = sendersByAddress.computeIfAbsent(from, customers::authorisedContactsByEmail);
        Optional<String> about = filingNumberIn(mail);
        if (about.isPresent() && senders.size() == 1
                && filing.appendCustomerMessage(about.get(), senders.get(0).customer().id(), from,
                senders.get(0).capacity(), mail.arrivedAt(), excerpt(mail), MAILBOX, original)) {
            inbound.appendedTo(about.get());
            return;
        }
        if (senders.size() == 1) {
            TicketDetail filed = filing.fileReceived(senders.get(0), report(mail, Channel.EMAIL), mail.arrivedAt(), mail.senderDate(), MAILBOX,
                    original);
            inbound.filedAs(filed.filingNumber());
            return;
        }
        quarantine(inbound, mail, senders.isEmpty() ? "sender is not an authorised contact"
                : "sender is an authorised contact of several customers");
    }

    private void fileFax(InboundMail inbound, ReceivedMail mail, List<String> original) {
        Matcher number = FAX_NUMBER.matcher(mail.subject() == null ? "" : mail.subject());
        if (!number.find()) {
            inbound.quarantine("fax without the sender's number in the subject");
            return;
        }
        String faxNumber = number.group();
        List<Contact> senders = customers.authorisedContactsByFax(faxNumber);
        if (senders.size() != 1) {
            inbound.quarantine(senders.isEmpty() ? "fax from a number of no authorised contact" : "fax number shared by several contacts");
            return;
        }
        // The gateway also mails failed receptions and cover notes: without the fax itself there is no report in writing.
        if (mail.attachments().stream().noneMatch(MailIntakeService::faxImage)) {
            inbound.quarantine("no fax (PDF or TIFF) attached");
            return;
        }
        String subject = "Fax " + faxNumber.strip();
        ReportFault report = new ReportFault(null, null, null, Severity.MAJOR, subject,
                "Αναγγελία με φαξ από " + faxNumber.strip() + ". Το φαξ είναι συνημμένο (" + mail.attachments().size() + " αρχεία).",
                Channel.FAX);
        TicketDetail filed = filing.fileReceived(senders.get(0), report, mail.arrivedAt(), mail.senderDate(), MAILBOX, original);
        inbound.filedAs(filed.filingNumber());
    }

    private static boolean faxImage(ReceivedMail.Attachment file) {
        String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT);
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        return type.startsWith("application/pdf") || type.startsWith("image/tiff") || name.endsWith(".pdf") || name.endsWith(".tif")
                || name.endsWith(".tiff");
    }

    private void quarantine(InboundMail inbound, ReceivedMail mail, String reason) {
        inbound.quarantine(reason);
        outgoing.publish(OutgoingMail.quarantined(mail.fromAddress(), mail.subject(), mail.messageId()));
    }

    private static ReportFault report(ReceivedMail mail, Channel channel) {
        return report(mail.subject(), mail.text(), channel);
    }

    /** The fault report a mail makes: its subject (without reply prefixes) and its text. */
    static ReportFault report(String mailSubject, String mailText, Channel channel) {
        String subject = mailSubject == null ? "" : REPLY_PREFIX.matcher(mailSubject).replaceFirst("").strip();
        if (subject.isEmpty()) {
            subject = firstLine(mailText);
        }
        if (subject.length() > 300) {
            subject = subject.substring(0, 297) + "...";
        }
        String text = mailText == null ? "" : mailText.strip();
        return new ReportFault(null, null, null, Severity.MAJOR, subject,
                text.length() > DESCRIPTION_LIMIT ? text.substring(0, DESCRIPTION_LIMIT) : text, channel);
    }

    private static String firstLine(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return "(χωρίς θέμα)";
        }
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }

    private static String excerpt(ReceivedMail mail) {
        String text = (mail.subject() == null ? "" : mail.subject() + "\n") + (mail.text() == null ? "" : mail.text().strip());
        return text.length() > 3900 ? text.substring(0, 3900) + "..." : text;
    }

    private static Optional<String> filingNumberIn(ReceivedMail mail) {
        List<String> places = new ArrayList<>();
        places.add(mail.subject());
        places.addAll(mail.threadReferences());
        return places.stream().map(FilingNumber::quotedIn).flatMap(Optional::stream).map(FilingNumber::value).findFirst();
    }

    /**
     * Of the batch's mails, the identities and raw hashes already taken (by an earlier batch, before a crash, by
     * another route). The raw hash also counts: a mail taken before identities were kept has only that.
     */
    private Set<String> takenBefore(List<ReceivedMail> mails) {
        List<String> identities = mails.stream().map(ReceivedMail::identitySha256).distinct().toList();
        List<String> contents = mails.stream().map(ReceivedMail::contentSha256).distinct().toList();
        if (identities.isEmpty()) {
            // Every mail of the batch unreadable: "IN ()" is no SQL.
            return new HashSet<>();
        }
        Set<String> taken = new HashSet<>();
        em.createQuery("SELECT m.identitySha256, m.contentSha256 FROM InboundMail m WHERE m.identitySha256 IN :i"
                        + " OR m.contentSha256 IN :c", Object[].class)
                .setParameter("i", identities).setParameter("c", contents)
                .getResultStream().forEach(row -> {
                    taken.add((String) row[0]);
                    taken.add((String) row[1]);
                });
        return taken;
    }
}
