package gr.cloudu.helpdesk.ticket.application;

import java.util.List;

/** One page of a ticket list, with the number of tickets the filter matches in all. */
public record TicketPage(List<TicketRow> items, long total) {
}
