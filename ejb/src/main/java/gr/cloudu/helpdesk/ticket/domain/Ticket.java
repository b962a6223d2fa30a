package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.Severity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fault report: one problem reported by an authorised contact of a customer.
 *
 * <p>It is filed under a permanent {@link FilingNumber} with its legal time of report ({@code reportedAt}:
 * when it reached the help desk, never changed afterwards), the reporter and their capacity as they were
 * at that moment, and the problem. From then on everything that happens to it is appended to its
 * life-cycle as a hash-chained {@link TicketEvent}; nothing in the life-cycle is ever rewritten.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    @Embedded
    private FilingNumber filingNumber;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "sender_date", updatable = false)
    private Instant senderDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Embedded
    private Reporter reporter;

    @Column(name = "equipment_serial")
    private String equipmentSerial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private String subject;

    @Column(length = 20000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tier tier;

    private String assignee;

    @Column(name = "receipt_sent_at")
    private Instant receiptSentAt;

    @Column(name = "written_confirmation_at")
    private Instant writtenConfirmationAt;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Column(name = "last_event_hash", nullable = false, length = 64)
    private String lastEventHash;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<TicketEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Ticket() {
    }

    /**
     * Files a new fault report; its life-cycle starts with the FILED event. {@code senderDate} is what
     * the sender's own mail or fax header claimed, kept beside the legal time of report, or null.
     */
    public static Ticket file(FilingNumber filingNumber, Instant reportedAt, Instant senderDate, Channel channel,
                              Long customerId, Reporter reporter, String equipmentSerial, Severity severity,
                              String subject, String description, String actor) {
        Ticket ticket = new Ticket();
        ticket.filingNumber = filingNumber;
        ticket.reportedAt = reportedAt.truncatedTo(ChronoUnit.MICROS);
        ticket.senderDate = senderDate == null ? null : senderDate.truncatedTo(ChronoUnit.MICROS);
        ticket.channel = channel;
        ticket.customerId = customerId;
        ticket.reporter = reporter;
        ticket.equipmentSerial = equipmentSerial;
        ticket.severity = severity;
        ticket.subject = subject;
        ticket.description = description;
        ticket.status = TicketStatus.FILED;
        ticket.tier = Tier.HELP_DESK;
        ticket.lastEventHash = LifecycleHash.GENESIS;
        ticket.append(ticket.reportedAt, LifecycleEventType.FILED, actor,
                "channel=" + channel + "; reporter=" + reporter.name() + "; severity=" + severity + "; subject=" + subject);
        return ticket;
    }

    /**
     * Records that the filing receipt went to the reporter. Only the first receipt counts: a repeated
     * delivery of the same notice changes nothing and answers false.
     */
    public boolean recordReceiptSent(Instant at, String recipient) {
        if (receiptSentAt != null) {
            return false;
        }
        receiptSentAt = at.truncatedTo(ChronoUnit.MICROS);
        append(receiptSentAt, LifecycleEventType.RECEIPT_SENT, "system", "to=" + recipient);
        return true;
    }

    /**
     * A written message from the customer about this fault (a reply by mail) joins its life-cycle. For a
     * report taken by telephone the first one is also the written confirmation the contract asks for.
     */
    public void recordCustomerMessage(Instant at, String from, String summary) {
        append(at, LifecycleEventType.CUSTOMER_MESSAGE, from, summary);
        if (needsWrittenConfirmation() && writtenConfirmationAt == null) {
            writtenConfirmationAt = at.truncatedTo(ChronoUnit.MICROS);
            append(writtenConfirmationAt, LifecycleEventType.WRITTEN_CONFIRMATION, from, "confirmed in writing by " + from);
        }
    }

    /**
     * Files a document with the ticket (the scan of a paper fax, say). Its SHA-256 enters the life-cycle,
     * so the document is as dispute-proof as the report itself.
     */
    public TicketDocument fileDocument(String fileName, String contentType, byte[] content, Instant at, String actor) {
        TicketDocument document = new TicketDocument(id, fileName, contentType, content, at.truncatedTo(ChronoUnit.MICROS), actor);
        append(document.addedAt(), LifecycleEventType.DOCUMENT_FILED, actor,
                document.fileName() + " (" + document.sizeBytes() + " bytes, sha256=" + document.sha256() + ")");
        return document;
    }

    /** The contract wants reports in writing: one taken by telephone waits for the reporter's written confirmation. */
    public boolean needsWrittenConfirmation() {
        return channel == Channel.PHONE;
    }

    public Instant writtenConfirmationAt() {
        return writtenConfirmationAt;
    }

    private void append(Instant at, LifecycleEventType type, String actor, String detail) {
        TicketEvent event = new TicketEvent(this, eventCount + 1, at.truncatedTo(ChronoUnit.MICROS), type, actor, detail,
                lastEventHash);
        events.add(event);
        eventCount = event.seq();
        lastEventHash = event.hash();
    }

    /** Recomputes the hash chain over the recorded events; false if any was altered, removed or reordered. */
    public boolean lifecycleIntact() {
        String previous = LifecycleHash.GENESIS;
        int expectedSeq = 1;
        for (TicketEvent event : events) {
            if (event.seq() != expectedSeq++ || !event.chainsFrom(previous)) {
                return false;
            }
            previous = event.hash();
        }
        return expectedSeq - 1 == eventCount && previous.equals(lastEventHash);
    }

    public Long id() {
        return id;
    }

    public FilingNumber filingNumber() {
        return filingNumber;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant senderDate() {
        return senderDate;
    }

    public Channel channel() {
        return channel;
    }

    public Long customerId() {
        return customerId;
    }

    public Reporter reporter() {
        return reporter;
    }

    public String equipmentSerial() {
        return equipmentSerial;
    }

    public Severity severity() {
        return severity;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public TicketStatus status() {
        return status;
    }

    public Tier tier() {
        return tier;
    }

    public String assignee() {
        return assignee;
    }

    public Instant receiptSentAt() {
        return receiptSentAt;
    }

    public List<TicketEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
