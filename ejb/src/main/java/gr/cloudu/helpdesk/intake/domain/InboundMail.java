package gr.cloudu.helpdesk.intake.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A mail as it reached the help-desk mailbox: when it arrived there (the legal time of a report made by
 * e-mail or fax), what its sender's own {@code Date:} said, who sent it and what it was about, its
 * identity (a hash of its Message-ID, sender, date, subject and body, so the same message is never taken twice,
 * not even when it arrives again by another route or after a crash between our commit and the mailbox update),
 * the hash of its raw bytes, and what became of it.
 */
@Entity
@Table(name = "inbound_mail")
public class InboundMail {

    @Id
    @SequenceGenerator(name = "inbound_mail_seq", sequenceName = "inbound_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
    private Long id;

    @Column(name = "content_sha256", nullable = false, unique = true, updatable = false, length = 64)
    private String contentSha256;

    /** The same for every delivery of one message (its trace headers left out): the key that takes it once. */
    @Column(name = "identity_sha256", nullable = false, unique = true, updatable = false, length = 64)
    private String identitySha256;

    @Column(name = "message_id", updatable = false)
    private String messageId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "sender_date", updatable = false)
    private Instant senderDate;

    @Column(name = "from_address", updatable = false)
    private String fromAddress;

    @Column(name = "subject", length = 1000, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InboundMailStatus status;

    @Column(name = "ticket_filing_number")
    private String ticketFilingNumber;

    @Column(length = 2000)
    private String reason;

    @Column(name = "body_text", length = 20000, updatable = false)
    private String text;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected InboundMail() {
    }

    public InboundMail(String contentSha256, String identitySha256, String messageId, Instant receivedAt, Instant senderDate, String fromAddress,
                       String subject, String text) {
        this.text = clip(text, 20000);
        this.contentSha256 = contentSha256;
        this.identitySha256 = identitySha256;
        this.messageId = clip(messageId, 1000);
        this.receivedAt = receivedAt;
        this.senderDate = senderDate;
        this.fromAddress = clip(fromAddress, 320);
        this.subject = clip(subject, 1000);
        this.status = InboundMailStatus.QUARANTINED;
    }

    /**
     * What the sender wrote, cut to its column: a header too long to keep is never a reason for a mail to fail
     * (it would fail again on every pass and never be filed); the raw message keeps it whole.
     */
    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public void filedAs(String filingNumber) {
        status = InboundMailStatus.FILED;
        ticketFilingNumber = filingNumber;
    }

    public void appendedTo(String filingNumber) {
        status = InboundMailStatus.APPENDED;
        ticketFilingNumber = filingNumber;
    }

    /** An agent decided that a quarantined mail is a fault report of a customer and filed it. */
    public void linkedTo(String filingNumber, String agent, Instant at) {
        requireQuarantined();
        filedAs(filingNumber);
        decidedBy = agent;
        decidedAt = at;
    }

    /** An agent decided that a quarantined mail is not a fault report; the reason is told to the sender. */
    public void reject(String why, String agent, Instant at) {
        requireQuarantined();
        status = InboundMailStatus.REJECTED;
        reason = why;
        decidedBy = agent;
        decidedAt = at;
    }

    private void requireQuarantined() {
        if (status != InboundMailStatus.QUARANTINED) {
            throw BusinessException.conflict("mail_not_in_quarantine", id, status);
        }
    }

    public void quarantine(String why) {
        status = InboundMailStatus.QUARANTINED;
        reason = why;
    }

    public void ignore(String why) {
        status = InboundMailStatus.IGNORED;
        reason = why;
    }

    public Long id() {
        return id;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public String messageId() {
        return messageId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant senderDate() {
        return senderDate;
    }

    public String fromAddress() {
        return fromAddress;
    }

    public String subject() {
        return subject;
    }

    public InboundMailStatus status() {
        return status;
    }

    public String ticketFilingNumber() {
        return ticketFilingNumber;
    }

    public String text() {
        return text;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }
}
