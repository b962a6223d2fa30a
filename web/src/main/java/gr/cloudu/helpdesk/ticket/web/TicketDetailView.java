package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.shared.web.CurrentUser;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import gr.cloudu.helpdesk.ticket.application.TeamService;
import gr.cloudu.helpdesk.ticket.application.TicketLifecycleService;
import gr.cloudu.helpdesk.ticket.application.Transition;
import gr.cloudu.helpdesk.ticket.domain.TicketAction;
import jakarta.faces.application.FacesMessage;
import java.util.Map;

import gr.cloudu.helpdesk.intake.application.InboundMailQueries;
import gr.cloudu.helpdesk.intake.application.MailOfTicket;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.application.DocumentRow;
import gr.cloudu.helpdesk.ticket.application.LifecycleEntry;
import gr.cloudu.helpdesk.ticket.application.LifecycleVerification;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.application.TicketQueries;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** {@code tickets/detail.xhtml?n=CU-...}: one fault report with its life-cycle and its integrity. */
@Named
@ViewScoped
public class TicketDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketQueries tickets;

    @Inject
    private InboundMailQueries mailQueries;

    @Inject
    private TicketLifecycleService lifecycleService;

    @Inject
    private TeamService teams;

    @Inject
    private CurrentUser user;

    private String filingNumber;
    private TicketDetail ticket;
    private List<LifecycleEntry> lifecycle;
    private LifecycleVerification verification;
    private List<MailOfTicket> mails;
    private List<DocumentRow> documents;
    private TicketAction action;
    private String comment;
    private String assignee;
    private Severity newSeverity;
    private String severityReason;
    private List<TeamService.MemberView> staff;

    /** Loads the ticket; one that does not exist, or is not the user's to see, is a 404. */
    public void load() throws IOException {
        try {
            ticket = tickets.detail(filingNumber);
            lifecycle = tickets.lifecycle(filingNumber);
            verification = tickets.verify(filingNumber);
            mails = mailQueries.ofTicket(filingNumber);
            documents = tickets.documents(filingNumber);
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.code());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * Applies the chosen action to the ticket as the user saw it: if someone changed it meanwhile, the user
     * is told to reload instead of overwriting their change.
     */
    public void apply() {
        try {
            ticket = lifecycleService.transition(filingNumber, new Transition(action, comment, assignee, null, ticket.version()));
            comment = null;
            action = null;
            reload();
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "ticket.actionDone");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("comment", "actions:comment", "assignee", "actions:assignee"));
        }
    }

    public void changeSeverity() {
        try {
            ticket = lifecycleService.changeSeverity(filingNumber, newSeverity, severityReason, ticket.version());
            severityReason = null;
            reload();
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "ticket.severityChanged");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("severity", "severityForm:newSeverity"));
        }
    }

    private void reload() {
        ticket = tickets.detail(filingNumber);
        lifecycle = tickets.lifecycle(filingNumber);
        verification = tickets.verify(filingNumber);
    }

    /** The actions this user may take now, as the service says (customers: confirm or dispute a resolution). */
    public List<TicketAction> getActions() {
        return List.copyOf(ticket.availableActions());
    }

    /** Staff of the ticket's tier first, then everyone in a team: the usual people to assign it to. */
    public List<TeamService.MemberView> getStaff() {
        if (staff == null) {
            staff = user.isStaff() ? teams.members(null) : List.of();
        }
        return staff;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    /** Recomputes the life-cycle's hash chain now, from what the database holds. */
    public void verify() {
        verification = tickets.verify(filingNumber);
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public void setFilingNumber(String filingNumber) {
        this.filingNumber = filingNumber;
    }

    public TicketDetail getTicket() {
        return ticket;
    }

    public List<LifecycleEntry> getLifecycle() {
        return lifecycle;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public List<MailOfTicket> getMails() {
        return mails;
    }

    public LifecycleVerification getVerification() {
        return verification;
    }

    public TicketAction getAction() {
        return action;
    }

    public void setAction(TicketAction action) {
        this.action = action;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Severity getNewSeverity() {
        return newSeverity;
    }

    public void setNewSeverity(Severity newSeverity) {
        this.newSeverity = newSeverity;
    }

    public String getSeverityReason() {
        return severityReason;
    }

    public void setSeverityReason(String severityReason) {
        this.severityReason = severityReason;
    }
}
