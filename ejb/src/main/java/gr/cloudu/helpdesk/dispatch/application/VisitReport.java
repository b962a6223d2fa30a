package gr.cloudu.helpdesk.dispatch.application;

import java.time.Instant;
import java.util.List;

/** The engineer's record of a visit: arrival, departure, work done, parts fitted. */
public record VisitReport(Instant arrivedAt, Instant leftAt, String workDone, List<Fitted> parts) {

    /** A part fitted: where, which, the serial removed and the serial fitted. */
    public record Fitted(String slot, String partNumber, String removedSerial, String fittedSerial) {
    }
}
