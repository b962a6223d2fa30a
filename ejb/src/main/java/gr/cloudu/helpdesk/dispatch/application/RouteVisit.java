package gr.cloudu.helpdesk.dispatch.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The supervisor's routing of a visit with the engineer: who goes, the day and the time window, and the parts to
 * take when they differ from the request ({@code parts} null: as requested; empty: none, so no approval is needed).
 */
public record RouteVisit(String engineer, LocalDate date, LocalTime from, LocalTime to, String note, List<RequestVisit.Part> parts) {
}
