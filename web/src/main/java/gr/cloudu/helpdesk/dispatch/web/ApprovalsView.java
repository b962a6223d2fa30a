package gr.cloudu.helpdesk.dispatch.web;

import gr.cloudu.helpdesk.dispatch.application.ApprovalRow;
import gr.cloudu.helpdesk.dispatch.application.DecisionOutcome;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.dispatch.application.VisitService;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code dispatch/approvals.xhtml}: the visit requests waiting for the user, oldest first, with the fault's
 * standing against its deadlines. A supervisor routes the selected requests (engineer, day, window); the
 * manager approves or rejects the selected ones with a reason. Each request is decided on its own: one that
 * somebody else decided meanwhile is reported, the others go through.
 */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DispatchQueries queries;

    @Inject
    private VisitService visits;

    private List<ApprovalRow> selected = new ArrayList<>();
    private final RoutingForm routing = new RoutingForm();
    private String reason;
    private String filingNumber;

    private final LazyDataModel<ApprovalRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private List<ApprovalRow> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.countApprovals(filingNumber);
        }

        @Override
        public List<ApprovalRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            DispatchQueries.Page<ApprovalRow> result = queries.approvals(filingNumber, first, pageSize);
            setRowCount((int) result.total());
            page = result.items();
            return page;
        }

        @Override
        public String getRowKey(ApprovalRow row) {
            return String.valueOf(row.visit().id());
        }

        @Override
        public ApprovalRow getRowData(String key) {
            return page.stream().filter(r -> String.valueOf(r.visit().id()).equals(key)).findFirst().orElse(null);
        }
    };

    public void route() {
        if (selected.isEmpty()) {
            FacesFeedback.message(FacesMessage.SEVERITY_WARN, "approvals.selectFirst");
            return;
        }
        int done = 0;
        for (ApprovalRow row : selected) {
            try {
                visits.route(row.visit().id(), routing.command(null));
                done++;
            } catch (BusinessException e) {
                FacesFeedback.refused(e, Map.of("engineer", "decide:engineer", "date", "decide:date", "to", "decide:to"));
            }
        }
        finish(done);
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        if (selected.isEmpty()) {
            FacesFeedback.message(FacesMessage.SEVERITY_WARN, "approvals.selectFirst");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        List<DecisionOutcome> outcomes = visits.decideAll(selected.stream().map(r -> r.visit().id()).toList(), approve, reason,
                faces.getViewRoot().getLocale());
        int done = 0;
        for (DecisionOutcome outcome : outcomes) {
            if (outcome.done()) {
                done++;
            } else {
                String text = "#" + outcome.visitId() + ": " + outcome.message();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
        finish(done);
    }

    private void finish(int done) {
        if (done > 0) {
            FacesFeedback.done("approvals.done", done);
            reason = null;
            routing.setNote(null);
        }
        selected = new ArrayList<>();
    }

    public RoutingForm getRouting() {
        return routing;
    }

    public LazyDataModel<ApprovalRow> getRows() {
        return rows;
    }

    public List<ApprovalRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ApprovalRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public void setFilingNumber(String filingNumber) {
        this.filingNumber = filingNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
