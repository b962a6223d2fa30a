package gr.cloudu.helpdesk.dispatch.web;

import gr.cloudu.helpdesk.dispatch.application.AssignmentView;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.dispatch.application.DispatchService;
import gr.cloudu.helpdesk.dispatch.application.InboxItem;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.CurrentUser;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code dispatch/work.xhtml}: the assignments in the user's reach, newest first (an engineer's own by
 * default), with the engineer's acknowledgement, work log and hand-back, and the user's inbox.
 */
@Named
@ViewScoped
public class FieldWorkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DispatchQueries queries;

    @Inject
    private DispatchService dispatch;

    @Inject
    private CurrentUser user;

    private boolean mine;
    private boolean openOnly = true;
    private String note;
    private List<InboxItem> inbox;
    private final LazyDataModel<AssignmentView> assignments = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.countAssignments(mine, openOnly);
        }

        @Override
        public List<AssignmentView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            DispatchQueries.Page<AssignmentView> page = queries.assignments(mine, openOnly, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }
    };

    @PostConstruct
    void start() {
        mine = user.isEngineer() && !user.isApprover();
    }

    public void acknowledge(AssignmentView a) {
        act(() -> dispatch.acknowledge(a.id()), "work.acknowledged");
    }

    public void startWork(AssignmentView a) {
        act(() -> dispatch.startWork(a.id(), note), "work.started");
    }

    public void stopWork(AssignmentView a) {
        act(() -> dispatch.stopWork(a.id(), note), "work.stopped");
    }

    public void handBack(AssignmentView a) {
        act(() -> dispatch.handBack(a.id(), note), "work.handedBack");
    }

    /** Resolves the fault with the note as what was done. */
    public void resolve(AssignmentView a) {
        act(() -> dispatch.resolve(a.id(), note), "work.resolved");
    }

    public void read(InboxItem item) {
        dispatch.read(item.id());
        inbox = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            note = null;
            inbox = null;
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, done);
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("reason", "work:note", "comment", "work:note"));
        }
    }

    public List<InboxItem> getInbox() {
        if (inbox == null) {
            inbox = queries.inbox(false, 0, 50).items();
        }
        return inbox;
    }

    public LazyDataModel<AssignmentView> getAssignments() {
        return assignments;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
