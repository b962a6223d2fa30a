/** The filing register's pages: the ticket list, the intake form and the ticket with its life-cycle. */
package gr.cloudu.helpdesk.ticket.web;
