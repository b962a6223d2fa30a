package gr.cloudu.helpdesk.sla.web;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import gr.cloudu.helpdesk.sla.application.CalendarService;
import gr.cloudu.helpdesk.sla.application.CalendarView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * {@code calendar.xhtml}: the company calendar, its public holidays and closure days; the administrator
 * edits the working hours and the closure days, and every running deadline is recounted.
 */
@Named
@ViewScoped
public class BusinessCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendars;

    private CalendarView calendar;
    private LocalTime opensAt;
    private LocalTime closesAt;
    private LocalDate closureDate;
    private String closureReason;

    @PostConstruct
    void load() {
        calendar = calendars.view();
        opensAt = calendar.opensAt();
        closesAt = calendar.closesAt();
    }

    public void saveHours() {
        try {
            calendar = calendars.setHours(opensAt, closesAt, calendar.timeZone());
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "calendar.saved");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("opensAt", "hours:opensAt", "closesAt", "hours:closesAt"));
        }
    }

    public void addClosure() {
        try {
            calendar = calendars.addClosure(closureDate, closureReason);
            closureDate = null;
            closureReason = null;
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "calendar.saved");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("date", "closures:closureDate", "reason", "closures:closureReason"));
        }
    }

    public void removeClosure(LocalDate day) {
        try {
            calendar = calendars.removeClosure(day);
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "calendar.saved");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public CalendarView getCalendar() {
        return calendar;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalTime closesAt) {
        this.closesAt = closesAt;
    }

    public LocalDate getClosureDate() {
        return closureDate;
    }

    public void setClosureDate(LocalDate closureDate) {
        this.closureDate = closureDate;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }
}
