package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.equipment.application.HistoryEntry;
import gr.cloudu.helpdesk.dispatch.application.RequestVisit;
import gr.cloudu.helpdesk.dispatch.application.VisitService;
import gr.cloudu.helpdesk.dispatch.application.VisitView;
import gr.cloudu.helpdesk.dispatch.web.PartRow;
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
import java.util.ArrayList;
import java.util.List;

/** {@code tickets/detail.xhtml?n=CU-...}: one fault report with its life-cycle and its integrity. */
@Named
@ViewScoped
public class TicketDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The newest entries of the machine's history beside the fault; the machine's page has them all. */
    private static final int MACHINE_HISTORY = 20;

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

    @Inject
    private DispatchQueries dispatchQueries;

    @Inject
    private EquipmentQueries equipmentQueries;

    private EquipmentView machine;
    private List<HistoryEntry> machineHistory;

    @Inject
    private VisitService visitService;

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
    private String noteText;
    private boolean noteForCustomer;
    private String symptom;
    private String module;
    private String checks;
    private String result;
    private List<VisitView> visits;
    private String visitReason;
    private final List<PartRow> parts = new ArrayList<>(List.of(new PartRow()));

    /** Loads the ticket; one that does not exist, or is not the user's to see, is a 404. */
    public void load() throws IOException {
        try {
            ticket = tickets.detail(filingNumber);
            lifecycle = tickets.lifecycle(filingNumber);
            verification = tickets.verify(filingNumber);
            mails = mailQueries.ofTicket(filingNumber);
            documents = tickets.documents(filingNumber);
            if (ticket.diagnosis() != null) {
                symptom = ticket.diagnosis().symptom();
                module = ticket.diagnosis().module();
                checks = ticket.diagnosis().checks();
                result = ticket.diagnosis().result();
            }
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

    /** Records the help desk's diagnosis after checking the machine. */
    public void diagnose() {
        try {
            ticket = lifecycleService.diagnose(filingNumber, symptom, module, checks, result, ticket.version());
            reload();
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "diagnosis.saved");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("symptom", "diagnosisForm:symptom", "checks", "diagnosisForm:checks",
                    "module", "diagnosisForm:module"));
        }
    }

    /** A note on the fault; ticked "for the customer", it goes out with the next update the contract asks for. */
    public void addNote() {
        try {
            ticket = lifecycleService.addNote(filingNumber, noteText, noteForCustomer);
            noteText = null;
            noteForCustomer = false;
            reload();
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "informing.noteAdded");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("text", "noteForm:noteText"));
        }
    }

    /** Sends the text to the customer now as an update on the fault. */
    public void informCustomer() {
        try {
            ticket = lifecycleService.informCustomer(filingNumber, noteText);
            noteText = null;
            noteForCustomer = false;
            reload();
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "informing.sent");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("message", "noteForm:noteText"));
        }
    }

    /** The engineer holding the fault asks for a visit with the spare parts typed in (empty rows are left out). */
    public void requestVisit() {
        try {
            VisitView visit = visitService.request(filingNumber, new RequestVisit(visitReason, PartRow.parts(parts)));
            visitReason = null;
            parts.clear();
            parts.add(new PartRow());
            reload();
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, visit.warnings().isEmpty() ? "visit.requested" : "visit.requestedWithWarnings");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("parts.quantity", "visitForm:parts", "parts.reason", "visitForm:parts",
                    "parts.partNumber", "visitForm:parts"));
        }
    }

    public void addPart() {
        parts.add(new PartRow());
    }

    /** The machine the fault is about, shown beside the diagnosis with its composition and recent history. */
    public EquipmentView getMachine() {
        if (machine == null && ticket != null && ticket.equipmentSerial() != null) {
            machine = equipmentQueries.view(ticket.equipmentSerial());
            machineHistory = equipmentQueries.history(ticket.equipmentSerial(), MACHINE_HISTORY);
        }
        return machine;
    }

    public List<HistoryEntry> getMachineHistory() {
        getMachine();
        return machineHistory;
    }

    /** The ticket's visits, for the staff who can see them. */
    public List<VisitView> getVisits() {
        if (visits == null) {
            visits = user.isStaff() ? dispatchQueries.visits(filingNumber) : List.of();
        }
        return visits;
    }

    /** Whether the user may ask for a visit: the engineer holding the fault, supervisors, the manager. */
    public boolean isMayRequestVisit() {
        return ticket.status().open() && (user.getUsername().equals(ticket.assignee()) || user.isApprover());
    }

    private void reload() {
        visits = null;
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

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public boolean isNoteForCustomer() {
        return noteForCustomer;
    }

    public void setNoteForCustomer(boolean noteForCustomer) {
        this.noteForCustomer = noteForCustomer;
    }

    public String getSymptom() {
        return symptom;
    }

    public void setSymptom(String symptom) {
        this.symptom = symptom;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getChecks() {
        return checks;
    }

    public void setChecks(String checks) {
        this.checks = checks;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getVisitReason() {
        return visitReason;
    }

    public void setVisitReason(String visitReason) {
        this.visitReason = visitReason;
    }

    public List<PartRow> getParts() {
        return parts;
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
