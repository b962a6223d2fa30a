package gr.cloudu.helpdesk.intake.domain;

import gr.cloudu.helpdesk.shared.domain.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file that came with an inbound mail (a fax's PDF or TIFF, a photo, a log). One over the size limit is
 * recorded by name and size but its content is not stored, and the sender is told.
 */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment {

    @Id
    @SequenceGenerator(name = "mail_attachment_seq", sequenceName = "mail_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_attachment_seq")
    private Long id;

    // The mail is mapped (and written through this relation) so its row goes in before this one without a flush
    // of its own; the id beside it serves queries.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inbound_mail_id", nullable = false, updatable = false)
    private InboundMail mail;

    @Column(name = "inbound_mail_id", insertable = false, updatable = false)
    private Long inboundMailId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "content", updatable = false)
    private byte[] content;

    @Column(name = "sha256", updatable = false, length = 64)
    private String sha256;

    protected MailAttachment() {
    }

    public MailAttachment(InboundMail mail, String fileName, String contentType, byte[] content, long sizeLimit) {
        this.mail = mail;
        this.inboundMailId = mail.id();
        this.fileName = fileName == null || fileName.isBlank() ? "attachment" : InboundMail.clip(fileName, 500);
        this.contentType = InboundMail.clip(contentType, 200);
        this.sizeBytes = content.length;
        this.content = content.length <= sizeLimit ? content.clone() : null;
        this.sha256 = this.content == null ? null : Sha256.hex(this.content);
    }

    /** The hash of the content as it arrived; null for one not stored, or stored before hashes were kept. */
    public String sha256() {
        return sha256;
    }

    public Long id() {
        return id;
    }

    public Long inboundMailId() {
        return inboundMailId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content == null ? null : content.clone();
    }

    public boolean stored() {
        return content != null;
    }

    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** This file as the life-cycle enters it: its name, its size and its SHA-256, or that it was not stored. */
    public String archiveLine() {
        return "attachment " + Sha256.unclaimed(fileName) + ": " + sizeBytes + " bytes, "
                + (content == null ? "not stored (over the size limit)" : "sha256=" + (sha256 != null ? sha256 : Sha256.hex(content)));
    }
}
