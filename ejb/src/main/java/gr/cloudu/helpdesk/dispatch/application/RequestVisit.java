package gr.cloudu.helpdesk.dispatch.application;

import java.util.List;

/** The engineer's request for a visit with the spare parts it needs. */
public record RequestVisit(String reason, List<Part> parts) {

    /** A part to take: number, quantity, why, for which module (slot). */
    public record Part(String partNumber, Integer quantity, String reason, String slot) {
    }
}
