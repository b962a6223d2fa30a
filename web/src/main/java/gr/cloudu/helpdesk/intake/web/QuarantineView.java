package gr.cloudu.helpdesk.intake.web;

import gr.cloudu.helpdesk.customer.application.ContactView;
import gr.cloudu.helpdesk.customer.application.CustomerOption;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.intake.application.InboundMailQueries;
import gr.cloudu.helpdesk.intake.application.InboundMailRow;
import gr.cloudu.helpdesk.intake.application.QuarantineService;
import gr.cloudu.helpdesk.intake.domain.InboundMailStatus;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code intake/quarantine.xhtml}: mails that no authorised contact sent, oldest decision first. For each
 * the agent either files it for an authorised contact (with the time it reached the mailbox) or rejects it
 * with a reason; the sender is told either way.
 */
@Named
@ViewScoped
public class QuarantineView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("customer", "decide:customer",
            "contactEmail", "decide:contact", "reason", "decide:reason");

    @Inject
    private InboundMailQueries mails;

    @Inject
    private QuarantineService quarantine;

    @Inject
    private CustomerQueries customers;

    private List<InboundMailRow> rows;
    private InboundMailRow selected;
    private String customer;
    private String contactEmail;
    private String reason;

    public List<InboundMailRow> getRows() {
        if (rows == null) {
            rows = mails.withStatus(InboundMailStatus.QUARANTINED, 0, 200);
        }
        return rows;
    }

    public String link() {
        if (selected == null) {
            return null;
        }
        try {
            TicketDetail filed = quarantine.link(selected.id(), customer, contactEmail);
            FacesFeedback.done("quarantine.linked", filed.filingNumber());
            return "/intake/quarantine?faces-redirect=true";
        } catch (BusinessException e) {
            FacesFeedback.refused(e, FIELDS);
            return null;
        }
    }

    public String reject() {
        if (selected == null) {
            return null;
        }
        try {
            quarantine.reject(selected.id(), reason);
            FacesFeedback.done("quarantine.rejected", selected.fromAddress());
            return "/intake/quarantine?faces-redirect=true";
        } catch (BusinessException e) {
            FacesFeedback.refused(e, FIELDS);
            return null;
        }
    }

    public List<CustomerOption> getCustomerOptions() {
        return customers.options();
    }

    public List<ContactView> getContactOptions() {
        return customer == null ? List.of() : customers.authorisedContacts(customer);
    }

    public InboundMailRow getSelected() {
        return selected;
    }

    public void setSelected(InboundMailRow selected) {
        this.selected = selected;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
