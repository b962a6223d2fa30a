package gr.cloudu.helpdesk.dispatch.web;

import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.dispatch.application.VisitReport;
import gr.cloudu.helpdesk.dispatch.application.VisitService;
import gr.cloudu.helpdesk.dispatch.application.VisitView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code dispatch/visit.xhtml?id=N}: one visit request; its routing by the supervisor with the engineer (who goes,
 * when, and the parts to take, prefilled with those requested); the engineer's record of the visit once it is done.
 */
@Named
@ViewScoped
public class VisitPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @Inject
    private DispatchQueries queries;

    @Inject
    private VisitService visits;

    private Long id;
    private VisitView visit;
    private LocalDateTime arrivedAt;
    private LocalDateTime leftAt;
    private String workDone;
    private String cancelReason;
    private final List<FittedRow> parts = new ArrayList<>();
    private final RoutingForm routing = new RoutingForm();
    private final List<PartRow> routeParts = new ArrayList<>();

    /** One part fitted, as typed in. */
    public static class FittedRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String slot;
        private String partNumber;
        private String removedSerial;
        private String fittedSerial;

        public String getSlot() {
            return slot;
        }

        public void setSlot(String slot) {
            this.slot = slot;
        }

        public String getPartNumber() {
            return partNumber;
        }

        public void setPartNumber(String partNumber) {
            this.partNumber = partNumber;
        }

        public String getRemovedSerial() {
            return removedSerial;
        }

        public void setRemovedSerial(String removedSerial) {
            this.removedSerial = removedSerial;
        }

        public String getFittedSerial() {
            return fittedSerial;
        }

        public void setFittedSerial(String fittedSerial) {
            this.fittedSerial = fittedSerial;
        }
    }

    /** Loads the visit; one outside the user's reach is a 404. The requested parts prefill the parts fitted. */
    public void load() throws IOException {
        try {
            visit = queries.visit(id);
            if (routeParts.isEmpty()) {
                visit.parts().forEach(p -> routeParts.add(PartRow.of(p)));
                routing.setEngineer(visit.requestedBy());
            }
            if (parts.isEmpty()) {
                for (VisitView.PartView p : visit.parts()) {
                    if (p.slot() != null) {
                        FittedRow row = new FittedRow();
                        row.setSlot(p.slot());
                        row.setPartNumber(p.partNumber());
                        parts.add(row);
                    }
                }
            }
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.code());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The supervisor routes the visit with the parts as the form shows them (the service tells whether they changed). */
    public void route() {
        try {
            visit = visits.route(id, routing.command(PartRow.parts(routeParts)));
            FacesFeedback.done("approvals.done", 1);
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("engineer", "route:engineer", "date", "route:date", "to", "route:to",
                    "parts.quantity", "route:routeParts", "parts.reason", "route:routeParts", "parts.partNumber", "route:routeParts",
                    "parts", "route:routeParts"));
        }
    }

    public void addRoutePart() {
        routeParts.add(new PartRow());
    }

    public void removeRoutePart(PartRow row) {
        routeParts.remove(row);
    }

    public RoutingForm getRouting() {
        return routing;
    }

    public void addPart() {
        parts.add(new FittedRow());
    }

    public void removePart(FittedRow row) {
        parts.remove(row);
    }

    public void record() {
        try {
            visit = visits.record(id, new VisitReport(arrivedAt == null ? null : arrivedAt.atZone(ATHENS).toInstant(),
                    leftAt == null ? null : leftAt.atZone(ATHENS).toInstant(), workDone,
                    parts.stream().map(p -> new VisitReport.Fitted(p.getSlot(), p.getPartNumber(), p.getRemovedSerial(),
                            p.getFittedSerial())).toList()));
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "visit.recorded");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("arrivedAt", "report:arrivedAt", "leftAt", "report:leftAt", "workDone", "report:workDone"));
        }
    }

    /** Calls the scheduled visit off; the customer and the engineer are told the reason. */
    public void cancel() {
        try {
            visit = visits.cancel(id, cancelReason);
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "visit.cancelledDone");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("reason", "cancel:cancelReason"));
        }
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(ATHENS);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VisitView getVisit() {
        return visit;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public LocalDateTime getLeftAt() {
        return leftAt;
    }

    public void setLeftAt(LocalDateTime leftAt) {
        this.leftAt = leftAt;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public List<FittedRow> getParts() {
        return parts;
    }

    public List<PartRow> getRouteParts() {
        return routeParts;
    }
}
