package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.customer.application.CustomerOption;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.shared.domain.ServiceTime;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.sla.application.SlaPolicies;
import gr.cloudu.helpdesk.sla.domain.BusinessCalendar;
import gr.cloudu.helpdesk.ticket.application.TicketFilter;
import gr.cloudu.helpdesk.ticket.application.TicketQueries;
import gr.cloudu.helpdesk.ticket.application.TicketRow;
import gr.cloudu.helpdesk.ticket.domain.Tier;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code tickets/queue.xhtml?tier=...}: the open tickets of a tier, nearest deadline first, with the time left
 * counted in business hours (or round the clock, for round-the-clock terms) and coloured by standing.
 */
@Named
@ViewScoped
public class TicketQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketQueries tickets;

    @Inject
    private CustomerQueries customers;

    @Inject
    private SlaPolicies policies;

    @Inject
    private Clock clock;

    private Tier tier = Tier.HELP_DESK;
    private String customer;
    private Severity severity;
    private boolean mine;
    private transient BusinessCalendar calendar;
    private transient Instant now;

    /** Time left to a deadline (negative: overdue by) and whether that clock is running right now. */
    public record Countdown(long seconds, boolean running) {

        public String getText() {
            long s = Math.abs(seconds);
            return (seconds < 0 ? "-" : "") + String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
        }
    }

    private LazyDataModel<TicketRow> model;

    // Called for every page of rows: the countdowns of that page are counted from this moment.
    private TicketFilter filter() {
        calendar = policies.calendar();
        now = clock.instant();
        String me = mine ? FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() : null;
        return TicketFilter.queue(tier, customer, severity, me);
    }

    public Countdown countdown(TicketRow row) {
        if (row.nextDueAt() == null) {
            return null;
        }
        if (calendar == null) {
            calendar = policies.calendar();
            now = clock.instant();
        }
        boolean roundTheClock = Boolean.TRUE.equals(row.roundTheClock());
        ServiceTime time = roundTheClock ? ServiceTime.ROUND_THE_CLOCK : calendar;
        long seconds = row.nextDueAt().isAfter(now) ? time.between(now, row.nextDueAt()).getSeconds()
                : -time.between(row.nextDueAt(), now).getSeconds();
        return new Countdown(seconds, roundTheClock || calendar.isWorkingTime(now));
    }

    public String state(TicketRow row) {
        return row.slaState(now == null ? clock.instant() : now).name();
    }

    public List<CustomerOption> getCustomerOptions() {
        return customers.options();
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier == null ? Tier.HELP_DESK : tier;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public LazyDataModel<TicketRow> getModel() {
        if (model == null) {
            model = new TicketRowsModel(tickets, this::filter);
        }
        return model;
    }
}
