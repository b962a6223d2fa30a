package gr.cloudu.helpdesk.intake.domain;

import gr.cloudu.helpdesk.shared.domain.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The original bytes of an inbound mail, archived as received, kept apart so lists never load them. */
@Entity
@Table(name = "inbound_mail_raw")
public class RawMail {

    @Id
    @Column(name = "inbound_mail_id")
    private Long inboundMailId;

    // Mapped (not only its id) so that the mail's row is written before this one without a flush of its own.
    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inbound_mail_id")
    private InboundMail mail;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected RawMail() {
    }

    public RawMail(InboundMail mail, byte[] content) {
        this.mail = mail;
        this.inboundMailId = mail.id();
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }

    /** This original as the life-cycle enters it: its Message-ID, its size and the SHA-256 it was taken under. */
    public String archiveLine() {
        String id = mail.messageId() == null ? "without Message-ID" : Sha256.unclaimed(InboundMail.clip(mail.messageId(), 300));
        return "mail " + id + ": " + content.length + " bytes, sha256=" + mail.contentSha256();
    }
}
