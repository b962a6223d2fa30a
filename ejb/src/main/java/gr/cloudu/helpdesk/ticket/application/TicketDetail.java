package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import gr.cloudu.helpdesk.ticket.domain.DeadlineKind;
import gr.cloudu.helpdesk.ticket.domain.Diagnosis;
import gr.cloudu.helpdesk.ticket.domain.SlaDeadline;
import gr.cloudu.helpdesk.ticket.domain.SlaState;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.TicketAction;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import gr.cloudu.helpdesk.ticket.domain.Tier;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One ticket as the interfaces show it. */
public record TicketDetail(String filingNumber, Instant reportedAt, Instant senderDate, Channel channel, String customer,
                           String customerName, String contract, ReporterView reporter, String equipmentSerial,
                           Severity severity, String subject, String description, TicketStatus status, Tier tier,
                           String assignee, Instant receiptSentAt, boolean writtenConfirmationRequired,
                           Instant writtenConfirmationAt, SlaView sla, Instant respondedAt, Instant resolvedAt,
                           Instant closedAt, Set<TicketAction> availableActions, long version,
                           DiagnosisView diagnosis) {

    /** The help desk's diagnosis, for staff only: symptom, suspected module (slot), checks done, result. */
    public record DiagnosisView(String symptom, String module, String checks, String result, Instant at, String by) {
    }

    /** Who reported, in what capacity and unit, as recorded at the time of the report. */
    public record ReporterView(String name, String email, String capacity, String unit) {
    }

    /**
     * The service-level clock: the three deadlines, the standing now, and since when it is paused; when the
     * customer was last informed, when their next update is due and the note waiting to go out with it. Null
     * when the ticket has no contract term to count by.
     */
    public record SlaView(String clock, Instant responseDueAt, Instant onSiteDueAt, Instant restoreDueAt, SlaState state,
                          Instant pausedSince, Instant customerUpdateDueAt, Instant customerInformedAt, String unsentNote,
                          List<DeadlineView> deadlines) {
    }

    /** One deadline and how it stands: PENDING, MET, BREACHED or WAIVED, with when it was settled and warned. */
    public record DeadlineView(DeadlineKind kind, Instant dueAt, Instant warnAt, String outcome, Instant settledAt,
                               Instant warnedAt) {
    }

    /**
     * The ticket as {@code viewer} may act on it: staff get every action its status allows, customers only
     * the confirmation (CLOSE) and the dispute (REOPEN) of a resolution.
     */
    public static TicketDetail of(Ticket t, String customerCode, String customerName, Instant now, CallerScope viewer) {
        TicketDetail detail = new TicketDetail(t.filingNumber().value(), t.reportedAt(), t.senderDate(), t.channel(), customerCode, customerName,
                t.contractCode(), new ReporterView(t.reporter().name(), t.reporter().email(), t.reporter().capacity(), t.reporter().unit()),
                t.equipmentSerial(), t.severity(), t.subject(), t.description(), t.status(), t.tier(), t.assignee(),
                t.receiptSentAt(), t.needsWrittenConfirmation(), t.writtenConfirmationAt(), sla(t, now), t.respondedAt(),
                t.resolvedAt(), t.closedAt(), actionsFor(t, viewer), t.version(), viewer.staff() ? diagnosis(t) : null);
        return viewer.staff() || detail.sla() == null ? detail : detail.withoutStaffNotes();
    }

    // The note waiting for the next update is the help desk's draft until it is sent.
    private TicketDetail withoutStaffNotes() {
        SlaView s = sla;
        return new TicketDetail(filingNumber, reportedAt, senderDate, channel, customer, customerName, contract, reporter,
                equipmentSerial, severity, subject, description, status, tier, assignee, receiptSentAt, writtenConfirmationRequired,
                writtenConfirmationAt, new SlaView(s.clock(), s.responseDueAt(), s.onSiteDueAt(), s.restoreDueAt(), s.state(),
                s.pausedSince(), s.customerUpdateDueAt(), s.customerInformedAt(), null, s.deadlines()), respondedAt, resolvedAt,
                closedAt, availableActions, version, diagnosis);
    }

    private static DiagnosisView diagnosis(Ticket t) {
        Diagnosis d = t.diagnosis();
        return d == null ? null : new DiagnosisView(d.symptom(), d.module(), d.checks(), d.result(), t.diagnosedAt(), t.diagnosedBy());
    }

    private static Set<TicketAction> actionsFor(Ticket t, CallerScope viewer) {
        Set<TicketAction> actions = TicketAction.availableFrom(t.status());
        if (!viewer.staff()) {
            actions.removeIf(action -> !action.customerMay());
        }
        return actions;
    }

    private static SlaView sla(Ticket t, Instant now) {
        if (!t.hasSlaTerms()) {
            return null;
        }
        List<DeadlineView> deadlines = t.deadlines().stream()
                .sorted(Comparator.comparing(SlaDeadline::kind))
                .map(d -> new DeadlineView(d.kind(), d.dueAt(), d.warnAt(), d.outcome().name(), d.settledAt(), d.warnedAt()))
                .toList();
        return new SlaView(t.slaTerms().roundTheClock() ? "ALWAYS" : "BUSINESS", due(t, DeadlineKind.RESPONSE),
                due(t, DeadlineKind.ON_SITE), due(t, DeadlineKind.RESTORE), t.slaState(now), t.pausedSince(), t.updateDueAt(),
                t.lastInformedAt(), t.unsentNote(), deadlines);
    }

    private static Instant due(Ticket t, DeadlineKind kind) {
        return t.deadlineOf(kind).map(SlaDeadline::dueAt).orElse(null);
    }
}
