package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.rest.ApiTime;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket as API.md describes it, plus what the team added: the contract it is worked under, the
 * deadlines one by one, the actions its status allows, its version and (for staff) the help desk's diagnosis. {@code sla} is null when the
 * ticket has no contract term to count by.
 */
public record TicketJson(String filingNumber, OffsetDateTime reportedAt, OffsetDateTime senderDate, String channel, String customer,
                         String contract, TicketDetail.ReporterView reporter, String equipmentSerial, String severity,
                         String subject, String description, String status, String tier, String assignee, SlaJson sla,
                         OffsetDateTime receiptSentAt, boolean writtenConfirmationRequired,
                         OffsetDateTime writtenConfirmationAt, OffsetDateTime respondedAt, OffsetDateTime resolvedAt,
                         OffsetDateTime closedAt, List<String> availableActions, long version,
                         TicketDetail.DiagnosisView diagnosis) {

    /**
     * {@code sla}: the three deadlines and the standing now (ON_TRACK, WARNING, BREACHED, PAUSED); when the customer
     * was last informed, when the next update is due, and (staff only) the note that will go out with it.
     */
    public record SlaJson(OffsetDateTime responseDueAt, OffsetDateTime onSiteDueAt, OffsetDateTime restoreDueAt, String state,
                          String clock, OffsetDateTime pausedSince, OffsetDateTime customerUpdateDueAt,
                          OffsetDateTime customerInformedAt, String noteForCustomer, List<DeadlineJson> deadlines) {
    }

    public record DeadlineJson(String kind, OffsetDateTime dueAt, OffsetDateTime warnAt, String outcome,
                               OffsetDateTime settledAt) {
    }

    public static TicketJson of(TicketDetail t) {
        return new TicketJson(t.filingNumber(), ApiTime.of(t.reportedAt()), ApiTime.of(t.senderDate()), t.channel().name(),
                t.customer(), t.contract(), t.reporter(), t.equipmentSerial(), t.severity().name(), t.subject(),
                t.description(), t.status().name(), t.tier().name(), t.assignee(), sla(t.sla()), ApiTime.of(t.receiptSentAt()),
                t.writtenConfirmationRequired(), ApiTime.of(t.writtenConfirmationAt()), ApiTime.of(t.respondedAt()),
                ApiTime.of(t.resolvedAt()), ApiTime.of(t.closedAt()),
                t.availableActions().stream().map(Enum::name).toList(), t.version(), t.diagnosis());
    }

    private static SlaJson sla(TicketDetail.SlaView s) {
        if (s == null) {
            return null;
        }
        return new SlaJson(ApiTime.of(s.responseDueAt()), ApiTime.of(s.onSiteDueAt()), ApiTime.of(s.restoreDueAt()),
                s.state().name(), s.clock(), ApiTime.of(s.pausedSince()), ApiTime.of(s.customerUpdateDueAt()),
                ApiTime.of(s.customerInformedAt()), s.unsentNote(),
                s.deadlines().stream().map(d -> new DeadlineJson(d.kind().name(), ApiTime.of(d.dueAt()), ApiTime.of(d.warnAt()),
                        d.outcome(), ApiTime.of(d.settledAt()))).toList());
    }
}
