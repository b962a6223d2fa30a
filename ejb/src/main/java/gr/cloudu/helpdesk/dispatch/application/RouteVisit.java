package gr.cloudu.helpdesk.dispatch.application;

import java.time.LocalDate;
import java.time.LocalTime;

/** The supervisor's routing of a visit with the engineer: who goes, the day and the time window. */
public record RouteVisit(String engineer, LocalDate date, LocalTime from, LocalTime to, String note) {
}
