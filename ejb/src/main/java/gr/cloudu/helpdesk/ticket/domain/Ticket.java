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

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.ServiceTime;
import gr.cloudu.helpdesk.shared.domain.Sha256;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault report: one problem reported by an authorised contact of a customer.
 *
 * <p>It is filed under a permanent {@link FilingNumber} with its legal time of report ({@code reportedAt}:
 * when it reached the help desk, never changed afterwards), the reporter and their capacity as they were
 * at that moment, and the problem. From then on everything that happens to it is appended to its
 * life-cycle as a hash-chained {@link TicketEvent}; nothing in the life-cycle is ever rewritten.
 *
 * <p>The help desk takes it up (acknowledges, starts), escalates what it cannot solve to the Technical
 * Support Team and then the On-Site Intervention Team, may wait for the customer (which pauses the clock),
 * resolves it, and the customer's confirmation (or a quiet period of business days) closes it; a resolution
 * that did not hold reopens it. {@link TicketAction} is the table of what is allowed from where. The contract
 * term of its severity sets its {@link SlaDeadline}s, counted in business hours or round the clock; the
 * deadline watch warns before they fall due and escalates when they pass.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    /** The files of a mail with many attachments take several entries, each short enough to read on one screen. */
    private static final int EVIDENCE_DETAIL_LIMIT = 3900;
    private static final Pattern ENTERED_HASH = Pattern.compile("sha256=([0-9a-f]{64})");

    /** How early a note waiting for the customer's update may go out before the update falls due. */
    public static final Duration SEND_AHEAD = Duration.ofMinutes(1);

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

    @Column(name = "contract_code")
    private String contractCode;

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

    @Embedded
    private SlaTerms slaTerms;

    @Column(name = "sla_terms_set", nullable = false)
    private boolean slaTermsSet;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "auto_close_at")
    private Instant autoCloseAt;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "update_due_at")
    private Instant updateDueAt;

    @Column(name = "next_warn_at")
    private Instant nextWarnAt;

    @Column(name = "last_informed_at")
    private Instant lastInformedAt;

    @Column(name = "unsent_note", length = 4000)
    private String unsentNote;

    @Column(name = "update_reminded_for")
    private Instant updateRemindedFor;

    @Column(name = "sla_breached", nullable = false)
    private boolean slaBreached;

    @Embedded
    private Diagnosis diagnosis;

    @Column(name = "diagnosed_at")
    private Instant diagnosedAt;

    @Column(name = "diagnosed_by")
    private String diagnosedBy;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Column(name = "last_event_hash", nullable = false, length = 64)
    private String lastEventHash;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<TicketEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    private List<SlaDeadline> deadlines = new ArrayList<>();

    @Version
    private long version;

    protected Ticket() {
    }

    /**
     * Files a new fault report; its life-cycle starts with the FILED event. {@code senderDate} is what
     * the sender's own mail or fax header claimed, kept beside the legal time of report, or null.
     */
    public static Ticket file(FilingNumber filingNumber, Instant reportedAt, Instant senderDate, Channel channel,
                              Long customerId, String contractCode, Reporter reporter, String equipmentSerial,
                              Severity severity, String subject, String description, Actor actor) {
        Ticket ticket = new Ticket();
        ticket.filingNumber = filingNumber;
        ticket.reportedAt = reportedAt.truncatedTo(ChronoUnit.MICROS);
        ticket.senderDate = senderDate == null ? null : senderDate.truncatedTo(ChronoUnit.MICROS);
        ticket.channel = channel;
        ticket.customerId = customerId;
        ticket.contractCode = contractCode;
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
     * Starts the service-level clock under the contract term of the ticket's severity: its deadlines run from
     * the legal time of report, not from when someone looked at it.
     */
    public void startClock(SlaTerms terms, SlaPolicy policy, Instant at) {
        slaTerms = Objects.requireNonNull(terms);
        slaTermsSet = true;
        schedule(policy, at);
        append(at, LifecycleEventType.SLA_STARTED, Actor.system("sla"), terms + "; " + deadlineSummary());
    }

    /**
     * Moves the ticket through its life-cycle. Throws a conflict ({@code illegal_transition}) for an action
     * the current status does not allow; every accepted action is one life-cycle entry with its actor.
     */
    public void apply(TicketAction action, String comment, String newAssignee, Tier targetTier, Instant when,
                      Actor actor, SlaPolicy policy) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        if (!action.allowedFrom(status)) {
            throw BusinessException.conflict("illegal_transition", action, status);
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (action.commentRequired() && note == null) {
            throw BusinessException.invalid("comment", "comment_required", action);
        }
        List<String> detail = new ArrayList<>();
        switch (action) {
            case ACKNOWLEDGE -> {
                status = TicketStatus.ACKNOWLEDGED;
                respond(at);
            }
            case START -> {
                status = TicketStatus.IN_PROGRESS;
                respond(at);
            }
            case ESCALATE -> {
                Tier to = targetTier != null ? targetTier
                        : tier.next().orElseThrow(() -> BusinessException.conflict("illegal_transition", action, status));
                if (to.ordinal() <= tier.ordinal()) {
                    throw BusinessException.conflict("escalation_not_upwards", tier, to);
                }
                detail.add("from=" + tier);
                detail.add("tier=" + to);
                tier = to;
                status = TicketStatus.ESCALATED;
                assignee = blankToNull(newAssignee);
                respond(at);
            }
            case ASSIGN -> {
                String to = blankToNull(newAssignee);
                if (to == null) {
                    throw BusinessException.invalid("assignee", "required", "assignee");
                }
                assignee = to;
                detail.add("assignee=" + to);
            }
            case AWAIT_CUSTOMER -> {
                breachOverdue(at);
                pausedSince = at;
                status = TicketStatus.AWAITING_CUSTOMER;
                respond(at);
            }
            case RESUME -> endPause(at, policy, detail);
            case RESOLVE -> {
                if (pausedSince != null) {
                    endPause(at, policy, detail);
                }
                respond(at);
                resolvedAt = at;
                deadline(DeadlineKind.RESTORE).filter(SlaDeadline::pending).ifPresent(d -> settle(d, at));
                deadline(DeadlineKind.ON_SITE).filter(SlaDeadline::pending).ifPresent(d -> d.waive(at));
                status = TicketStatus.RESOLVED;
                autoCloseAt = policy.autoCloseAfter() == null ? null : policy.businessTime().plus(at, policy.autoCloseAfter());
            }
            case CLOSE -> {
                status = TicketStatus.CLOSED;
                closedAt = at;
                autoCloseAt = null;
            }
            case REOPEN -> {
                status = TicketStatus.REOPENED;
                resolvedAt = null;
                closedAt = null;
                autoCloseAt = null;
                deadline(DeadlineKind.RESTORE).filter(d -> d.outcome() == DeadlineOutcome.MET).ifPresent(SlaDeadline::reopen);
            }
        }
        if (note != null) {
            detail.add("comment=" + note);
        }
        refreshSummary();
        append(at, LifecycleEventType.of(action), actor, String.join("; ", detail));
    }

    /**
     * The deadline watch's look at this ticket at {@code now}: warns once per deadline at its warning share,
     * records a breach once when a deadline passes, and then escalates to the next tier. Answers what
     * people must be told; nothing when the ticket is paused, settled or already handled.
     */
    public List<SlaAlert> watch(Instant when, SlaPolicy policy) {
        Instant now = when.truncatedTo(ChronoUnit.MICROS);
        List<SlaAlert> alerts = new ArrayList<>();
        if (!status.open() || pausedSince != null) {
            return alerts;
        }
        List<SlaDeadline> byDue = deadlines.stream().filter(SlaDeadline::pending)
                .sorted(Comparator.comparing(SlaDeadline::dueAt)).toList();
        for (SlaDeadline d : byDue) {
            if (d.overdue(now)) {
                d.breach();
                slaBreached = true;
                append(now, LifecycleEventType.SLA_BREACHED, Actor.system("sla"), d.kind() + " deadline " + d.dueAt() + " passed");
                alerts.add(new SlaAlert(SlaAlert.Kind.BREACH, d.kind(), tier));
                Optional<Tier> next = tier.next();
                if (next.isPresent()) {
                    String from = "from=" + tier;
                    tier = next.get();
                    status = TicketStatus.ESCALATED;
                    assignee = null;
                    append(now, LifecycleEventType.ESCALATED, Actor.system("sla"),
                            from + "; tier=" + tier + "; reason=" + d.kind() + " deadline passed");
                    alerts.add(new SlaAlert(SlaAlert.Kind.ESCALATION, d.kind(), tier));
                }
            } else if (d.warningDue(now)) {
                d.warned(now);
                append(now, LifecycleEventType.SLA_WARNING, Actor.system("sla"),
                        d.kind() + " deadline " + d.dueAt() + " approaching");
                alerts.add(new SlaAlert(SlaAlert.Kind.WARNING, d.kind(), tier));
            }
        }
        refreshSummary();
        return alerts;
    }

    /** Closes a resolution nobody objected to within the quiet period; false if it is not yet time. */
    public boolean closeIfQuiet(Instant when, int businessDays) {
        Instant now = when.truncatedTo(ChronoUnit.MICROS);
        if (status != TicketStatus.RESOLVED || autoCloseAt == null || autoCloseAt.isAfter(now)) {
            return false;
        }
        status = TicketStatus.CLOSED;
        closedAt = now;
        autoCloseAt = null;
        append(now, LifecycleEventType.CLOSED, Actor.system("sla"),
                "automatically, " + businessDays + " business days after the resolution without objection");
        return true;
    }

    /**
     * A new severity brings the contract term of that severity: pending deadlines are recomputed from the
     * legal time of report under the new term (plus the time already paused), met ones stay as they were.
     */
    public void changeSeverity(Severity newSeverity, SlaTerms newTerms, String reason, Instant when, Actor actor,
                               SlaPolicy policy) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        if (!status.open()) {
            throw BusinessException.conflict("illegal_transition", "CHANGE_SEVERITY", status);
        }
        if (newSeverity == severity) {
            throw BusinessException.invalid("severity", "severity_unchanged", newSeverity);
        }
        String was = "from=" + severity + "; severity=" + newSeverity + (reason == null || reason.isBlank() ? "" : "; comment=" + reason.strip());
        severity = newSeverity;
        append(at, LifecycleEventType.SEVERITY_CHANGED, actor, was);
        if (newTerms != null) {
            slaTerms = newTerms;
            slaTermsSet = true;
            schedule(policy, at);
            append(at, LifecycleEventType.SLA_RECOMPUTED, Actor.system("sla"), newTerms + "; " + deadlineSummary());
        }
    }

    /**
     * The business calendar changed (hours, closure days): pending deadlines are recounted on the new
     * calendar. Answers false, recording nothing, when no deadline moved.
     */
    public boolean recountDeadlines(SlaPolicy policy, Instant when, String why) {
        if (!slaTermsSet || !status.open()) {
            return false;
        }
        String before = deadlineSummary();
        schedule(policy, when);
        String after = deadlineSummary();
        if (before.equals(after)) {
            return false;
        }
        append(when.truncatedTo(ChronoUnit.MICROS), LifecycleEventType.SLA_RECOMPUTED, Actor.system("sla"), why + "; " + after);
        return true;
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
        append(receiptSentAt, LifecycleEventType.RECEIPT_SENT, Actor.system("mail"), "to=" + recipient);
        return true;
    }

    /**
     * A written message from the customer about this fault (a reply by mail) joins its life-cycle. For a
     * report taken by telephone the first one is also the written confirmation the contract asks for; a
     * ticket waiting for the customer has its answer and its clock runs again.
     */
    public void recordCustomerMessage(Instant when, Actor from, String summary, SlaPolicy policy) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        append(at, LifecycleEventType.CUSTOMER_MESSAGE, from, summary);
        if (needsWrittenConfirmation() && writtenConfirmationAt == null) {
            writtenConfirmationAt = at;
            append(writtenConfirmationAt, LifecycleEventType.WRITTEN_CONFIRMATION, from, "confirmed in writing by " + from.name());
        }
        if (status == TicketStatus.AWAITING_CUSTOMER) {
            List<String> detail = new ArrayList<>();
            endPause(at, policy, detail);
            detail.add("comment=the customer answered");
            refreshSummary();
            append(at, LifecycleEventType.RESUMED, Actor.system("sla"), String.join("; ", detail));
        }
    }

    /**
     * A note on the fault. One {@code forCustomer} is also what the customer hears next: it goes out by itself
     * when the contract's next update falls due (a later note replaces one not yet sent).
     */
    public void addNote(String text, boolean forCustomer, Instant when, Actor actor) {
        if (!status.open()) {
            throw BusinessException.conflict("illegal_transition", "NOTE", status);
        }
        String note = blankToNull(text);
        if (note == null) {
            throw BusinessException.invalid("text", "required", "text");
        }
        if (note.length() > 4000) {
            throw BusinessException.invalid("text", "too_long", "text", 4000);
        }
        if (forCustomer) {
            unsentNote = note;
        }
        append(when.truncatedTo(ChronoUnit.MICROS), LifecycleEventType.NOTE_ADDED, actor,
                (forCustomer ? "for the customer" : "internal") + "; comment=" + note);
    }

    /**
     * The customer was sent a message about the fault ({@code kind}: an UPDATE, or a status change such as
     * RESOLVED or ESCALATED): the proof that they were informed. The next update falls due a full update period
     * later; whether this one came in time is recorded with it.
     */
    public void customerInformed(String kind, String recipient, String message, Instant when, Actor actor, SlaPolicy policy) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        Instant due = updateDueAt;
        List<String> detail = new ArrayList<>();
        detail.add("kind=" + kind);
        detail.add("to=" + recipient);
        if (due != null && status.open()) {
            detail.add("due=" + due);
            detail.add(at.isAfter(due) ? "late=" + Duration.between(due, at) : "on_time=true");
        }
        detail.add("comment=" + message);
        lastInformedAt = at;
        if ("UPDATE".equals(kind)) {
            // The update is what carries the waiting note; a status message does not.
            unsentNote = null;
        }
        updateRemindedFor = null;
        Duration every = slaTermsSet ? slaTerms.updateEvery() : null;
        if (every != null) {
            updateDueAt = slaTerms.timeFrom(policy.businessTime()).plus(at, every);
        }
        append(at, LifecycleEventType.CUSTOMER_INFORMED, actor, String.join("; ", detail));
    }

    /**
     * The update watch's look at this ticket at {@code now}: when the contract's update has fallen due, the public
     * note written since the last update is the update (answered, to be sent, if the customer {@code canBeReached};
     * up to {@link #SEND_AHEAD} early, so the watch's interval never makes it late);
     * without one, the owner is reminded once per due time ({@link UpdateDue#REMIND}). Nothing while the ticket
     * waits for the customer or is settled.
     */
    public UpdateDue updateDue(Instant when, boolean canBeReached) {
        Instant now = when.truncatedTo(ChronoUnit.MICROS);
        if (!status.open() || pausedSince != null || updateDueAt == null || updateDueAt.isAfter(now.plus(SEND_AHEAD))) {
            return UpdateDue.NOTHING;
        }
        if (unsentNote != null && canBeReached) {
            return UpdateDue.SEND_NOTE;
        }
        if (updateDueAt.isAfter(now)) {
            return UpdateDue.NOTHING;
        }
        if (updateDueAt.equals(updateRemindedFor)) {
            return UpdateDue.NOTHING;
        }
        updateRemindedFor = updateDueAt;
        append(now, LifecycleEventType.CUSTOMER_UPDATE_OVERDUE, Actor.system("updates"),
                "update due " + updateDueAt + " not sent; owner=" + (assignee == null ? tier : assignee));
        return UpdateDue.REMIND;
    }

    /**
     * Records the help desk's diagnosis after checking the machine; a later diagnosis replaces the current
     * one, and every diagnosis stays in the life-cycle.
     */
    public void diagnose(Diagnosis found, Instant when, Actor actor) {
        if (!status.open()) {
            throw BusinessException.conflict("illegal_transition", "DIAGNOSE", status);
        }
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        diagnosis = Objects.requireNonNull(found);
        diagnosedAt = at;
        diagnosedBy = actor.name();
        append(at, LifecycleEventType.DIAGNOSED, actor, found.toString());
    }

    /**
     * Appends an entry of the engineers' field work (a dispatch notification delivered, the work log, a visit
     * requested, routed, decided or recorded). It changes nothing else on the ticket.
     */
    public void recordFieldWork(LifecycleEventType type, Instant when, Actor actor, String detail) {
        if (!type.fieldWork()) {
            throw new IllegalArgumentException(type + " is not a field-work entry");
        }
        append(when.truncatedTo(ChronoUnit.MICROS), type, actor, detail);
    }

    /**
     * The engineer arrived on site at {@code arrivedAt} (recorded later, with the visit): the on-site deadline
     * is met or missed by that moment, not by when somebody typed it in.
     */
    public void arrivedOnSite(Instant arrivedAt) {
        Instant at = arrivedAt.truncatedTo(ChronoUnit.MICROS);
        Optional<SlaDeadline> onSite = deadline(DeadlineKind.ON_SITE);
        if (onSite.isEmpty()) {
            return;
        }
        SlaDeadline d = onSite.get();
        if (d.pending()) {
            settle(d, at);
        } else if (d.outcome() == DeadlineOutcome.WAIVED || d.outcome() == DeadlineOutcome.BREACHED && d.settledAt().equals(d.dueAt())) {
            // Recorded after the watch called it breached (or after the resolution waived it): the arrival decides,
            // in time or not, and a late arrival gives the breach its real lateness. The earlier entry stays in the
            // life-cycle; this one corrects it.
            DeadlineOutcome was = d.outcome();
            d.meet(at);
            slaBreached = deadlines.stream().anyMatch(x -> x.outcome() == DeadlineOutcome.BREACHED);
            append(at, d.outcome() == DeadlineOutcome.MET ? LifecycleEventType.DEADLINE_MET : LifecycleEventType.SLA_BREACHED,
                    Actor.system("sla"), d.kind() + " deadline " + d.dueAt() + (d.outcome() == DeadlineOutcome.MET ? " met" : " missed")
                            + " by the recorded arrival " + at + " (was " + was + ")");
        }
        refreshSummary();
    }

    /** The engineer gives the fault back to the tier's queue, saying why; nobody holds it until it is assigned again. */
    public void handBack(String reason, Instant when, Actor actor) {
        if (!status.open()) {
            throw BusinessException.conflict("illegal_transition", "HAND_BACK", status);
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw BusinessException.invalid("reason", "required", "reason");
        }
        String was = assignee;
        assignee = null;
        append(when.truncatedTo(ChronoUnit.MICROS), LifecycleEventType.HANDED_BACK, actor, "from=" + was + "; comment=" + why);
    }

    /**
     * Files a document with the ticket (the scan of a paper fax, say). Its SHA-256 enters the life-cycle,
     * so the document is as dispute-proof as the report itself.
     */
    public TicketDocument fileDocument(String fileName, String contentType, byte[] content, Instant at, Actor actor) {
        TicketDocument document = new TicketDocument(id, fileName, contentType, content, at.truncatedTo(ChronoUnit.MICROS), actor.name());
        append(document.addedAt(), LifecycleEventType.DOCUMENT_FILED, actor,
                Sha256.unclaimed(document.fileName()) + " (" + document.sizeBytes() + " bytes, sha256=" + document.sha256() + ")");
        return document;
    }

    /**
     * Enters an original mail that made or joined this ticket, and the files that came with it, by their SHA-256, so the
     * stored originals are as dispute-proof as the life-cycle. {@code files} are one line each, as the mailbox describes
     * them; they are packed into as few entries as the entries' size allows.
     */
    public void archiveMail(Instant when, Actor actor, List<String> files) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        StringBuilder detail = new StringBuilder();
        for (String file : files) {
            if (detail.length() > 0 && detail.length() + file.length() + 2 > EVIDENCE_DETAIL_LIMIT) {
                append(at, LifecycleEventType.MAIL_ARCHIVED, actor, detail.toString());
                detail.setLength(0);
            }
            detail.append(detail.length() > 0 ? "; " : "").append(file);
        }
        if (detail.length() > 0) {
            append(at, LifecycleEventType.MAIL_ARCHIVED, actor, detail.toString());
        }
    }

    /**
     * Holds the stored evidence to what the life-cycle entered: a file whose bytes changed, one removed, or one put in
     * another's place (each entered copy needs a stored one). A mail taken before the life-cycle entered originals is
     * held to the hash stored beside it; the files that came with it cannot be checked.
     */
    public EvidenceCheck checkEvidence(List<EvidenceFile> stored) {
        Map<String, Integer> present = new HashMap<>();
        stored.forEach(f -> present.merge(f.sha256(), 1, Integer::sum));
        Map<String, Integer> entered = new HashMap<>();
        List<Alteration> altered = new ArrayList<>();
        for (TicketEvent event : events) {
            if (event.type() == LifecycleEventType.MAIL_ARCHIVED || event.type() == LifecycleEventType.DOCUMENT_FILED) {
                Matcher hash = ENTERED_HASH.matcher(event.detail() == null ? "" : event.detail());
                while (hash.find()) {
                    if (entered.merge(hash.group(1), 1, Integer::sum) > present.getOrDefault(hash.group(1), 0)) {
                        altered.add(new Alteration(Alteration.Kind.ENTERED_FILE_MISSING, "#" + event.seq() + " sha256=" + hash.group(1)));
                    }
                }
            }
        }
        int checked = 0;
        for (EvidenceFile file : stored) {
            boolean chained = entered.containsKey(file.enteredAs());
            if (chained || file.recordedSha256() != null) {
                checked++;
            }
            if (file.recordedSha256() != null && !file.recordedSha256().equals(file.sha256())
                    || chained && !entered.containsKey(file.sha256())) {
                altered.add(new Alteration(Alteration.Kind.FILE_CHANGED, file.name()));
            }
        }
        return new EvidenceCheck(checked, List.copyOf(altered));
    }

    /** The contract wants reports in writing: one taken by telephone waits for the reporter's written confirmation. */
    public boolean needsWrittenConfirmation() {
        return channel == Channel.PHONE;
    }

    /** The ticket's service-level standing at {@code now}. */
    public SlaState slaState(Instant now) {
        return SlaState.of(status, slaBreached, nextDueAt, nextWarnAt, now);
    }

    /** The version the ticket was read at; a change based on an older one is refused. */
    public long version() {
        return version;
    }

    private void respond(Instant at) {
        if (respondedAt == null) {
            respondedAt = at;
            deadline(DeadlineKind.RESPONSE).filter(SlaDeadline::pending).ifPresent(d -> settle(d, at));
        }
    }

    private void settle(SlaDeadline d, Instant at) {
        d.meet(at);
        if (d.outcome() == DeadlineOutcome.BREACHED) {
            slaBreached = true;
        }
        append(at, d.outcome() == DeadlineOutcome.MET ? LifecycleEventType.DEADLINE_MET : LifecycleEventType.SLA_BREACHED,
                Actor.system("sla"), d.kind() + " deadline " + d.dueAt() + (d.outcome() == DeadlineOutcome.MET ? " met" : " missed"));
    }

    private void breachOverdue(Instant at) {
        for (SlaDeadline d : deadlines) {
            if (d.overdue(at)) {
                d.breach();
                slaBreached = true;
                append(at, LifecycleEventType.SLA_BREACHED, Actor.system("sla"), d.kind() + " deadline " + d.dueAt() + " passed");
            }
        }
    }

    // The pause extends every pending deadline by exactly the service time it lasted.
    private void endPause(Instant at, SlaPolicy policy, List<String> detail) {
        ServiceTime time = slaTermsSet ? slaTerms.timeFrom(policy.businessTime()) : policy.businessTime();
        Duration paused = time.between(pausedSince, at);
        pausedSeconds += paused.getSeconds();
        pausedSince = null;
        status = tier == Tier.HELP_DESK ? TicketStatus.IN_PROGRESS : TicketStatus.ESCALATED;
        detail.add("paused=" + paused);
        if (slaTermsSet) {
            schedule(policy, at);
            detail.add(deadlineSummary());
            // The customer was just heard from: their next update is a full period after work resumed.
            Duration every = slaTerms.updateEvery();
            if (every != null && updateDueAt != null) {
                Instant fromResume = slaTerms.timeFrom(policy.businessTime()).plus(at, every);
                updateDueAt = fromResume.isAfter(updateDueAt) ? fromResume : updateDueAt;
            }
        }
    }

    // Deadlines are always "allowance + time paused, counted from the legal time of report" in the ticket's
    // service time; only pending ones move, settled ones are history.
    private void schedule(SlaPolicy policy, Instant at) {
        ServiceTime time = slaTerms.timeFrom(policy.businessTime());
        Duration paused = Duration.ofSeconds(pausedSeconds);
        for (DeadlineKind kind : DeadlineKind.values()) {
            Duration allowance = slaTerms.allowance(kind);
            Optional<SlaDeadline> existing = deadline(kind);
            if (allowance == null) {
                existing.filter(SlaDeadline::pending).ifPresent(d -> d.waive(at));
                continue;
            }
            Instant due = time.plus(reportedAt, allowance.plus(paused));
            Instant warn = time.plus(reportedAt, share(allowance, policy.warningShare()).plus(paused));
            if (existing.isPresent()) {
                if (existing.get().pending()) {
                    existing.get().reschedule(due, warn);
                }
            } else {
                SlaDeadline created = new SlaDeadline(this, kind, due, warn);
                deadlines.add(created);
                if (kind == DeadlineKind.RESPONSE && respondedAt != null) {
                    created.meet(respondedAt);
                }
            }
        }
        Duration updateEvery = slaTerms.updateEvery();
        // Counted from the last message to the customer, or from the report until there was one.
        updateDueAt = updateEvery == null ? null : time.plus(lastInformedAt != null ? lastInformedAt : reportedAt,
                lastInformedAt != null ? updateEvery : updateEvery.plus(paused));
        refreshSummary();
    }

    private static Duration share(Duration allowance, double share) {
        return Duration.ofSeconds(Math.round(allowance.getSeconds() * share));
    }

    private void refreshSummary() {
        boolean running = status.open() && pausedSince == null;
        nextDueAt = running ? deadlines.stream().filter(SlaDeadline::pending).map(SlaDeadline::dueAt)
                .min(Comparator.naturalOrder()).orElse(null) : null;
        nextWarnAt = running ? deadlines.stream().filter(SlaDeadline::pending).map(SlaDeadline::warnAt)
                .min(Comparator.naturalOrder()).orElse(null) : null;
    }

    private String deadlineSummary() {
        List<String> parts = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            deadline(kind).ifPresent(d -> parts.add(kind + "=" + d.dueAt() + (d.pending() ? "" : " " + d.outcome())));
        }
        return String.join("; ", parts);
    }

    private Optional<SlaDeadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void append(Instant at, LifecycleEventType type, Actor actor, String detail) {
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

    public Instant writtenConfirmationAt() {
        return writtenConfirmationAt;
    }

    public Diagnosis diagnosis() {
        return diagnosis == null || diagnosis.symptom() == null ? null : diagnosis;
    }

    public Instant diagnosedAt() {
        return diagnosedAt;
    }

    public String diagnosedBy() {
        return diagnosedBy;
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

    public String contractCode() {
        return contractCode;
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

    public Instant pausedSince() {
        return pausedSince;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    /** When the customer last received a message about this fault (receipt aside), or null. */
    public Instant lastInformedAt() {
        return lastInformedAt;
    }

    /** The note for the customer written since the last update and not yet sent, or null. */
    public String unsentNote() {
        return unsentNote;
    }

    /** When the customer is next due an update on this fault under the contract term, or null. */
    public Instant updateDueAt() {
        return status.open() ? updateDueAt : null;
    }

    public boolean hasSlaTerms() {
        return slaTermsSet;
    }

    public SlaTerms slaTerms() {
        return slaTermsSet ? slaTerms : null;
    }

    public Optional<SlaDeadline> deadlineOf(DeadlineKind kind) {
        return deadline(kind);
    }

    public List<SlaDeadline> deadlines() {
        return Collections.unmodifiableList(deadlines);
    }

    public List<TicketEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
