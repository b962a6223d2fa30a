package gr.cloudu.helpdesk.intake.infrastructure;

import gr.cloudu.helpdesk.intake.application.ReceivedMail;
import gr.cloudu.helpdesk.shared.domain.Sha256;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads a MIME mail into a {@link ReceivedMail}, forgivingly: a part that cannot be decoded is kept as an
 * attachment rather than failing the whole mail, HTML-only mail is reduced to plain text (no markup, no
 * script survives), and any charset the JDK knows (UTF-8, ISO-8859-7, Windows-1253) is decoded.
 */
final class MimeReader {

    private static final Session LOCAL = Session.getInstance(new Properties());

    private MimeReader() {
    }

    /**
     * Reads a mailbox message. The raw bytes are fetched once and everything else is read from them locally:
     * asking the IMAP server for headers, structure and parts one by one costs a round trip each.
     */
    static ReceivedMail read(Message mailboxMessage, Instant arrivedAtFallback) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mailboxMessage.writeTo(raw);
        byte[] bytes = raw.toByteArray();
        Instant arrived = mailboxMessage.getReceivedDate() != null ? mailboxMessage.getReceivedDate().toInstant() : arrivedAtFallback;
        try {
            return parse(bytes, arrived);
        } catch (MessagingException | IOException | RuntimeException unparseable) {
            // The bytes are here and the same bytes will fail the same way on every pass: left in the mailbox the
            // mail would never reach anyone. It is kept whole, with its text as it came and no known sender, so it
            // lands in quarantine where an agent reads it and files or answers it.
            return new ReceivedMail(Sha256.hex(bytes), Sha256.hex(bytes), bytes, null, List.of(), arrived, null, null, null, subjectOf(bytes),
                    new String(bytes, StandardCharsets.UTF_8), false, List.of());
        }
    }

    // What an agent needs to recognise an unparseable mail in the quarantine list, if even that can be read.
    private static String subjectOf(byte[] bytes) {
        try {
            String subject = new InternetHeaders(new ByteArrayInputStream(bytes)).getHeader("Subject", null);
            return subject == null ? null : MimeUtility.decodeText(MimeUtility.unfold(subject)).strip();
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static ReceivedMail parse(byte[] bytes, Instant arrived) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(LOCAL, new ByteArrayInputStream(bytes));
        Instant senderDate = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        InternetAddress from = firstAddress(message.getFrom());
        List<String> thread = new ArrayList<>();
        for (String header : new String[]{"In-Reply-To", "References"}) {
            String[] values = message.getHeader(header);
            if (values != null) {
                thread.addAll(Arrays.asList(values));
            }
        }
        Body body = new Body();
        walk(message, body);
        return new ReceivedMail(Sha256.hex(bytes), identity(message, bytes), bytes, message.getMessageID(), thread, arrived, senderDate,
                from == null ? null : from.getAddress(), from == null ? null : from.getPersonal(), subject(message),
                body.text(), automatic(message), body.attachments);
    }

    /**
     * What makes two deliveries of a message the same message: its Message-ID, sender, date and subject as written,
     * and its body byte for byte. The headers each server on the way adds at the top (Received, Return-Path,
     * Delivered-To) are left out, so the copy that reached us by a second route is recognised as taken. A mail
     * without Message-ID or Date is identified by its raw bytes.
     */
    private static String identity(MimeMessage message, byte[] raw) throws MessagingException {
        if (message.getHeader("Message-ID") == null || message.getHeader("Date") == null) {
            // Without them a device's alarm sent again tomorrow in the same words would look like today's: only the
            // bytes as they came (trace headers included) tell such mails apart.
            return Sha256.hex(raw);
        }
        ByteArrayOutputStream identity = new ByteArrayOutputStream(raw.length);
        for (String name : new String[]{"Message-ID", "From", "Date", "Subject"}) {
            String value = message.getHeader(name, "\n");
            identity.writeBytes((name + ":" + (value == null ? "" : value.strip()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        int body = bodyStart(raw);
        identity.write(raw, body, raw.length - body);
        return Sha256.hex(identity.toByteArray());
    }

    // After the first empty line; a mail that is all headers has an empty body.
    private static int bodyStart(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n')) {
                return raw[i + 1] == '\n' ? i + 2 : i + 3;
            }
        }
        return raw.length;
    }

    private static String subject(Message message) throws MessagingException {
        String subject = message.getSubject();
        if (subject == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(subject).strip();
        } catch (IOException e) {
            return subject.strip();
        }
    }

    /**
     * Auto-replies, bounces and mailing lists must not be answered, or two machines answer each other for ever. A null
     * return path is what every delivery report and auto-responder sends from (RFC 3834, RFC 5321).
     */
    private static boolean automatic(Message message) throws MessagingException {
        if ("<>".equals(header(message, "Return-Path"))) {
            return true;
        }
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && List.of("bulk", "junk", "list", "auto_reply").contains(precedence.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
            return true;
        }
        String contentType = message.getContentType() == null ? "" : message.getContentType().toLowerCase(Locale.ROOT);
        return contentType.startsWith("multipart/report");
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0].strip();
    }

    private static void walk(Part part, Body body) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null;
        if (!attachment && part.isMimeType("multipart/*")) {
            Multipart multipart = multipartOf(part);
            if (multipart != null) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, body);
                }
                return;
            }
            // Boundaries missing or broken: the parts cannot be told apart, but the customer's words are in there.
            body.plain = body.plain == null ? rawText(part) : body.plain;
            return;
        }
        if (!attachment && part.isMimeType("text/plain") && body.plain == null) {
            body.plain = textOf(part);
        } else if (!attachment && part.isMimeType("text/html") && body.html == null) {
            body.html = textOf(part);
        } else if (!attachment && part.isMimeType("text/*")) {
            body.plain = body.plain == null ? textOf(part) : body.plain;
        } else {
            String name = part.getFileName();
            try {
                name = name == null ? null : MimeUtility.decodeText(name);
            } catch (IOException e) {
                // keep the encoded name
            }
            body.attachments.add(new ReceivedMail.Attachment(name, baseType(part.getContentType()), contentOf(part)));
        }
    }

    /** The parts of a multipart, or null when its structure cannot be parsed. */
    private static Multipart multipartOf(Part part) {
        try {
            if (part.getContent() instanceof Multipart multipart) {
                multipart.getCount();
                return multipart;
            }
        } catch (MessagingException | IOException | RuntimeException broken) {
            // read as text by the caller
        }
        return null;
    }

    // Decoded, or as it came when its transfer encoding is unknown: the file is kept either way.
    private static byte[] contentOf(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException undecodable) {
            try (InputStream in = rawStream(part)) {
                return in.readAllBytes();
            }
        }
    }

    private static String rawText(Part part) throws MessagingException, IOException {
        try (InputStream in = rawStream(part)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // As it came, undecoded: a broken multipart has no transfer encoding of its own to undo.
    private static InputStream rawStream(Part part) throws MessagingException, IOException {
        return part instanceof MimeMessage message ? message.getRawInputStream()
                : part instanceof MimeBodyPart bodyPart ? bodyPart.getRawInputStream() : part.getInputStream();
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            // an unknown or wrong charset, or transfer encoding: read the bytes as UTF-8 below
        }
        return new String(contentOf(part), StandardCharsets.UTF_8);
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static InternetAddress firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet) {
                return internet;
            }
        }
        return null;
    }

    /** What the walk over the parts found. */
    private static final class Body {
        private String plain;
        private String html;
        private final List<ReceivedMail.Attachment> attachments = new ArrayList<>();

        String text() {
            if (plain != null) {
                return plain;
            }
            return html == null ? "" : HtmlText.toPlainText(html);
        }
    }
}
