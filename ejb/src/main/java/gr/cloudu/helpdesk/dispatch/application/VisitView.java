package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.FittedPart;
import gr.cloudu.helpdesk.dispatch.domain.RequestedPart;
import gr.cloudu.helpdesk.dispatch.domain.VisitRequest;
import gr.cloudu.helpdesk.dispatch.domain.VisitStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A visit request as the interfaces show it; {@code warnings} names the requested parts that no machine of
 * the model carries (worth a second look by the approvers, not a refusal).
 */
public record VisitView(Long id, String filingNumber, String equipmentSerial, String requestedBy, Instant requestedAt,
                        String reason, VisitStatus status, List<PartView> parts, String routedBy, Instant routedAt,
                        String engineer, LocalDate date, LocalTime from, LocalTime to, String routingNote,
                        String decidedBy, Instant decidedAt, String decisionReason, String cancelledBy, Instant cancelledAt,
                        String cancelReason, Instant arrivedAt, Instant leftAt,
                        String workDone, String recordedBy, List<FittedView> fitted, List<String> warnings, long version) {

    /** A requested spare part. */
    public record PartView(String partNumber, int quantity, String reason, String slot, boolean knownToModel) {
    }

    /** A part fitted on the visit. */
    public record FittedView(String slot, String partNumber, String removedSerial, String fittedSerial) {
    }

    static VisitView of(VisitRequest v) {
        return new VisitView(v.id(), v.filingNumber(), v.equipmentSerial(), v.requestedBy(), v.requestedAt(), v.reason(),
                v.status(), v.parts().stream().map(VisitView::part).toList(), v.routedBy(), v.routedAt(), v.engineer(),
                v.visitDate(), v.windowFrom(), v.windowTo(), v.routingNote(), v.decidedBy(), v.decidedAt(),
                v.decisionReason(), v.cancelledBy(), v.cancelledAt(), v.cancelReason(), v.arrivedAt(), v.leftAt(), v.workDone(), v.recordedBy(),
                v.fitted().stream().map(VisitView::fitted).toList(),
                v.parts().stream().filter(p -> !p.knownToModel()).map(p -> "part_unknown_to_model:" + p.partNumber()).toList(),
                v.version());
    }

    private static PartView part(RequestedPart p) {
        return new PartView(p.partNumber(), p.quantity(), p.reason(), p.slot(), p.knownToModel());
    }

    private static FittedView fitted(FittedPart p) {
        return new FittedView(p.slot(), p.partNumber(), p.removedSerial(), p.fittedSerial());
    }
}
