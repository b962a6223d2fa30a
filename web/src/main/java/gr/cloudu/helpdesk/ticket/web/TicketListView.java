package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.customer.application.CustomerOption;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.application.TicketFilter;
import gr.cloudu.helpdesk.ticket.application.TicketQueries;
import gr.cloudu.helpdesk.ticket.application.TicketRow;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import gr.cloudu.helpdesk.shared.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** {@code tickets/list.xhtml}: the register, newest first, one page at a time from the database. */
@Named
@ViewScoped
public class TicketListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketQueries tickets;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CurrentUser currentUser;

    private String customer;
    private TicketStatus status;
    private Severity severity;

    private LazyDataModel<TicketRow> model;

    private TicketFilter filter() {
        return new TicketFilter(customer, status, severity);
    }

    public LazyDataModel<TicketRow> getModel() {
        if (model == null) {
            model = new TicketRowsModel(tickets, this::filter);
        }
        return model;
    }

    public List<CustomerOption> getCustomerOptions() {
        return currentUser.isStaff() ? customers.options() : List.of();
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }
}
