package gr.cloudu.helpdesk.ticket.web;

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

    private String filingNumber;
    private TicketDetail ticket;
    private List<LifecycleEntry> lifecycle;
    private LifecycleVerification verification;
    private List<MailOfTicket> mails;
    private List<DocumentRow> documents;

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
}
