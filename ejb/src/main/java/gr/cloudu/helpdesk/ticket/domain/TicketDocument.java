package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A document the help desk filed with a ticket, such as the scan of a paper fax. Never changed afterwards. */
@Entity
@Table(name = "ticket_document")
public class TicketDocument {

    @Id
    @SequenceGenerator(name = "ticket_document_seq", sequenceName = "ticket_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_document_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private Long ticketId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    protected TicketDocument() {
    }

    TicketDocument(Long ticketId, String fileName, String contentType, byte[] content, Instant addedAt, String addedBy) {
        this.ticketId = ticketId;
        this.fileName = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public Long id() {
        return id;
    }

    public Long ticketId() {
        return ticketId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }
}
