package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.ticket.application.TicketFilter;
import gr.cloudu.helpdesk.ticket.application.TicketPage;
import gr.cloudu.helpdesk.ticket.application.TicketQueries;
import gr.cloudu.helpdesk.ticket.application.TicketRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A lazy, paged ticket table: each page is one query of the register with the page's current filter. */
final class TicketRowsModel extends LazyDataModel<TicketRow> {

    private static final long serialVersionUID = 1L;

    /** The filter as the page's controls stand when a page of rows is loaded. */
    interface Filter extends Supplier<TicketFilter>, Serializable {
    }

    private final TicketQueries tickets;
    private final Filter filter;

    TicketRowsModel(TicketQueries tickets, Filter filter) {
        this.tickets = tickets;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) tickets.page(filter.get(), 0, 1).total();
    }

    @Override
    public List<TicketRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        TicketPage page = tickets.page(filter.get(), first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(TicketRow row) {
        return row.filingNumber();
    }
}
