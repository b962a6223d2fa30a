package gr.cloudu.helpdesk.dispatch.web;

import gr.cloudu.helpdesk.dispatch.application.RequestVisit;
import gr.cloudu.helpdesk.dispatch.application.RouteVisit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The supervisor's routing of a visit as typed in (engineer, day, window, note), on the approvals page for the
 * selected requests and on a visit's own page; {@code WEB-INF/includes/routing.xhtml} shows its fields.
 */
public class RoutingForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String engineer;
    private LocalDate date;
    private LocalTime from = LocalTime.of(9, 0);
    private LocalTime to = LocalTime.of(13, 0);
    private String note;

    /** The routing to send; {@code parts} null keeps the parts as requested. */
    public RouteVisit command(List<RequestVisit.Part> parts) {
        return new RouteVisit(engineer, date, from, to, note, parts);
    }

    public String getEngineer() {
        return engineer;
    }

    public void setEngineer(String engineer) {
        this.engineer = engineer;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
