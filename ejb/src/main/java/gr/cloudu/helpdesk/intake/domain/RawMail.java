package gr.cloudu.helpdesk.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The original bytes of an inbound mail, archived as received, kept apart so lists never load them. */
@Entity
@Table(name = "inbound_mail_raw")
public class RawMail {

    @Id
    @Column(name = "inbound_mail_id")
    private Long inboundMailId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected RawMail() {
    }

    public RawMail(Long inboundMailId, byte[] content) {
        this.inboundMailId = inboundMailId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
