package gr.cloudu.helpdesk.notification.application;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * A mail to a customer that must go out even if the server stops right after the decision to send it:
 * it travels as JSON on the outgoing-mail queue and is sent once (its {@code id} is recorded on sending).
 * Attachments travel with it (base64 in the JSON), so what is sent is what was decided.
 */
public record OutgoingMail(String id, String to, String subject, String body, String inReplyTo, List<Attachment> attachments) {

    private static final Locale CUSTOMER_LANGUAGE = Locale.forLanguageTag("el");

    /** A file sent with the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Tells the customer's Level II contact when a preventive-maintenance visit of a machine will take place. */
    public static OutgoingMail maintenanceScheduled(String to, String language, String serial, String contractCode, String date,
                                                    String from, String until, String engineer) {
        ResourceBundle text = MailText.in(language);
        return new OutgoingMail(UUID.randomUUID().toString(), to,
                java.text.MessageFormat.format(text.getString("maintenance.subject"), serial, date),
                java.text.MessageFormat.format(text.getString("maintenance.body"), serial, contractCode, date, from, until, engineer),
                null, List.of());
    }

    /** The quarterly Guaranteed Services report to the customer's Level II contact, in the customer's language. */
    public static OutgoingMail quarterlyReport(String to, String language, String contractCode, int quarter, String period,
                                               String contactName, List<Attachment> files) {
        ResourceBundle text = MailText.in(language);
        return new OutgoingMail(UUID.randomUUID().toString(), to,
                java.text.MessageFormat.format(text.getString("report.mail.subject"), contractCode, quarter, period),
                java.text.MessageFormat.format(text.getString("report.mail.body"), contactName, contractCode, quarter, period),
                null, files);
    }

    /** The polite answer to a sender whose mail went to quarantine. */
    public static OutgoingMail quarantined(String to, String originalSubject, String originalMessageId) {
        ResourceBundle text = bundle();
        return new OutgoingMail(UUID.randomUUID().toString(), to,
                text.getString("quarantine.subject") + " " + (originalSubject == null ? "" : originalSubject),
                java.text.MessageFormat.format(text.getString("quarantine.body"), originalSubject == null ? "" : originalSubject),
                originalMessageId, List.of());
    }

    /** Tells the sender of a quarantined mail that it was filed after all, and under which number. */
    public static OutgoingMail filedFromQuarantine(String to, String filingNumber, String originalSubject, String inReplyTo) {
        ResourceBundle text = bundle();
        return new OutgoingMail(UUID.randomUUID().toString(), to, "[" + filingNumber + "] " + text.getString("linked.subject"),
                java.text.MessageFormat.format(text.getString("linked.body"), originalSubject == null ? "" : originalSubject,
                        filingNumber), inReplyTo, List.of());
    }

    /** Tells the sender of a quarantined mail why it was not taken as a fault report. */
    public static OutgoingMail rejected(String to, String originalSubject, String reason, String inReplyTo) {
        ResourceBundle text = bundle();
        return new OutgoingMail(UUID.randomUUID().toString(), to, text.getString("rejected.subject") + " "
                + (originalSubject == null ? "" : originalSubject),
                java.text.MessageFormat.format(text.getString("rejected.body"), originalSubject == null ? "" : originalSubject,
                        reason), inReplyTo, List.of());
    }

    /** Tells the sender which attachments were too large to keep. */
    public static OutgoingMail attachmentsNotStored(String to, String filingNumber, String originalSubject, List<String> files,
                                                    long limitBytes) {
        ResourceBundle text = bundle();
        String prefix = filingNumber == null ? "" : "[" + filingNumber + "] ";
        return new OutgoingMail(UUID.randomUUID().toString(), to,
                prefix + text.getString("attachments.subject"),
                java.text.MessageFormat.format(text.getString("attachments.body"), String.join(", ", files),
                        limitBytes / (1024 * 1024), originalSubject == null ? "" : originalSubject),
                null, List.of());
    }

    private static ResourceBundle bundle() {
        return MailText.in(CUSTOMER_LANGUAGE);
    }
}
